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
  current: { planCode: 'BASIC', optionCodes: ['STORAGE_50GB'], isTrial: false },
};

describe('validateProvisioningDraft', () => {
  it.each([
    ['a good conversion', ctx({}), []],
    ['a conversion without options', ctx({ proposal: { optionCodes: [] } }), []],
    ['a conversion of an active customer', ctx({ stage: 'ACTIVE' }), ['NOT_IN_TRIAL']],
    ['a conversion of a lead', ctx({ stage: 'LEAD', current: null }), ['NOT_IN_TRIAL']],
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
      'an option change to a single MFA method',
      ctx({ kind: 'OPTION_CHANGE', ...active, proposal: { optionCodes: ['MFA_FACE'] } }),
      ['NOT_MULTI_FACTOR'],
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
      ['INVALID_CHURN_REASON'],
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

  it('refuses an unknown plan', () => {
    const r = previewProvisioning(ctx({ proposal: { planCode: 'GOLD' } }));
    expect(r.ok ? [] : r.error.map((e) => e.code)).toEqual(['UNKNOWN_PLAN']);
  });
});
