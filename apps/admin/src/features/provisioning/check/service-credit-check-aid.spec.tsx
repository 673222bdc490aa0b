import { screen, within } from '@testing-library/react';
import { ProvisioningCatalogDocument, ServiceCreditCheckAidDocument } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render';
import { ServiceCreditCheckAid } from './service-credit-check-aid';

const catalogMock = {
  request: { query: ProvisioningCatalogDocument },
  result: {
    data: {
      plans: [
        {
          __typename: 'Plan',
          id: 'P1',
          code: 'STANDARD',
          name: 'スタンダード',
          monthlyFeeYen: 1_490,
          active: true,
        },
      ],
      options: [],
    },
  },
};

const fee = (effectiveFrom: string, effectiveTo: string | null, status: string, yen: number) => ({
  __typename: 'SubscriptionFee',
  effectiveFrom,
  effectiveTo,
  status,
  planCode: 'STANDARD',
  optionCodes: ['MFA_TOTP'],
  monthlyFee: { __typename: 'TaxedAmountType', excludingTax: yen },
});

const aidMock = {
  request: { query: ServiceCreditCheckAidDocument, variables: { id: 'R1' } },
  result: {
    data: {
      node: {
        __typename: 'ProvisioningRequest',
        id: 'R1',
        serviceCreditSubject: {
          __typename: 'ServiceCreditSubject',
          month: '2027-03',
          planCode: 'STANDARD',
          targetPercent: 99.95,
          measuredPercent: 99.5,
        },
        customer: {
          __typename: 'Customer',
          id: 'C1',
          subscription: {
            __typename: 'Subscription',
            id: 'S1',
            feeHistory: [
              fee('2027-05-01', null, 'ACTIVE', 1_890),
              fee('2027-03-10', '2027-05-01', 'ACTIVE', 1_690),
              fee('2027-02-20', '2027-03-10', 'TRIAL', 0),
              fee('2027-01-05', '2027-02-20', 'CANCELLED', 0),
            ],
          },
        },
      },
      slaCreditTiers: [
        { __typename: 'SlaCreditTier', belowPercent: null, creditPercent: 10 },
        { __typename: 'SlaCreditTier', belowPercent: 99, creditPercent: 25 },
        { __typename: 'SlaCreditTier', belowPercent: 95, creditPercent: 50 },
      ],
    },
  },
};

describe('ServiceCreditCheckAid', () => {
  it('shows the facts to work the credit out from — month, plan, availability, tiers, that month’s fees', async () => {
    renderWithProviders(<ServiceCreditCheckAid requestId="R1" />, {
      mocks: [aidMock, catalogMock],
    });
    const subject = await screen.findByTestId('credit-subject');
    expect(subject).toHaveTextContent('対象月2027/03');
    expect(subject).toHaveTextContent('実測 99.5% / 目標 99.95%');
    const tiers = within(screen.getByTestId('credit-tiers')).getAllByRole('row').slice(1);
    expect(tiers.map((r) => r.textContent)).toEqual([
      'プランのSLA目標未満月額の10%',
      '99%未満月額の25%',
      '95%未満月額の50%',
    ]);
    // Only the rows in force in March, oldest first: the trial to the 9th, then 1,690 a month.
    const fees = within(screen.getByTestId('credit-fees')).getAllByRole('row').slice(1);
    expect(fees.map((r) => r.textContent)).toEqual([
      '2027/02/202027/03/10トライアルスタンダード￥0',
      '2027/03/102027/05/01有効スタンダード￥1,690',
    ]);
    // Never the amount: nothing here knows it.
    expect(screen.getByTestId('credit-check-aid')).not.toHaveTextContent('クレジット額');
  });
});
