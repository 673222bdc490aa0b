import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { CustomerSuccessDocument, SegmentCustomersDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/render';
import { viewerMock } from '../../test/viewer';
import { CustomerSuccessPage } from './customer-success.page';

const ANALYST = viewerMock(['ANALYST'], ['customers:read', 'surveys:read', 'revenue:read']);

const components = (values: Record<string, number | null>) =>
  Object.entries(values).map(([key, value]) => ({
    __typename: 'HealthComponent',
    key,
    label: { USAGE: '利用の推移', SURVEYS: 'アンケート', SLA: 'SLA' }[key] ?? key,
    value,
    missing: value === null,
  }));

const customer = (
  id: string,
  name: string,
  score: number,
  values: Record<string, number | null>,
) => ({
  __typename: 'Customer',
  id,
  name,
  stage: 'ACTIVE',
  health: {
    __typename: 'HealthScore',
    score,
    band: score >= 70 ? 'GOOD' : score >= 40 ? 'WATCH' : 'AT_RISK',
    components: components(values),
  },
});

const cell = (stage: string, npsBand: string, customers: number, movedIn = 0, movedOut = 0) => ({
  __typename: 'SegmentCell',
  stage,
  npsBand,
  customers,
  movedIn,
  movedOut,
});

const histogram = (counts: number[]) =>
  counts.map((customers, i) => ({ __typename: 'HealthScoreBucket', from: i * 10, customers }));

function summaryMock({
  bands = [20, 10, 5],
  unscored = 3,
  buckets = [1, 2, 1, 1, 3, 4, 3, 5, 10, 5],
  cells = [cell('TRIAL', 'NO_NPS', 7, 2, 1), cell('RENEWAL', 'DETRACTOR', 4, 1, 0)],
  atRisk = [
    customer('C1', '株式会社あおば商事', 12.5, { USAGE: 30, SURVEYS: 0, SLA: null }),
    customer('C2', '北斗工業株式会社', 31, { USAGE: 10, SURVEYS: 55, SLA: 80 }),
  ],
}: {
  bands?: number[];
  unscored?: number;
  buckets?: number[];
  cells?: object[];
  atRisk?: object[];
} = {}) {
  return {
    request: { query: CustomerSuccessDocument },
    result: {
      data: {
        healthSettings: { __typename: 'HealthSettings', goodAtLeast: 70, watchAtLeast: 40 },
        customerHealthSummary: {
          __typename: 'CustomerHealthSummary',
          bands: ['GOOD', 'WATCH', 'AT_RISK'].map((band, i) => ({
            __typename: 'HealthBandCount',
            band,
            customers: bands[i],
          })),
          unscored,
          scoreHistogram: histogram(buckets),
          touchModels: [
            {
              __typename: 'TouchModelCount',
              touchModel: 'HIGH_TOUCH',
              customers: 6,
              overridden: 2,
            },
            {
              __typename: 'TouchModelCount',
              touchModel: 'LOW_TOUCH',
              customers: 20,
              overridden: 0,
            },
            {
              __typename: 'TouchModelCount',
              touchModel: 'TECH_TOUCH',
              customers: 9,
              overridden: 1,
            },
          ],
        },
        customerSegmentMap: { __typename: 'CustomerSegmentMap', comparedWith: '2026-11', cells },
        atRisk: {
          __typename: 'CustomerConnection',
          totalCount: atRisk.length,
          edges: atRisk.map((node) => ({ __typename: 'CustomerEdge', node })),
        },
      },
    },
  };
}

const segmentMock = (stage: string, npsBand: string, nodes: object[]) => ({
  request: {
    query: SegmentCustomersDocument,
    variables: { segment: { stage, npsBand }, first: 20 },
  },
  result: {
    data: {
      customers: {
        __typename: 'CustomerConnection',
        totalCount: nodes.length,
        edges: nodes.map((node) => ({ __typename: 'CustomerEdge', node })),
      },
    },
  },
});

function Where() {
  return <output data-testid="location">{useLocation().search}</output>;
}

function renderPage(mocks: object[], search = '', language: 'ja' | 'en' = 'ja') {
  return renderWithProviders(
    <Routes>
      <Route
        path="/customer-success"
        element={
          <>
            <CustomerSuccessPage />
            <Where />
          </>
        }
      />
    </Routes>,
    { route: `/customer-success${search}`, mocks: mocks as never, language },
  );
}

describe('CustomerSuccessPage', () => {
  it('shows the bands with shares, the histogram, the touch models and the at-risk list', async () => {
    renderPage([ANALYST, summaryMock()]);
    const distribution = await screen.findByTestId('health-distribution');
    expect(within(screen.getByTestId('band-GOOD')).getByText('20')).toBeInTheDocument();
    expect(screen.getByTestId('band-GOOD')).toHaveTextContent('57%');
    expect(screen.getByTestId('band-AT_RISK')).toHaveTextContent('5');
    expect(screen.getByTestId('unscored')).toHaveTextContent('未算出 3社');
    const buckets = within(screen.getByTestId('score-histogram')).getAllByRole('listitem');
    expect(buckets).toHaveLength(10);
    expect(buckets[9]).toHaveAccessibleName('90〜100点: 5社');
    expect(buckets[0]).toHaveAccessibleName('0〜9点: 1社');
    // 35 scored customers: not a small sample.
    expect(within(distribution).queryByTestId('small-sample')).toBeNull();

    const touch = screen.getByTestId('touch-models');
    expect(within(touch).getByText('ハイタッチ').closest('tr')).toHaveTextContent('6（17%）2');

    // Lowest score first, each with the signal that pulls it down most (missing ones skipped).
    const rows = within(screen.getByTestId('at-risk-table')).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('株式会社あおば商事');
    expect(rows[0]).toHaveTextContent('12.5');
    expect(rows[0]).toHaveTextContent('アンケート（0.0）');
    expect(rows[1]).toHaveTextContent('利用の推移（10.0）');
    expect(within(rows[0]!).getByRole('link', { name: '株式会社あおば商事' })).toHaveAttribute(
      'href',
      '/customers/C1',
    );
  });

  it('lays out the map with counts and moves; a cell lists its customers (keyboard)', async () => {
    const user = userEvent.setup();
    renderPage([
      ANALYST,
      summaryMock(),
      segmentMock('TRIAL', 'NO_NPS', [
        customer('C9', '南風トレーディング', 82, { USAGE: 90, SURVEYS: null }),
      ]),
    ]);
    const map = await screen.findByTestId('segment-map');
    expect(within(map).getAllByRole('button')).toHaveLength(12);
    expect(map).toHaveTextContent('2026年11月末との比較');
    const trialNoNps = screen.getByTestId('cell-TRIAL-NO_NPS');
    expect(trialNoNps).toHaveAccessibleDescription(
      'トライアル・NPSなし：7社。先月末から 2社が入り、1社が出ました',
    );
    expect(trialNoNps).toHaveTextContent('+2 / −1');
    expect(trialNoNps).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByTestId('cell-RENEWAL-DETRACTOR')).toHaveTextContent('4');
    expect(screen.getByTestId('cell-ACTIVE-PROMOTER')).toHaveTextContent('0');
    expect(screen.queryByTestId('segment-customers')).toBeNull();

    trialNoNps.focus();
    await user.keyboard('{Enter}');
    const list = await screen.findByTestId('segment-customers');
    expect(
      within(list).getByRole('heading', { name: 'トライアル・NPSなし の顧客' }),
    ).toBeInTheDocument();
    expect(await within(list).findByText('南風トレーディング')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('?cell=TRIAL.NO_NPS');
    expect(screen.getByTestId('cell-TRIAL-NO_NPS')).toHaveAttribute('aria-pressed', 'true');

    await user.click(within(list).getByRole('button', { name: '閉じる' }));
    expect(screen.queryByTestId('segment-customers')).toBeNull();
    expect(screen.getByTestId('location')).toHaveTextContent('');
  });

  it('says so when there is nothing to show, and marks small samples', async () => {
    renderPage([
      ANALYST,
      summaryMock({
        bands: [0, 0, 0],
        unscored: 0,
        buckets: Array(10).fill(0),
        cells: [],
        atRisk: [],
      }),
    ]);
    expect(await screen.findByText('スコアのある顧客はまだいません。')).toBeInTheDocument();
    expect(screen.queryByTestId('score-histogram')).toBeNull();
    expect(screen.getByText('解約リスクの顧客はいません。')).toBeInTheDocument();
    expect(screen.getByText(/マップに載る顧客.*まだいません/)).toBeInTheDocument();
  });

  it('marks figures over fewer than 30 customers as indicative', async () => {
    renderPage([ANALYST, summaryMock({ bands: [5, 3, 2] })]);
    const distribution = await screen.findByTestId('health-distribution');
    expect(within(distribution).getByTestId('small-sample')).toHaveTextContent('参考値');
    // 11 customers on the map, 35 in the touch models.
    expect(
      within(screen.getByTestId('segment-map')).getByTestId('small-sample'),
    ).toBeInTheDocument();
    expect(within(screen.getByTestId('touch-models')).queryByTestId('small-sample')).toBeNull();
  });

  it('reads in English', async () => {
    renderPage([ANALYST, summaryMock()], '', 'en');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Customer health' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('cell-TRIAL-NO_NPS')).toHaveAccessibleDescription(
      'Trial · No NPS: 7 customers. 2 moved in and 1 moved out since last month’s end',
    );
  });

  it('is refused to roles other than analyst and admin, without asking for the figures', async () => {
    renderPage([viewerMock(['OPERATOR'], ['customers:read', 'tasks:read'])]);
    expect(
      await screen.findByText('このページはアナリストと管理者のロールで表示できます'),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('segment-map')).toBeNull();
  });
});
