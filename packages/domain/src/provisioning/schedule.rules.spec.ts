import {
  approvalTiming,
  endOfMonthCancellationDate,
  isScheduledChangeDue,
  scheduledChangeDueAt,
} from './schedule.rules.js';

describe('approval timing', () => {
  it.each([
    ['CONVERSION', '2027-01-03', '2027-01-02T23:59:59+09:00', 'SCHEDULE'],
    ['CONVERSION', '2027-01-03', '2027-01-03T00:00:00+09:00', 'APPLY_NOW'],
    ['CANCELLATION', '2027-02-01', '2027-01-15T10:00:00+09:00', 'SCHEDULE'],
    ['PLAN_CHANGE', '2027-01-03', '2027-01-03T23:59:59+09:00', 'APPLY_NOW'],
    ['TRIAL_EXTENSION', '2027-01-01', '2027-01-05T10:00:00+09:00', 'APPLY_NOW'],
    ['SECOND_TRIAL', '2027-01-09', '2027-01-05T10:00:00+09:00', 'APPLY_NOW'],
    // A service credit is raised on the day availability is recorded and applied when approved.
    ['SERVICE_CREDIT', '2027-01-02', '2027-01-05T10:00:00+09:00', 'APPLY_NOW'],
  ] as const)('%s dated %s approved at %s: %s', (kind, date, now, expected) => {
    expect(approvalTiming(kind, date, new Date(now))).toEqual({ ok: true, value: expected });
  });

  it('refuses a date that passed while the request waited', () => {
    const result = approvalTiming(
      'CONVERSION',
      '2027-01-03',
      new Date('2027-01-04T00:00:00+09:00'),
    );
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'EFFECTIVE_DATE_PASSED', field: 'effectiveDate' }),
    });
  });
});

describe('scheduled changes fall due at 00:00 Asia/Tokyo', () => {
  it.each([
    ['2027-01-03', '2027-01-02T23:59:59.999+09:00', false],
    ['2027-01-03', '2027-01-03T00:00:00+09:00', true],
    ['2027-01-03', '2027-01-02T15:00:00Z', true],
    ['2027-01-03', '2027-01-02T14:59:59Z', false],
    ['2027-01-03', '2027-02-01T00:00:00+09:00', true],
  ])('%s at %s: due = %s', (date, now, due) => {
    expect(isScheduledChangeDue(date, new Date(now))).toBe(due);
  });

  it('names the instant', () => {
    expect(scheduledChangeDueAt('2027-01-03').toISOString()).toBe('2027-01-02T15:00:00.000Z');
    expect(() => scheduledChangeDueAt('2027-02-30')).toThrow(RangeError);
  });
});

describe('月末で解約 is the first day of next month (JST)', () => {
  it.each([
    ['2027-01-15T10:00:00+09:00', '2027-02-01'],
    ['2026-12-31T23:59:59+09:00', '2027-01-01'],
    // 2027-01-31 20:00 UTC is already 1 February in Tokyo.
    ['2027-01-31T20:00:00Z', '2027-03-01'],
  ])('at %s: %s', (now, date) => {
    expect(endOfMonthCancellationDate(new Date(now))).toBe(date);
  });
});
