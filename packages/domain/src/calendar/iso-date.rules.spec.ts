import { parseIsoDate } from './iso-date.rules.js';

describe('parseIsoDate', () => {
  it.each([
    ['2026-12-01', '2026-12-01'],
    ['2026/12/1', '2026-12-01'],
    [' 2026-1-9 ', '2026-01-09'],
    ['２０２６－１２－０１', '2026-12-01'],
    ['２０２６／１２／０１', '2026-12-01'],
    ['2024-02-29', '2024-02-29'],
  ])('%s → %s', (raw, iso) => expect(parseIsoDate(raw)).toEqual({ ok: true, value: iso }));

  it.each([
    '2026-02-30',
    '2025-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-12-32',
    '26-12-01',
    '2026-12-01T00:00:00Z',
    'tomorrow',
    '',
  ])('refuses %s', (raw) => {
    expect(parseIsoDate(raw, 'effectiveDate')).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'INVALID_DATE', field: 'effectiveDate' }),
    });
  });
});
