import { lastEndedMonth, parseSlaParams, slaSearchParams } from './sla-params';

const now = new Date('2026-06-15T12:00:00+09:00');

describe('lastEndedMonth', () => {
  it.each([
    ['mid-month', '2026-06-15T12:00:00+09:00', '2026-05'],
    ['January: December of the year before', '2027-01-01T00:30:00+09:00', '2026-12'],
    // 2026-07-31T16:00Z is already 1 August in Tokyo.
    ['the Tokyo date, not UTC', '2026-07-31T16:00:00Z', '2026-07'],
  ])('%s', (_, instant, month) => expect(lastEndedMonth(new Date(instant))).toBe(month));
});

describe('SLA page params', () => {
  it('reads the month and the requests view from the URL', () => {
    expect(parseSlaParams(new URLSearchParams('month=2026/3&requests=ALL'), now)).toEqual({
      month: '2026-03',
      requests: 'ALL',
    });
  });

  it.each([
    ['nothing', ''],
    ['a malformed month', 'month=March'],
    ['month 13', 'month=2026-13'],
    ['a month not begun', 'month=2026-07'],
  ])('falls back to the last month that ended for %s', (_, search) => {
    expect(parseSlaParams(new URLSearchParams(search), now)).toEqual({
      month: '2026-05',
      requests: 'OPEN',
    });
  });

  it('keeps the current month (measured so far) and writes the month always, the view if not the default', () => {
    expect(parseSlaParams(new URLSearchParams('month=2026-06&requests=BAD'), now).month).toBe(
      '2026-06',
    );
    expect(slaSearchParams({ month: '2026-03', requests: 'OPEN' }).toString()).toBe(
      'month=2026-03',
    );
    expect(slaSearchParams({ month: '2026-03', requests: 'APPLIED' }).toString()).toBe(
      'month=2026-03&requests=APPLIED',
    );
  });
});
