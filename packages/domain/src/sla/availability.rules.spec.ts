import { validateAvailability } from './availability.rules.js';

describe('validateAvailability', () => {
  // 2027-02-01 10:00 JST: January has ended, February has not.
  const now = new Date('2027-02-01T01:00:00Z');
  const codes = (input: Parameters<typeof validateAvailability>[0], at = now) => {
    const r = validateAvailability(input, at);
    return r.ok ? [] : r.error.map((e) => `${e.field}:${e.code}`);
  };

  it.each([
    ['an ended month', { month: '2027-01', availabilityPercent: 99.5 }, []],
    ['100 % and 0 %', { month: '2026-12', availabilityPercent: 100 }, []],
    ['0 %', { month: '2026-12', availabilityPercent: 0 }, []],
    ['this month', { month: '2027-02', availabilityPercent: 99.5 }, ['month:MONTH_NOT_ENDED']],
    ['a later month', { month: '2027-05', availabilityPercent: 99.5 }, ['month:MONTH_NOT_ENDED']],
    ['no month', { month: '2027', availabilityPercent: 99.5 }, ['month:INVALID_MONTH']],
    [
      'four decimals, over 100',
      { month: '2027-01', availabilityPercent: 100.0001 },
      ['availabilityPercent:OUT_OF_RANGE'],
    ],
    [
      'negative',
      { month: '2027-01', availabilityPercent: -1 },
      ['availabilityPercent:OUT_OF_RANGE'],
    ],
    [
      'a note too long',
      { month: '2027-01', availabilityPercent: 99, incidentNote: 'あ'.repeat(2001) },
      ['incidentNote:TOO_LONG'],
    ],
  ])('%s', (_name, input, expected) => {
    expect(codes(input)).toEqual(expected);
  });

  it('is still the month on its last day in Tokyo (2027-01-31 23:59 JST)', () => {
    expect(
      codes({ month: '2027-01', availabilityPercent: 99 }, new Date('2027-01-31T14:59:00Z')),
    ).toEqual(['month:MONTH_NOT_ENDED']);
    expect(
      codes({ month: '2027-01', availabilityPercent: 99 }, new Date('2027-01-31T15:00:00Z')),
    ).toEqual([]);
  });

  it('gives the month, the percentage and the trimmed note', () => {
    expect(
      validateAvailability({ month: '2027/1', availabilityPercent: 99.5, incidentNote: '  ' }, now),
    ).toEqual({
      ok: true,
      value: {
        month: {
          month: '2027-01',
          firstDay: '2027-01-01',
          lastDay: '2027-01-31',
          nextFirstDay: '2027-02-01',
          days: 31,
        },
        availabilityPercent: 99.5,
        incidentNote: null,
      },
    });
  });
});
