import { isoDateJst, jstCalendarDate, startOfJstDay } from './jst-date.js';

describe('JST calendar dates', () => {
  it.each([
    ['2026-03-31T14:59:59.999Z', '2026-03-31'],
    ['2026-03-31T15:00:00Z', '2026-04-01'],
    ['2026-12-31T15:00:00Z', '2027-01-01'],
    ['2026-01-01T00:00:00+09:00', '2026-01-01'],
    ['2024-02-28T15:00:00Z', '2024-02-29'],
  ])('%s is %s in Tokyo', (iso, date) => {
    expect(isoDateJst(new Date(iso))).toBe(date);
  });

  it.each([
    [{ year: 2026, month: 4, day: 1 }, '2026-03-31T15:00:00.000Z'],
    [{ year: 2027, month: 1, day: 1 }, '2026-12-31T15:00:00.000Z'],
  ])('%j starts at %s', (day, instant) => {
    expect(startOfJstDay(day).toISOString()).toBe(instant);
    expect(jstCalendarDate(startOfJstDay(day))).toEqual(day);
  });
});
