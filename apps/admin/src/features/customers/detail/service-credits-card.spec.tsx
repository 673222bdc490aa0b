import { screen, within } from '@testing-library/react';
import { ProvisioningCatalogDocument } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render';
import { ServiceCreditsCard } from './service-credits-card';

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

describe('ServiceCreditsCard', () => {
  it('lists each credit: month, plan, rate, excl./incl. tax and its request', async () => {
    renderWithProviders(
      <ServiceCreditsCard
        customer={{
          serviceCredits: [
            {
              month: '2027-03',
              planCode: 'STANDARD',
              creditPercent: 10,
              credit: { excludingTax: 169, includingTax: 185 },
              appliedAt: '2027-04-03T01:00:00.000Z',
              provisioningRequestId: 'UHJvdmlzaW9uaW5nUmVxdWVzdDox',
            },
          ],
        }}
      />,
      { mocks: [catalogMock] },
    );
    const card = screen.getByTestId('service-credits');
    await within(card).findByText('スタンダード');
    const [, row] = within(card).getAllByRole('row');
    expect(row).toHaveTextContent('2027/03スタンダード10%￥169 / ￥185申請');
    expect(within(row!).getByRole('link', { name: '申請を見る' })).toHaveAttribute(
      'href',
      '/requests/UHJvdmlzaW9uaW5nUmVxdWVzdDox',
    );
  });

  it('says so when there is none', () => {
    renderWithProviders(<ServiceCreditsCard customer={{ serviceCredits: [] }} />, {
      mocks: [catalogMock],
    });
    expect(screen.getByText('サービスクレジットはありません。')).toBeInTheDocument();
  });
});
