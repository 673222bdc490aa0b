import { DEMO_CATALOG, withConsumptionTax } from '@kizuna/domain';
import type { RequestFormCustomerFragment } from '../../../gql/graphql';
import {
  checkRequestDraft,
  proposedSubscription,
  serializeRequestForm,
  serializeResubmit,
} from './request-form.serializer';

const catalog = DEMO_CATALOG;
const allCodes = catalog.options.map((o) => o.code);
const subscription = (
  status: 'TRIAL' | 'ACTIVE',
  planCode: string,
  optionCodes: readonly string[],
): RequestFormCustomerFragment['subscription'] => ({
  id: 'U3Vic2NyaXB0aW9uOjE=',
  status,
  plan: { id: 'p', code: planCode },
  options: optionCodes.map((code) => ({ id: code, code })),
});
const trial = subscription('TRIAL', 'PREMIUM', allCodes);
const active = subscription('ACTIVE', 'STANDARD', ['MFA_PASSWORD', 'MFA_TOTP']);
const today = new Date('2026-04-01T03:00:00Z');

describe('serializeRequestForm', () => {
  it('sends a conversion with its plan, the chosen options (sorted, once each), the date and the term', () => {
    expect(
      serializeRequestForm('CONVERSION', 'C1', {
        planCode: ' STANDARD ',
        optionCodes: ['MFA_TOTP', 'MFA_PASSWORD', 'MFA_TOTP'],
        effectiveDate: '2026-04-10',
        churnReason: 'PRICE',
        contractTerm: 'ANNUAL',
      }),
    ).toEqual({
      kind: 'CONVERSION',
      input: {
        customerId: 'C1',
        planCode: 'STANDARD',
        optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'],
        effectiveDate: '2026-04-10',
        contractTerm: 'ANNUAL',
      },
    });
  });

  it('sends a conversion without a chosen term as MONTHLY, the default', () => {
    const { input } = serializeRequestForm('CONVERSION', 'C1', {
      planCode: 'STANDARD',
      effectiveDate: '2026-04-10',
    });
    expect(input).toMatchObject({ contractTerm: 'MONTHLY' });
  });

  it.each([
    ['PLAN_CHANGE', { customerId: 'C1', planCode: 'PREMIUM', effectiveDate: '2026-04-10' }],
    [
      'OPTION_CHANGE',
      { customerId: 'C1', optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'], effectiveDate: '2026-04-10' },
    ],
    [
      'CANCELLATION',
      {
        customerId: 'C1',
        churnReason: 'PRICE',
        churnNote: '予算削減',
        effectiveDate: '2026-04-10',
      },
    ],
  ] as const)('sends only the fields a %s decides', (kind, input) => {
    expect(
      serializeRequestForm(kind, 'C1', {
        planCode: 'PREMIUM',
        optionCodes: ['MFA_TOTP', 'MFA_PASSWORD'],
        effectiveDate: '2026-04-10',
        churnReason: 'PRICE',
        churnNote: ' 予算削減 ',
        // A term is the new contract's: a change of a running one never sends it.
        contractTerm: 'ANNUAL',
      }),
    ).toEqual({ kind, input });
  });

  it('sends an empty note as null', () => {
    const { input } = serializeRequestForm('CANCELLATION', 'C1', {
      churnReason: 'LOW_ADOPTION',
      churnNote: '   ',
      effectiveDate: '2026-04-10',
    });
    expect(input).toMatchObject({ churnNote: null });
  });
});

describe('serializeResubmit', () => {
  it('binds the correction to the request and the version the maker corrected', () => {
    expect(
      serializeResubmit(
        'CONVERSION',
        { id: 'R1', version: 2 },
        {
          planCode: 'BASIC',
          optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'],
          effectiveDate: '2026-05-01',
          contractTerm: 'ANNUAL',
          note: ' プランを申込書どおりに修正 ',
        },
      ),
    ).toEqual({
      requestId: 'R1',
      version: 2,
      planCode: 'BASIC',
      optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'],
      effectiveDate: '2026-05-01',
      contractTerm: 'ANNUAL',
      note: 'プランを申込書どおりに修正',
    });
  });

  it('sends an empty note as null', () => {
    expect(
      serializeResubmit('CANCELLATION', { id: 'R1', version: 1 }, { note: '  ' }),
    ).toMatchObject({ note: null });
  });
});

describe('proposedSubscription', () => {
  it.each([
    ['CONVERSION', { planCode: 'BASIC', optionCodes: ['MFA_TOTP'] }],
    ['PLAN_CHANGE', { planCode: 'BASIC', optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'] }],
    ['OPTION_CHANGE', { planCode: 'STANDARD', optionCodes: ['MFA_TOTP'] }],
    ['CANCELLATION', { planCode: null, optionCodes: [] }],
  ] as const)('%s → %j', (kind, expected) => {
    expect(
      proposedSubscription(kind, { planCode: 'BASIC', optionCodes: ['MFA_TOTP'] }, active),
    ).toEqual(expected);
  });
});

describe('checkRequestDraft', () => {
  it('previews a conversion: the chosen trial options kept, every other one removed, fee from ￥0', () => {
    const { errors, preview } = checkRequestDraft({
      kind: 'CONVERSION',
      stage: 'TRIAL',
      current: trial,
      values: {
        planCode: 'STANDARD',
        optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'],
        effectiveDate: '2026-04-01',
      },
      catalog,
      today,
    });
    expect(errors).toEqual([]);
    expect(preview?.kept).toEqual(['MFA_PASSWORD', 'MFA_TOTP']);
    expect(preview?.added).toEqual([]);
    expect(preview?.removed).toEqual(
      allCodes.filter((c) => c !== 'MFA_PASSWORD' && c !== 'MFA_TOTP').sort(),
    );
    expect(preview?.monthlyFeeBefore).toEqual(withConsumptionTax(0));
    // STANDARD ￥1,490 + TOTP ￥200 = ￥1,690, tax ￥169.
    expect(preview?.monthlyFeeAfter).toEqual({ excludingTax: 1690, tax: 169, includingTax: 1859 });
  });

  it('has no preview until a plan is chosen, and says the plan is required', () => {
    const { errors, preview } = checkRequestDraft({
      kind: 'CONVERSION',
      stage: 'TRIAL',
      current: trial,
      values: { optionCodes: [], effectiveDate: '2026-04-01' },
      catalog,
      today,
    });
    expect(preview).toBeNull();
    expect(errors.map((e) => [e.code, e.field])).toEqual([['REQUIRED', 'planCode']]);
  });

  it('names the fields the domain rules refuse: not multi-factor, a past date', () => {
    const { errors, preview } = checkRequestDraft({
      kind: 'CONVERSION',
      stage: 'TRIAL',
      current: trial,
      values: {
        planCode: 'BASIC',
        optionCodes: ['MFA_PASSWORD', 'MFA_PIN'],
        effectiveDate: '2026-03-31',
      },
      catalog,
      today,
    });
    expect(errors.map((e) => [e.code, e.field])).toEqual([
      ['NOT_MULTI_FACTOR', 'optionCodes'],
      ['DATE_IN_PAST', 'effectiveDate'],
    ]);
    // The preview still shows what would happen.
    expect(preview?.planAfter).toBe('BASIC');
  });

  it('accepts a term on a conversion only (a running contract keeps its own)', () => {
    const draft = (kind: 'CONVERSION' | 'PLAN_CHANGE') =>
      checkRequestDraft({
        kind,
        stage: kind === 'CONVERSION' ? 'TRIAL' : 'ACTIVE',
        current: kind === 'CONVERSION' ? trial : active,
        values: {
          planCode: 'PREMIUM',
          optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'],
          effectiveDate: '2026-04-01',
          contractTerm: 'ANNUAL',
        },
        catalog,
        today,
      });
    expect(draft('CONVERSION').errors).toEqual([]);
    // The form never shows the field for a plan change: a stale value is not sent nor refused.
    expect(draft('PLAN_CHANGE').errors).toEqual([]);
  });

  it('requires a churn reason for a cancellation, and previews the end of the contract', () => {
    const { errors, preview } = checkRequestDraft({
      kind: 'CANCELLATION',
      stage: 'ACTIVE',
      current: active,
      values: { effectiveDate: '2026-04-30' },
      catalog,
      today,
    });
    expect(errors.map((e) => [e.code, e.field])).toEqual([['INVALID_CHURN_REASON', 'churnReason']]);
    expect(preview?.planAfter).toBeNull();
    expect(preview?.removed).toEqual(['MFA_PASSWORD', 'MFA_TOTP']);
    expect(preview?.monthlyFeeAfter.includingTax).toBe(0);
  });
});
