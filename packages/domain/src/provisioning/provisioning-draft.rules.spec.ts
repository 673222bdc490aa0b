import { DEMO_CATALOG } from '../catalog/demo-catalog.js';
import type { UserErrorCode } from '../errors/user-error.js';
import {
  previewProvisioning,
  validateProvisioningDraft,
  type DraftContext,
} from './provisioning-draft.rules.js';

type Over = Partial<Omit<DraftContext, 'proposal'>> & {
  proposal?: Partial<DraftContext['proposal']>;
};

const ctx = (over: Over): DraftContext => ({
  kind: 'CONVERSION',
  stage: 'TRIAL',
  current: {
    planCode: 'PREMIUM',
    optionCodes: DEMO_CATALOG.options.map((o) => o.code),
    isTrial: true,
    status: 'TRIAL',
  },
  catalog: DEMO_CATALOG,
  today: new Date('2026-11-22T00:00:00Z'),
  ...over,
  proposal: {
    planCode: 'STANDARD',
    optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'],
    effectiveDate: '2026-12-01',
    churnReason: null,
    churnNote: null,
    ...over.proposal,
  },
});
const active = {
  stage: 'ACTIVE' as const,
  current: {
    planCode: 'BASIC',
    optionCodes: ['STORAGE_50GB'],
    isTrial: false,
    status: 'ACTIVE' as const,
  },
};
/** Holds an option set that is invalid today: PIN alone and two storage tiers. */
const activeInvalid = {
  stage: 'ACTIVE' as const,
  current: {
    planCode: 'BASIC',
    optionCodes: ['MFA_PIN', 'STORAGE_50GB', 'STORAGE_200GB'],
    isTrial: false,
    status: 'ACTIVE' as const,
  },
};
const churned = {
  kind: 'REACTIVATION' as const,
  stage: 'CHURNED' as const,
  current: {
    planCode: 'STANDARD',
    optionCodes: ['MFA_PIN', 'STORAGE_50GB', 'STORAGE_200GB'],
    isTrial: false,
    status: 'CANCELLED' as const,
  },
};
const expiredLead = {
  stage: 'LEAD' as const,
  current: {
    planCode: 'PREMIUM',
    optionCodes: ['MFA_TOTP'],
    isTrial: true,
    status: 'EXPIRED' as const,
  },
};

