import { withConsumptionTax } from '@kizuna/domain';
import type { CustomerActionsFragment } from '../../../gql/graphql';
import { checkReactivationDraft, serializeReactivation } from './reactivation.serializer';

const catalog = {
  plans: [
    { code: 'BASIC', monthlyFeeYen: 1000, active: true },
    { code: 'STANDARD', monthlyFeeYen: 3000, active: true },
  ],
  options: [
    {
      code: 'MFA_PASSWORD',
      monthlyFeeYen: 0,
      active: true,
      kind: 'MFA',
      factorCategory: 'KNOWLEDGE',
    },
    {
      code: 'MFA_TOTP',
      monthlyFeeYen: 300,
      active: true,
      kind: 'MFA',
      factorCategory: 'POSSESSION',
    },
  ],
} as const;

const cancelled = {
  id: 'S1',
  status: 'CANCELLED' as const,
  plan: { id: 'P1', code: 'BASIC' },
  options: [{ id: 'O1', code: 'MFA_PASSWORD' }],
} satisfies CustomerActionsFragment['subscription'];

const today = new Date('2025-04-10T03:00:00Z');

describe('serializeReactivation', () => {
  it('sends the plan, the sorted distinct options, the date and the term', () => {
    expect(
      serializeReactivation('C1', {
        planCode: ' STANDARD ',
        optionCodes: ['MFA_TOTP', 'MFA_PASSWORD', 'MFA_TOTP'],
        effectiveDate: '2025-05-01',
        contractTerm: 'ANNUAL',
      }),
    ).toEqual({
      customerId: 'C1',
      planCode: 'STANDARD',
      optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'],
      effectiveDate: '2025-05-01',
      contractTerm: 'ANNUAL',
    });
  });

  it('sends missing values empty, for the API to refuse, and no term as MONTHLY', () => {
    expect(serializeReactivation('C1', {})).toEqual({
      customerId: 'C1',
      planCode: '',
      optionCodes: [],
      effectiveDate: '',
      contractTerm: 'MONTHLY',
    });
  });
});

describe('checkReactivationDraft', () => {
  it('previews the new contract from nothing paid, prorated from a mid-month date', () => {
    const { errors, preview } = checkReactivationDraft({
      stage: 'CHURNED',
      subscription: cancelled,
      values: {
        planCode: 'STANDARD',
        optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'],
        effectiveDate: '2025-04-16',
      },
      catalog,
      today,
    });
    expect(errors).toEqual([]);
    expect(preview).toMatchObject({
      planBefore: 'BASIC',
      planAfter: 'STANDARD',
      kept: ['MFA_PASSWORD'],
      added: ['MFA_TOTP'],
      monthlyFeeBefore: withConsumptionTax(0),
      monthlyFeeAfter: withConsumptionTax(3300),
    });
    expect(preview?.proratedFirstMonth).toMatchObject({ fromDate: '2025-04-16', days: 15 });
  });

  it('refuses a customer who has not churned, a missing plan and a past date', () => {
    const { errors, preview } = checkReactivationDraft({
      stage: 'ACTIVE',
      subscription: cancelled,
      values: { optionCodes: [], effectiveDate: '2025-04-01' },
      catalog,
      today,
    });
    expect(preview).toBeNull();
    expect(errors.map((e) => `${e.code}:${e.field}`)).toEqual(
      expect.arrayContaining(['NOT_CHURNED:customerId', 'REQUIRED:planCode']),
    );
    expect(errors.some((e) => e.field === 'effectiveDate')).toBe(true);
  });
});
