import {
  isTrialExpired,
  trialDaysLeft,
  trialEndsAt,
  trialOptionCodes,
  trialPlan,
} from './trial.rules.js';

const start = new Date('2026-11-01T00:00:00Z');

describe('trial', () => {
  it.each([
    [undefined, '2026-12-01T00:00:00.000Z'],
    [14, '2026-11-15T00:00:00.000Z'],
  ])('lasts %s days', (days, end) => {
    expect(trialEndsAt(start, days).toISOString()).toBe(end);
  });

  it.each([
    ['TRIAL', '2026-12-01T00:00:00Z', '2026-11-30T23:59:59Z', false],
    ['TRIAL', '2026-12-01T00:00:00Z', '2026-12-01T00:00:00Z', true],
    ['TRIAL', '2026-12-01T00:00:00Z', '2027-01-01T00:00:00Z', true],
    ['ACTIVE', '2026-12-01T00:00:00Z', '2027-01-01T00:00:00Z', false],
    ['TRIAL', null, '2027-01-01T00:00:00Z', false],
  ] as const)('%s ending %s seen at %s: expired = %s', (stage, end, now, expired) => {
    expect(isTrialExpired({ stage, trialEndsAt: end ? new Date(end) : null }, new Date(now))).toBe(
      expired,
    );
  });

  it.each([
    ['2026-11-01T00:00:00Z', 30],
    ['2026-11-30T12:00:00Z', 1],
    ['2026-12-01T00:00:00Z', 0],
    ['2026-12-05T00:00:00Z', 0],
  ])('at %s, %i days are left', (now, days) => {
    expect(trialDaysLeft(trialEndsAt(start), new Date(now))).toBe(days);
  });

  it('enables every active option', () => {
    expect(
      trialOptionCodes([
        { code: 'B', active: true },
        { code: 'A', active: true },
        { code: 'C', active: false },
      ]),
    ).toEqual(['A', 'B']);
  });

  it('runs on the top plan', () => {
    expect(
      trialPlan([
        { code: 'BASIC', sortOrder: 1 },
        { code: 'PREMIUM', sortOrder: 3 },
        { code: 'STANDARD', sortOrder: 2 },
      ])?.code,
    ).toBe('PREMIUM');
    expect(trialPlan([])).toBeNull();
  });
});
