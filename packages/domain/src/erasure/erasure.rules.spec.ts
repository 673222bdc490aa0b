import {
  DEFAULT_ERASURE_GRACE_DAYS,
  erasureDueAt,
  erasureDueStatus,
  isValidErasureGraceDays,
} from './erasure.rules.js';
import type { LifecycleStage } from '../lifecycle/lifecycle.rules.js';

const churnedAt = new Date('2027-01-31T15:00:00Z'); // 2027-02-01 00:00 JST

describe('erasureDueAt', () => {
  it.each([
    ['CHURNED', churnedAt, 30, '2027-03-02T15:00:00.000Z'],
    ['CHURNED', churnedAt, 0, '2027-01-31T15:00:00.000Z'],
    ['CHURNED', churnedAt, 1, '2027-02-01T15:00:00.000Z'],
    ['CHURNED', null, 30, null],
    ['ACTIVE', churnedAt, 30, null],
    ['ERASED', churnedAt, 30, null],
    ['LEAD', null, 30, null],
  ] as [LifecycleStage, Date | null, number, string | null][])(
    '%s churned at %s + %i days → %s',
    (stage, at, days, expected) => {
      expect(erasureDueAt({ stage, churnedAt: at }, days)?.toISOString() ?? null).toBe(expected);
    },
  );

  it('defaults to 30 days', () => {
    expect(DEFAULT_ERASURE_GRACE_DAYS).toBe(30);
  });
});

describe('erasureDueStatus', () => {
  const now = new Date('2027-03-01T03:00:00Z');
  const at = (ms: number) => new Date(now.getTime() + ms);
  const DAY = 86_400_000;
  it.each([
    ['due long ago', at(-40 * DAY), 'OVERDUE'],
    ['due exactly now', at(0), 'OVERDUE'],
    ['due a millisecond later', at(1), 'DUE_THIS_WEEK'],
    ['due in three days', at(3 * DAY), 'DUE_THIS_WEEK'],
    ['due in exactly seven days', at(7 * DAY), 'DUE_THIS_WEEK'],
    ['due seven days and a millisecond later', at(7 * DAY + 1), null],
    ['not due at all', null, null],
  ] as [string, Date | null, string | null][])('%s → %s', (_name, dueAt, expected) => {
    expect(erasureDueStatus(dueAt, now)).toBe(expected);
  });
});

describe('isValidErasureGraceDays', () => {
  it.each([
    [30, true],
    [0, true],
    [3650, true],
    [-1, false],
    [3651, false],
    [1.5, false],
    [Number.NaN, false],
  ])('%d → %s', (days, expected) => {
    expect(isValidErasureGraceDays(days)).toBe(expected);
  });
});
