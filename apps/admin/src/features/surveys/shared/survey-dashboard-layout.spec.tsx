import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import {
  CustomerFilterTagDocument,
  SurveyCommentsDocument,
  SurveyFilterPlansDocument,
} from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render';
import { SurveyDashboardLayout } from './survey-dashboard-layout';
import { useSurveyParams } from './use-survey-params';

const CUSTOMER = 'Q3VzdG9tZXI6MQ==';

const plansMock = {
  request: { query: SurveyFilterPlansDocument },
  result: {
    data: { plans: [{ __typename: 'Plan', id: 'P1', code: 'BASIC', name: 'ベーシック' }] },
  },
};

const customerMock = {
  request: { query: CustomerFilterTagDocument, variables: { id: CUSTOMER } },
  result: {
    data: { customer: { __typename: 'Customer', id: CUSTOMER, name: '株式会社青空商事' } },
  },
};

const answer = (id: string, comment: string, customer: { id: string; name: string }) => ({
  __typename: 'SurveyResponse',
  id,
  score: 9,
  npsCategory: 'PROMOTER',
  comment,
  maskedPersonalData: [],
  channel: 'WEB',
  answeredAt: '2026-12-01T01:00:00.000Z',
  planCode: 'BASIC',
  stage: 'ACTIVE',
  respondent: null,
  customer: { __typename: 'Customer', ...customer },
});

const commentsMock = (filter: object, nodes: object[]) => ({
  request: { query: SurveyCommentsDocument, variables: { first: 20, after: null, filter } },
  result: {
    data: {
      surveyComments: {
        __typename: 'SurveyResponseConnection',
        totalCount: nodes.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: nodes.map((node) => ({ __typename: 'SurveyResponseEdge', node })),
      },
    },
  },
});

const ours = answer('R1', '導入支援が手厚い', { id: CUSTOMER, name: '株式会社青空商事' });
const theirs = answer('R2', '画面が見やすい', { id: 'Q3VzdG9tZXI6Mg==', name: '有限会社若葉工業' });

/** A dashboard's filters and answers as the page wires them, the figures left out. */
function Dashboard() {
  const [params, setParams] = useSurveyParams();
  const location = useLocation();
  return (
    <>
      <SurveyDashboardLayout
        kind="NPS"
        params={params}
        onChange={setParams}
        loading={false}
        fresh
        error={null}
        onRetry={() => {}}
      >
        {null}
      </SurveyDashboardLayout>
      <output data-testid="location">{location.search}</output>
    </>
  );
}

function renderDashboard(search: string, mocks: object[]) {
  return renderWithProviders(
    <Routes>
      <Route path="/surveys/nps" element={<Dashboard />} />
    </Routes>,
    { route: `/surveys/nps${search}`, mocks: [plansMock, customerMock, ...mocks] as never },
  );
}

describe('a survey dashboard narrowed to one customer', () => {
  it('lists the answers of the customer the URL names, shown as a tag with its name', async () => {
    renderDashboard(`?customer=${encodeURIComponent(CUSTOMER)}`, [
      commentsMock({ kind: 'NPS', customerIds: [CUSTOMER] }, [ours]),
    ]);
    const table = await screen.findByTestId('survey-comments');
    expect(await within(table).findByText('導入支援が手厚い')).toBeInTheDocument();
    const tag = await screen.findByTestId('customer-filter');
    await within(tag).findByText('顧客: 株式会社青空商事');
  });

  it('drops the customer from the URL and the answers when its tag is closed', async () => {
    renderDashboard(`?customer=${encodeURIComponent(CUSTOMER)}&stages=ACTIVE`, [
      commentsMock({ kind: 'NPS', stages: ['ACTIVE'], customerIds: [CUSTOMER] }, [ours]),
      commentsMock({ kind: 'NPS', stages: ['ACTIVE'] }, [ours, theirs]),
    ]);
    await screen.findByText('顧客: 株式会社青空商事');
    await userEvent.click(screen.getByRole('button', { name: '顧客の絞り込みを解除' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('?stages=ACTIVE'));
    expect(screen.queryByTestId('customer-filter')).toBeNull();
    expect(await screen.findByText('画面が見やすい')).toBeInTheDocument();
  });
});