describe('validateProvisioningDraft', () => {
  it.each([
    ['a good conversion', ctx({}), []],
    ['a conversion without options', ctx({ proposal: { optionCodes: [] } }), []],
    ['a conversion of an active customer', ctx({ stage: 'ACTIVE' }), ['NOT_IN_TRIAL']],
    ['a conversion of a lead', ctx({ stage: 'LEAD', current: null }), ['NOT_IN_TRIAL']],
    ['a conversion of a lead whose trial expired', ctx({ ...expiredLead }), []],
    [
      'a conversion of a lead whose trial is somehow still on',
      ctx({ ...expiredLead, current: { ...expiredLead.current, status: 'TRIAL' } }),
      ['NOT_IN_TRIAL'],
    ],
    [
      'a conversion of a churned customer',
      ctx({ stage: 'CHURNED', current: churned.current }),
      ['NOT_IN_TRIAL'],
    ],
    [
      'a conversion to two storage tiers',
      ctx({ proposal: { optionCodes: ['STORAGE_50GB', 'STORAGE_2TB'] } }),
      ['OPTION_GROUP_CONFLICT'],
    ],
    [
      'a conversion to PIN alone (password + PIN is one factor)',
      ctx({ proposal: { optionCodes: ['MFA_PIN'] } }),
      ['NOT_MULTI_FACTOR'],
    ],
    [
      'a conversion to TOTP alone (password + TOTP)',
      ctx({ proposal: { optionCodes: ['MFA_TOTP'] } }),
      [],
    ],
    ['a conversion without plan', ctx({ proposal: { planCode: '' } }), ['REQUIRED']],
    ['a conversion with a blank plan', ctx({ proposal: { planCode: '  ' } }), ['REQUIRED']],
    [
      'password + PIN as MFA',
      ctx({ proposal: { optionCodes: ['MFA_PASSWORD', 'MFA_PIN'] } }),
      ['NOT_MULTI_FACTOR'],
    ],
    ['a date in the past', ctx({ proposal: { effectiveDate: '2026-01-01' } }), ['DATE_IN_PAST']],
    [
      'a date that does not exist',
      ctx({ proposal: { effectiveDate: '2026-11-31' } }),
      ['INVALID_DATE'],
    ],
    ['a plan change of a trial', ctx({ kind: 'PLAN_CHANGE' }), ['NOT_ACTIVE']],
    [
      'a plan change of a churned customer',
      ctx({
        kind: 'PLAN_CHANGE',
        stage: 'CHURNED',
        current: null,
        proposal: { planCode: 'BASIC' },
      }),
      ['NOT_ACTIVE'],
    ],
    [
      'a plan change to the same plan',
      ctx({ kind: 'PLAN_CHANGE', ...active, proposal: { planCode: 'BASIC' } }),
      ['NO_CHANGE'],
    ],
    [
      'a plan change without plan',
      ctx({ kind: 'PLAN_CHANGE', ...active, proposal: { planCode: null } }),
      ['REQUIRED'],
    ],
    [
      'a good plan change',
      ctx({ kind: 'PLAN_CHANGE', ...active, proposal: { planCode: 'PREMIUM' } }),
      [],
    ],
    [
      'an option change that changes nothing',
      ctx({ kind: 'OPTION_CHANGE', ...active, proposal: { optionCodes: ['STORAGE_50GB'] } }),
      ['NO_CHANGE'],
    ],
    [
      'an option change to face alone (password + face)',
      ctx({ kind: 'OPTION_CHANGE', ...active, proposal: { optionCodes: ['MFA_FACE'] } }),
      [],
    ],
    [
      'an option change to PIN alone',
      ctx({ kind: 'OPTION_CHANGE', ...active, proposal: { optionCodes: ['MFA_PIN'] } }),
      ['NOT_MULTI_FACTOR'],
    ],
    [
      'an option change adding a second storage tier',
      ctx({
        kind: 'OPTION_CHANGE',
        ...active,
        proposal: { optionCodes: ['STORAGE_50GB', 'STORAGE_2TB'] },
      }),
      ['OPTION_GROUP_CONFLICT'],
    ],
    [
      'an unrelated option change of an invalid set',
      ctx({
        kind: 'OPTION_CHANGE',
        ...activeInvalid,
        proposal: { optionCodes: [...activeInvalid.current.optionCodes, 'SSO_SAML'] },
      }),
      [],
    ],
    [
      'an option change of an invalid set touching MFA',
      ctx({
        kind: 'OPTION_CHANGE',
        ...activeInvalid,
        proposal: { optionCodes: ['MFA_PIN', 'MFA_PASSWORD', 'STORAGE_50GB', 'STORAGE_200GB'] },
      }),
      ['NOT_MULTI_FACTOR'],
    ],
    [
      'a good reactivation',
      ctx({ ...churned, proposal: { planCode: 'BASIC', optionCodes: ['MFA_TOTP'] } }),
      [],
    ],
    ['an annual conversion', ctx({ proposal: { contractTerm: 'ANNUAL' } }), []],
    ['a monthly conversion, said so', ctx({ proposal: { contractTerm: 'MONTHLY' } }), []],
    [
      'an annual reactivation',
      ctx({
        ...churned,
        proposal: { planCode: 'BASIC', optionCodes: ['MFA_TOTP'], contractTerm: 'ANNUAL' },
      }),
      [],
    ],
    [
      'a plan change that states a term (a running contract keeps its own)',
      ctx({
        kind: 'PLAN_CHANGE',
        ...active,
        proposal: { planCode: 'PREMIUM', contractTerm: 'ANNUAL' },
      }),
      ['CONTRACT_TERM_NOT_ALLOWED'],
    ],
    [
      'an option change that states a term, even the default',
      ctx({
        kind: 'OPTION_CHANGE',
        ...active,
        proposal: { optionCodes: ['MFA_FACE'], contractTerm: 'MONTHLY' },
      }),
      ['CONTRACT_TERM_NOT_ALLOWED'],
    ],
    [
      'a cancellation that states a term',
      ctx({
        kind: 'CANCELLATION',
        ...active,
        proposal: { churnReason: 'PRICE', contractTerm: 'ANNUAL' },
      }),
      ['CONTRACT_TERM_NOT_ALLOWED'],
    ],
    [
      'a reactivation without plan',
      ctx({ ...churned, proposal: { planCode: ' ', optionCodes: [] } }),
      ['REQUIRED'],
    ],
    [
      'a reactivation keeping the invalid set it had',
      ctx({ ...churned, proposal: { optionCodes: churned.current.optionCodes } }),
      ['NOT_MULTI_FACTOR', 'OPTION_GROUP_CONFLICT'],
    ],
    [
      'a reactivation of an active customer',
      ctx({ ...churned, ...active, kind: 'REACTIVATION' }),
      ['NOT_CHURNED'],
    ],
    ['a reactivation of an erased customer', ctx({ ...churned, stage: 'ERASED' }), ['NOT_CHURNED']],
    [
      'an erasure of a churned customer',
      ctx({ ...churned, kind: 'ERASURE', proposal: { planCode: null, optionCodes: [] } }),
      [],
    ],
    [
      'an erasure of an active customer',
      ctx({ ...active, kind: 'ERASURE', proposal: { planCode: null, optionCodes: [] } }),
      ['NOT_CHURNED'],
    ],
    [
      'an erasure of an erased customer',
      ctx({
        ...churned,
        kind: 'ERASURE',
        stage: 'ERASED',
        proposal: { planCode: null, optionCodes: [] },
      }),
      ['NOT_CHURNED'],
    ],
    [
      'an erasure of a trial',
      ctx({ kind: 'ERASURE', proposal: { planCode: null, optionCodes: [] } }),
      ['NOT_CHURNED'],
    ],
    [
      'an erasure dated yesterday',
      ctx({
        ...churned,
        kind: 'ERASURE',
        proposal: { planCode: null, optionCodes: [], effectiveDate: '2026-11-21' },
      }),
      ['DATE_IN_PAST'],
    ],
    [
      'a reactivation of a lead',
      ctx({ ...churned, stage: 'LEAD', current: null }),
      ['NOT_CHURNED'],
    ],
    [
      'a cancellation of a churned customer',
      ctx({ ...churned, kind: 'CANCELLATION', proposal: { churnReason: 'PRICE' } }),
      ['NOT_ACTIVE'],
    ],
    [
      'an option change to real MFA',
      ctx({
        kind: 'OPTION_CHANGE',
        ...active,
        proposal: { optionCodes: ['STORAGE_50GB', 'MFA_FACE', 'MFA_IC_CARD'] },
      }),
      [],
    ],
    [
      'an option change dropping every option',
      ctx({ kind: 'OPTION_CHANGE', ...active, proposal: { optionCodes: [] } }),
      [],
    ],
    [
      'an option change of a trial',
      ctx({ kind: 'OPTION_CHANGE', proposal: { optionCodes: [] } }),
      ['NOT_ACTIVE'],
    ],
    [
      'a cancellation without reason',
      ctx({ kind: 'CANCELLATION', ...active }),
      ['INVALID_CHURN_REASON'],
    ],
    [
      'a cancellation for OTHER without text',
      ctx({ kind: 'CANCELLATION', ...active, proposal: { churnReason: 'OTHER' } }),
      ['REQUIRED'],
    ],
    [
      'a cancellation for a reason outside the taxonomy',
      ctx({ kind: 'CANCELLATION', ...active, proposal: { churnReason: 'BORED' } }),
      ['INVALID_CHURN_REASON'],
    ],
    [
      'a cancellation for price',
      ctx({ kind: 'CANCELLATION', ...active, proposal: { churnReason: 'PRICE' } }),
      [],
    ],
    [
      'a cancellation for OTHER, described',
      ctx({
        kind: 'CANCELLATION',
        ...active,
        proposal: { churnReason: 'OTHER', churnNote: '事業撤退' },
      }),
      [],
    ],
    [
      'a cancellation of a trial, in the past',
      ctx({
        kind: 'CANCELLATION',
        proposal: { churnReason: 'PRICE', effectiveDate: '2020-01-01' },
      }),
      ['NOT_ACTIVE', 'DATE_IN_PAST'],
    ],
  ] as [string, DraftContext, UserErrorCode[]][])('%s', (_name, context, codes) => {
    const r = validateProvisioningDraft(context);
    expect(r.ok ? [] : r.error.map((e) => e.code)).toEqual(codes);
  });

  it.each(['TRIAL_EXTENSION', 'SECOND_TRIAL'] as const)('leaves %s to its own rules', (kind) => {
    expect(() => validateProvisioningDraft(ctx({ kind }))).toThrow(RangeError);
  });

  it('returns the normalised effective date', () => {
    expect(validateProvisioningDraft(ctx({ proposal: { effectiveDate: '2026/12/1' } }))).toEqual({
      ok: true,
      value: { effectiveDate: '2026-12-01' },
    });
  });
});

