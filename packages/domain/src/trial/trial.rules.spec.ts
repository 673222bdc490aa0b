import type { LifecycleStage } from '../lifecycle/lifecycle.rules.js';
import { DEMO_CATALOG } from '../catalog/demo-catalog.js';
import type { UserErrorCode } from '../errors/user-error.js';
import {
  canStartTrial,
  isTrialExpired,
  MAX_TRIAL_EXTENSION_DAYS,
  trialDaysLeft,
  trialEndsAt,
  trialOptionCodes,
  trialPlan,
  validateSecondTrial,
  validateTrialExtension,
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

  const o = (
    code: string,
    active = true,
    optionGroup: string | null = null,
    monthlyFeeYen = 0,
  ) => ({
    code,
    active,
    optionGroup,
    monthlyFeeYen,
  });
  it.each([
    ['every active option', [o('B'), o('A'), o('C', false)], ['A', 'B']],
    [
      'the dearest of a group',
      [o('S1', true, 'S', 0), o('S3', true, 'S', 3000), o('S2', true, 'S', 500), o('X')],
      ['S3', 'X'],
    ],
    ['a tie goes to the lowest code', [o('SB', true, 'S', 100), o('SA', true, 'S', 100)], ['SA']],
    [
      'an inactive option of a group is never chosen',
      [o('S1', true, 'S', 0), o('S9', false, 'S', 9000)],
      ['S1'],
    ],
    [
      'one per group, groups apart',
      [o('S1', true, 'S', 1), o('S2', true, 'S', 2), o('T1', true, 'T', 5), o('T2', true, 'T', 1)],
      ['S2', 'T1'],
    ],
    ['a group with no active option is left out', [o('S1', false, 'S', 1), o('X')], ['X']],
  ] as [string, ReturnType<typeof o>[], string[]][])('enables %s', (_name, options, codes) => {
    expect(trialOptionCodes(options)).toEqual(codes);
  });

  it('enables the largest storage tier of the demo catalog and everything else', () => {
    const codes = trialOptionCodes(DEMO_CATALOG.options);
    expect(codes).toContain('STORAGE_2TB');
    expect(codes).not.toContain('STORAGE_50GB');
    expect(codes).not.toContain('STORAGE_200GB');
    expect(codes).toHaveLength(DEMO_CATALOG.options.length - 2);
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

describe('validateTrialExtension', () => {
  // 2027-01-11 00:00 in Tokyo
  const end = new Date('2027-01-10T15:00:00Z');
  const trial = { stage: 'TRIAL' as LifecycleStage, trialEndsAt: end, trialExtendedDays: 0 };

  it.each([
    ['5 days', trial, 5, '2027-01-15T15:00:00.000Z', '2027-01-16'],
    ['the whole allowance', trial, 30, '2027-02-09T15:00:00.000Z', '2027-02-10'],
    [
      'the rest of the allowance',
      { ...trial, trialExtendedDays: 20 },
      10,
      '2027-01-20T15:00:00.000Z',
      '2027-01-21',
    ],
    [
      'a day, from an end late in the Tokyo day',
      { ...trial, trialEndsAt: new Date('2027-01-10T14:59:59Z') },
      1,
      '2027-01-11T14:59:59.000Z',
      '2027-01-11',
    ],
  ])('extends by %s', (_name, c, days, instant, date) => {
    const r = validateTrialExtension(c, days, '導入判断に時間が必要');
    expect(r.ok && { at: r.value.trialEndsAt.toISOString(), on: r.value.trialEndsOn }).toEqual({
      at: instant,
      on: date,
    });
  });

  it.each([
    ['a lead', { ...trial, stage: 'LEAD' }, 5, 'x', [['NOT_IN_TRIAL', 'customerId']]],
    ['an active customer', { ...trial, stage: 'ACTIVE' }, 5, 'x', [['NOT_IN_TRIAL', 'customerId']]],
    [
      'a trial without end',
      { ...trial, trialEndsAt: null },
      5,
      'x',
      [['NOT_IN_TRIAL', 'customerId']],
    ],
    ['0 days', trial, 0, 'x', [['OUT_OF_RANGE', 'days']]],
    ['negative days', trial, -3, 'x', [['OUT_OF_RANGE', 'days']]],
    ['half a day', trial, 1.5, 'x', [['OUT_OF_RANGE', 'days']]],
    ['31 days', trial, 31, 'x', [['TRIAL_EXTENSION_LIMIT', 'days']]],
    [
      'past the allowance',
      { ...trial, trialExtendedDays: 25 },
      6,
      'x',
      [['TRIAL_EXTENSION_LIMIT', 'days']],
    ],
    ['no reason', trial, 5, '', [['REQUIRED', 'reason']]],
    ['a blank reason', trial, 5, ' \u3000 ', [['REQUIRED', 'reason']]],
    ['a reason too long', trial, 5, 'あ'.repeat(2001), [['TOO_LONG', 'reason']]],
    [
      'everything wrong',
      { ...trial, stage: 'ACTIVE' },
      0,
      '',
      [
        ['NOT_IN_TRIAL', 'customerId'],
        ['OUT_OF_RANGE', 'days'],
        ['REQUIRED', 'reason'],
      ],
    ],
  ] as [string, typeof trial, number, string, [UserErrorCode, string][]][])(
    'refuses %s',
    (_name, c, days, reason, errors) => {
      const r = validateTrialExtension(c, days, reason);
      expect(r.ok ? [] : r.error.map((e) => [e.code, e.field])).toEqual(errors);
    },
  );

  it('accepts a reason of exactly 2000 characters', () => {
    expect(validateTrialExtension(trial, 1, 'あ'.repeat(2000)).ok).toBe(true);
  });

  it('says how much of the allowance is used', () => {
    const r = validateTrialExtension({ ...trial, trialExtendedDays: 25 }, 6, 'x');
    expect(MAX_TRIAL_EXTENSION_DAYS).toBe(30);
    expect(r.ok ? null : r.error[0]?.message.en).toBe(
      'A trial can be extended by at most 30 days in total (25 days used).',
    );
  });
});

describe('canStartTrial', () => {
  it.each([
    ['LEAD', 0, null],
    ['LEAD', 1, 'TRIAL_ALREADY_USED'],
    ['LEAD', 2, 'TRIAL_ALREADY_USED'],
    ['TRIAL', 0, 'NOT_LEAD'],
    ['ACTIVE', 1, 'NOT_LEAD'],
    ['CHURNED', 1, 'NOT_LEAD'],
    ['ERASED', 0, 'NOT_LEAD'],
  ] as [LifecycleStage, number, UserErrorCode | null][])(
    'a %s with %i trial(s) so far: %s',
    (stage, trialCount, code) => {
      const r = canStartTrial({ stage, trialCount });
      expect(r.ok ? null : [r.error.code, r.error.field]).toEqual(
        code === null ? null : [code, 'customerId'],
      );
    },
  );
});

describe('validateSecondTrial', () => {
  it.each([
    ['a lead whose trial ended', 'LEAD', 1, '再検討したい', []],
    ['a lead who had two', 'LEAD', 2, '再検討したい', []],
    ['a lead who never had one', 'LEAD', 0, '再検討したい', ['TRIAL_NOT_EXPIRED']],
    ['a customer in trial', 'TRIAL', 1, '再検討したい', ['NOT_LEAD']],
    ['an active customer', 'ACTIVE', 1, '再検討したい', ['NOT_LEAD']],
    ['a churned customer', 'CHURNED', 1, '再検討したい', ['NOT_LEAD']],
    ['no reason', 'LEAD', 1, '  ', ['REQUIRED']],
    ['a reason too long', 'LEAD', 1, 'x'.repeat(2001), ['TOO_LONG']],
    ['both wrong', 'TRIAL', 1, '', ['NOT_LEAD', 'REQUIRED']],
  ] as [string, LifecycleStage, number, string, UserErrorCode[]][])(
    '%s',
    (_name, stage, trialCount, reason, codes) => {
      expect(validateSecondTrial({ stage, trialCount }, reason).map((e) => e.code)).toEqual(codes);
    },
  );
});
