import {
  healthMonthToClose,
  healthSignalPeriods,
  isFallToAtRisk,
  jstPreviousMonthOf,
  nextNightlyRecompute,
} from './health-schedule.rules.js';

describe('healthSignalPeriods', () => {
  it('reads the Tokyo days and months back from now', () => {
    // 2027-03-01 00:30 in Tokyo is still 2027-02-28 in UTC
    const p = healthSignalPeriods(new Date('2027-03-01T00:30:00+09:00'));
    expect(p.today).toBe('2027-03-01');
    expect(p.usageRecent).toEqual({ from: '2027-01-31', to: '2027-03-01' });
    expect(p.usagePrevious).toEqual({ from: '2027-01-01', to: '2027-01-30' });
    expect(p.surveysAfter.toISOString()).toBe('2026-09-01T15:30:00.000Z');
    // 90 days up to 1 March: from 2 December
    expect(p.slaFromMonth).toBe('2026-12-01');
  });
});

describe('nextNightlyRecompute (03:00 JST)', () => {
  it.each([
    ['2027-01-10T02:59:59+09:00', '2027-01-10T03:00:00+09:00'],
    ['2027-01-10T03:00:00+09:00', '2027-01-11T03:00:00+09:00'],
    ['2027-01-10T23:30:00+09:00', '2027-01-11T03:00:00+09:00'],
    ['2027-01-31T12:00:00+09:00', '2027-02-01T03:00:00+09:00'],
  ])('%s → %s', (now, next) => {
    expect(nextNightlyRecompute(new Date(now))).toEqual(new Date(next));
  });
});

describe('healthMonthToClose', () => {
  it.each([
    [null, '2027-02-01T03:00:00+09:00', null],
    ['2027-01-31T03:00:00+09:00', '2027-01-31T23:59:59+09:00', null],
    ['2027-01-31T03:00:00+09:00', '2027-02-01T00:00:00+09:00', '2027-01-01'],
    // 2027-01-31 20:00 UTC is 1 February in Tokyo
    ['2027-01-31T20:00:00Z', '2027-02-01T06:00:00+09:00', null],
    ['2026-11-15T10:00:00+09:00', '2027-02-01T03:00:00+09:00', '2026-11-01'],
  ])('last computed %s, now %s → %s', (last, now, month) => {
    expect(healthMonthToClose(last ? new Date(last) : null, new Date(now))).toBe(month);
  });
});

describe('isFallToAtRisk', () => {
  it.each([
    ['WATCH', 'AT_RISK', true],
    ['GOOD', 'AT_RISK', true],
    [null, 'AT_RISK', true],
    ['AT_RISK', 'AT_RISK', false],
    ['AT_RISK', 'WATCH', false],
    ['GOOD', 'WATCH', false],
    ['WATCH', null, false],
  ] as const)('%s → %s: %s', (before, after, fall) => {
    expect(isFallToAtRisk(before, after)).toBe(fall);
  });
});

describe('jstPreviousMonthOf', () => {
  it.each([
    ['2027-03-15T12:00:00+09:00', '2027-02-01'],
    ['2027-01-01T00:00:00+09:00', '2026-12-01'],
    // 2027-01-31 20:00 UTC is already 1 February in Tokyo
    ['2027-01-31T20:00:00Z', '2027-01-01'],
  ])('%s → %s', (now, month) => {
    expect(jstPreviousMonthOf(new Date(now))).toBe(month);
  });
});
