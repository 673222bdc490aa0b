import { parseSlaMonth } from './sla-month.rules.js';

describe('parseSlaMonth', () => {
  it.each([
    ['2027-01', '2027-01', '2027-01-31', '2027-02-01', 31],
    ['2027/4', '2027-04', '2027-04-30', '2027-05-01', 30],
    ['２０２８-０２', '2028-02', '2028-02-29', '2028-03-01', 29],
    ['2100-02', '2100-02', '2100-02-28', '2100-03-01', 28],
    [' 2026-12 ', '2026-12', '2026-12-31', '2027-01-01', 31],
  ])('%s → %s (last day %s, next %s, %i days)', (raw, month, lastDay, nextFirstDay, days) => {
    expect(parseSlaMonth(raw)).toEqual({
      ok: true,
      value: { month, firstDay: `${month}-01`, lastDay, nextFirstDay, days },
    });
  });

  it.each(['2027-13', '2027-00', '2027-01-01', '27-01', '', 'January', '1999-12'])(
    'refuses %j',
    (raw) => {
      const r = parseSlaMonth(raw);
      expect(r.ok ? null : r.error.code).toBe('INVALID_MONTH');
    },
  );
});
