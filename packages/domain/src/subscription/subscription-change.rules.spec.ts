import { DEMO_CATALOG } from '../catalog/demo-catalog.js';
import type { UserErrorCode } from '../errors/user-error.js';
import {
  planConversion,
  previewSubscriptionChange,
  type SubscriptionChangeInput,
} from './subscription-change.rules.js';

const catalog: SubscriptionChangeInput['catalog'] = {
  plans: [...DEMO_CATALOG.plans, { code: 'LEGACY', monthlyFeeYen: 500, active: false }],
  options: [
    ...DEMO_CATALOG.options,
    { code: 'RETIRED', monthlyFeeYen: 100, kind: 'FEATURE', factorCategory: null, active: false },
  ],
};
const allTrialOptions = DEMO_CATALOG.options.map((o) => o.code);

describe('planConversion', () => {
  it('keeps only the chosen options of the trial and prices the plan', () => {
    const r = planConversion({
      trialOptionCodes: allTrialOptions,
      trialPlanCode: 'PREMIUM',
      chosen: { planCode: 'STANDARD', optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'] },
      catalog,
    });
    expect(r).toEqual({
      ok: true,
      value: {
        planBefore: 'PREMIUM',
        planAfter: 'STANDARD',
        kept: ['MFA_PASSWORD', 'MFA_TOTP'],
        removed: allTrialOptions.filter((c) => c !== 'MFA_PASSWORD' && c !== 'MFA_TOTP').sort(),
        added: [],
        // Trials are free, whatever they enable.
        monthlyFeeBefore: { excludingTax: 0, tax: 0, includingTax: 0 },
        // 1,490 + 0 + 200 = 1,690 → tax 169 → 1,859
        monthlyFeeAfter: { excludingTax: 1690, tax: 169, includingTax: 1859 },
        proratedFirstMonth: null,
      },
    });
  });

  it.each([
    ['an unknown plan', { planCode: 'GOLD', optionCodes: [] }, ['UNKNOWN_PLAN']],
    ['a retired plan', { planCode: 'LEGACY', optionCodes: [] }, ['UNKNOWN_PLAN']],
    ['an unknown option', { planCode: 'BASIC', optionCodes: ['NOPE'] }, ['UNKNOWN_OPTION']],
    ['a retired option', { planCode: 'BASIC', optionCodes: ['RETIRED'] }, ['INACTIVE_OPTION']],
    [
      'everything wrong at once',
      { planCode: 'GOLD', optionCodes: ['NOPE', 'RETIRED'] },
      ['UNKNOWN_PLAN', 'UNKNOWN_OPTION', 'INACTIVE_OPTION'],
    ],
  ] as [string, { planCode: string; optionCodes: string[] }, UserErrorCode[]][])(
    'refuses %s',
    (_name, chosen, codes) => {
      const r = planConversion({ trialOptionCodes: [], trialPlanCode: 'PREMIUM', chosen, catalog });
      expect(r.ok ? [] : r.error.map((e) => e.code)).toEqual(codes);
    },
  );

  it('names the field of each refusal', () => {
    const r = planConversion({
      trialOptionCodes: [],
      trialPlanCode: null,
      chosen: { planCode: 'GOLD', optionCodes: ['NOPE'] },
      catalog,
    });
    expect(r.ok ? [] : r.error.map((e) => [e.field, e.message.en])).toEqual([
      ['planCode', 'There is no plan "GOLD".'],
      ['optionCodes', 'There is no option "NOPE".'],
    ]);
  });
});

describe('previewSubscriptionChange', () => {
  const current = { planCode: 'BASIC', optionCodes: ['STORAGE_200GB', 'RETIRED'], isTrial: false };

  it.each([
    [
      'an upgrade keeping a retired option the customer already has',
      { planCode: 'PREMIUM', optionCodes: current.optionCodes },
      {
        planAfter: 'PREMIUM',
        kept: ['RETIRED', 'STORAGE_200GB'],
        removed: [],
        added: [],
        monthlyFeeBefore: { excludingTax: 1590, tax: 159, includingTax: 1749 },
        monthlyFeeAfter: { excludingTax: 2580, tax: 258, includingTax: 2838 },
      },
    ],
    [
      'adding MFA and dropping storage',
      { planCode: 'BASIC', optionCodes: ['RETIRED', 'MFA_PASSWORD', 'MFA_FACE', 'MFA_FACE'] },
      {
        kept: ['RETIRED'],
        removed: ['STORAGE_200GB'],
        added: ['MFA_FACE', 'MFA_PASSWORD'],
        // 990 + 100 + 0 + 500 (a duplicated code is charged once) = 1,590
        monthlyFeeAfter: { excludingTax: 1590, tax: 159, includingTax: 1749 },
      },
    ],
    [
      'a cancellation, which ends everything',
      null,
      {
        planAfter: null,
        kept: [],
        removed: ['RETIRED', 'STORAGE_200GB'],
        added: [],
        monthlyFeeAfter: { excludingTax: 0, tax: 0, includingTax: 0 },
      },
    ],
  ] as const)('prices %s', (_name, next, expected) => {
    const r = previewSubscriptionChange({ current, next, catalog });
    expect(r.ok && r.value).toMatchObject({ planBefore: 'BASIC', ...expected });
  });

  it.each([
    ['a paying customer', false, 1749],
    ['a trial', true, 0],
  ])('charges %s %i yen before', (_name, isTrial, before) => {
    const r = previewSubscriptionChange({
      current: { ...current, isTrial },
      next: { planCode: 'BASIC', optionCodes: [] },
      catalog,
    });
    expect(r.ok && r.value.monthlyFeeBefore.includingTax).toBe(before);
  });

  it.each([
    // 990 + 500 = 1,490 a month; from the 3rd, 29 of 31 days → 1,393 + 139
    ['2027-01-03', { days: 29, excludingTax: 1393, tax: 139, includingTax: 1532 }],
    ['2027/1/3', { fromDate: '2027-01-03', excludingTax: 1393 }],
    ['2027-01-01', null],
    ['2027-13-01', null],
  ])('prorates the fee after a change effective %s', (effectiveDate, expected) => {
    const r = previewSubscriptionChange({
      current,
      next: { planCode: 'BASIC', optionCodes: ['STORAGE_200GB'] },
      catalog,
      effectiveDate,
    });
    const prorated = r.ok ? r.value.proratedFirstMonth : undefined;
    if (expected === null) expect(prorated).toBeNull();
    else expect(prorated).toMatchObject(expected);
  });

  it('prorates nothing when the subscription ends', () => {
    const r = previewSubscriptionChange({
      current,
      next: null,
      catalog,
      effectiveDate: '2027-01-03',
    });
    expect(r.ok && r.value.proratedFirstMonth).toBeNull();
  });

  it('treats a customer without subscription as starting from nothing', () => {
    const r = previewSubscriptionChange({
      current: null,
      next: { planCode: 'BASIC', optionCodes: ['MFA_PIN'] },
      catalog,
    });
    expect(r.ok && r.value).toMatchObject({
      planBefore: null,
      added: ['MFA_PIN'],
      monthlyFeeBefore: { includingTax: 0 },
      monthlyFeeAfter: { includingTax: 1089 },
    });
  });
});