describe('previewProvisioning', () => {
  it.each([
    [
      'a conversion keeps only the chosen options',
      ctx({}),
      { planAfter: 'STANDARD', kept: ['MFA_PASSWORD', 'MFA_TOTP'], added: [] },
    ],
    [
      'a cancellation removes everything',
      ctx({ kind: 'CANCELLATION', ...active }),
      { planAfter: null, kept: [], removed: ['STORAGE_50GB'], added: [] },
    ],
    [
      'an option change',
      ctx({
        kind: 'OPTION_CHANGE',
        ...active,
        proposal: { planCode: 'BASIC', optionCodes: ['SSO_SAML'] },
      }),
      { planAfter: 'BASIC', kept: [], removed: ['STORAGE_50GB'], added: ['SSO_SAML'] },
    ],
  ] as const)('%s', (_name, c, expected) => {
    const r = previewProvisioning(c);
    expect(r.ok && r.value).toMatchObject(expected);
  });

  it.each([
    ['a conversion on the 3rd', ctx({ proposal: { effectiveDate: '2027-01-03' } }), 29],
    [
      'a reactivation on the 15th of February 2028',
      ctx({ ...churned, proposal: { planCode: 'BASIC', effectiveDate: '2028-02-15' } }),
      15,
    ],
    ['a conversion on the 1st', ctx({ proposal: { effectiveDate: '2027-01-01' } }), null],
    [
      'a cancellation mid-month',
      ctx({ kind: 'CANCELLATION', ...active, proposal: { effectiveDate: '2027-01-03' } }),
      null,
    ],
    ['an unreadable date', ctx({ proposal: { effectiveDate: 'soon' } }), null],
  ] as const)('prorates %s: days %s', (_name, c, days) => {
    const r = previewProvisioning(c);
    expect(r.ok && (r.value.proratedFirstMonth?.days ?? null)).toBe(days);
  });

  it('prorates a conversion at the fee after the change', () => {
    // STANDARD + TOTP = 1,690 a month; 29 of 31 days: floor(1,690 × 29 / 31) = 1,580, tax 158
    const r = previewProvisioning(ctx({ proposal: { effectiveDate: '2027-01-03' } }));
    expect(r.ok && r.value.proratedFirstMonth).toEqual({
      fromDate: '2027-01-03',
      toDate: '2027-01-31',
      days: 29,
      daysInMonth: 31,
      excludingTax: 1580,
      tax: 158,
      includingTax: 1738,
    });
  });

  it('shows a reactivation from the cancelled subscription, which costs nothing now', () => {
    const r = previewProvisioning(
      ctx({ ...churned, proposal: { planCode: 'BASIC', optionCodes: ['MFA_PIN', 'MFA_TOTP'] } }),
    );
    expect(r.ok && r.value).toMatchObject({
      planBefore: 'STANDARD',
      planAfter: 'BASIC',
      kept: ['MFA_PIN'],
      removed: ['STORAGE_200GB', 'STORAGE_50GB'],
      added: ['MFA_TOTP'],
      monthlyFeeBefore: { includingTax: 0 },
      // 990 + 0 + 200 = 1,190 → tax 119
      monthlyFeeAfter: { excludingTax: 1190, tax: 119, includingTax: 1309 },
    });
  });

  it('shows a reactivation without a previous subscription as starting from nothing', () => {
    const r = previewProvisioning(ctx({ ...churned, current: null }));
    expect(r.ok && r.value).toMatchObject({ planBefore: null, planAfter: 'STANDARD', removed: [] });
  });

  it('refuses an unknown plan', () => {
    const r = previewProvisioning(ctx({ proposal: { planCode: 'GOLD' } }));
    expect(r.ok ? [] : r.error.map((e) => e.code)).toEqual(['UNKNOWN_PLAN']);
  });
});
