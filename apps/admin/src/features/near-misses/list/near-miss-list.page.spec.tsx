import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { CustomerFilterTagDocument, NearMissListDocument } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render';
import { viewerMock } from '../../../test/viewer';
import { NearMissListPage } from './near-miss-list.page';

const CUSTOMER = 'Q3VzdG9tZXI6MQ==';

const nearMiss = (id: string, description: string, customer: object | null) => ({
  __typename: 'NearMiss',
  id,
  kind: 'NEAR_MISS',
  status: 'OPEN',
  source: 'MANUAL',
  occurredAt: '2026-12-01T01:00:00.000Z',
  description,
  fields: [],
  requestKind: null,
  causeCategory: 'INPUT_ERROR',
  customer,
});

const listMock = (filter: object, nodes: object[]) => ({
  request: { query: NearMissListDocument, variables: { first: 20, after: null, filter } },
  result: {
    data: {
      nearMisses: {
        __typename: 'NearMissConnection',
        totalCount: nodes.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: nodes.map((node) => ({ __typename: 'NearMissEdge', node })),
      },
    },
  },
});

const customerMock = {
  request: { query: CustomerFilterTagDocument, variables: { id: CUSTOMER } },
  result: {
    data: { customer: { __typename: 'Customer', id: CUSTOMER, name: '株式会社青空商事' } },
  },
};

const ours = nearMiss('N1', '請求先の入力ミス', {
  __typename: 'Customer',
  id: CUSTOMER,
  name: '株式会社青空商事',
});
const theirs = nearMiss('N2', 'プラン変更の取り違え', {
  __typename: 'Customer',
  id: 'Q3VzdG9tZXI6Mg==',
  name: '有限会社若葉工業',
});

function Where() {
  return <output data-testid="location">{useLocation().search}</output>;
}

function renderPage(search: string, mocks: object[]) {
  return renderWithProviders(
    <Routes>
      <Route
        path="/near-misses"
        element={
          <>
            <NearMissListPage />
            <Where />
          </>
        }
      />
    </Routes>,
    {
      route: `/near-misses${search}`,
      mocks: [viewerMock(['ANALYST'], ['near-misses:read']), ...mocks] as never,
    },
  );
}

describe('NearMissListPage', () => {
  it('lists one customer’s near-misses when the URL names it, shown as a tag with its name', async () => {
    renderPage(`?customer=${encodeURIComponent(CUSTOMER)}&status=OPEN`, [
      customerMock,
      listMock({ status: 'OPEN', customerId: CUSTOMER }, [ours]),
    ]);
    const table = await screen.findByTestId('near-miss-table');
    expect(await within(table).findByText('株式会社青空商事')).toBeInTheDocument();
    expect(await screen.findByText('顧客: 株式会社青空商事')).toBeInTheDocument();
  });

  it('drops the customer from the URL and the query when its tag is closed', async () => {
    renderPage(`?customer=${encodeURIComponent(CUSTOMER)}&status=OPEN`, [
      customerMock,
      listMock({ status: 'OPEN', customerId: CUSTOMER }, [ours]),
      listMock({ status: 'OPEN' }, [ours, theirs]),
    ]);
    await screen.findByText('顧客: 株式会社青空商事');
    await userEvent.click(screen.getByRole('button', { name: '顧客の絞り込みを解除' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('?status=OPEN'));
    expect(screen.queryByTestId('customer-filter')).toBeNull();
    // The other filters stay; the list is that of every customer again.
    const table = screen.getByTestId('near-miss-table');
    expect(await within(table).findByText('有限会社若葉工業')).toBeInTheDocument();
    expect(within(table).getByText('株式会社青空商事')).toBeInTheDocument();
  });
});
