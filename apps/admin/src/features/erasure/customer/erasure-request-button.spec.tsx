import { isoDateJst } from '@kizuna/domain';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useParams } from 'react-router';
import { RequestErasureDocument, type CustomerErasureFragment } from '../../../gql/graphql';
import { openRequestMock } from '../../../test/open-request';
import { renderWithProviders } from '../../../test/render';
import { viewerMock } from '../../../test/viewer';
import { useViewer } from '../../../app/auth/use-viewer';
import { ErasureRequestButton } from './erasure-request-button';

const operator = () =>
  viewerMock(['OPERATOR'], ['customers:read', 'customers:write', 'provisioning:write']);
const analyst = () => viewerMock(['ANALYST'], ['customers:read', 'provisioning:read']);

const churned: CustomerErasureFragment = {
  id: 'C1',
  name: '株式会社テスト',
  corporateNumber: '7010001008844',
  stage: 'CHURNED',
  erasureDueAt: '2027-01-02T15:00:00.000Z',
  scheduledChanges: [],
  stageHistory: [],
  deletionCertificate: null,
};

/** Shows when the viewer has arrived, so that a missing button is not merely a slow one. */
function ViewerProbe() {
  const { viewer } = useViewer();
  return viewer ? <p>viewer {viewer.roles.join(' ')}</p> : null;
}

function RequestPage() {
  return <p>request {useParams().id}</p>;
}

function renderButton(customer: CustomerErasureFragment, mocks: object[]) {
  return renderWithProviders(
    <Routes>
      <Route
        path="/customers/:id"
        element={
          <>
            <ViewerProbe />
            <ErasureRequestButton customer={customer} />
          </>
        }
      />
      <Route path="/requests/:id" element={<RequestPage />} />
    </Routes>,
    {
      route: `/customers/${customer.id}`,
      mocks: [openRequestMock(customer.id), ...mocks] as never,
    },
  );
}

const erasureMock = (request: { id: string } | null, userErrors: object[] = []) => ({
  request: {
    query: RequestErasureDocument,
    variables: { input: { customerId: 'C1', effectiveDate: isoDateJst(new Date()) } },
  },
  result: {
    data: {
      requestErasure: {
        __typename: 'RequestErasurePayload',
        request: request && {
          __typename: 'ProvisioningRequest',
          kind: 'ERASURE',
          status: 'PENDING_CHECK',
          ...request,
        },
        userErrors: userErrors.map((e) => ({ __typename: 'UserError', ...e })),
      },
    },
  },
});

const fieldOf = (label: string) =>
  screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;

describe('ErasureRequestButton', () => {
  it('explains what is erased and kept, sends today by default and opens the request', async () => {
    const user = userEvent.setup();
    renderButton(churned, [operator(), erasureMock({ id: 'R7' })]);
    await user.click(await screen.findByRole('button', { name: /個人情報の消去を申請/ }));
    const dialog = await screen.findByRole('dialog');
    const scope = within(dialog).getByTestId('erasure-scope');
    expect(scope).toHaveTextContent('担当者情報');
    expect(scope).toHaveTextContent('アンケート回答者（氏名・メールアドレス）');
    expect(scope).toHaveTextContent('契約・請求記録');
    expect(scope).toHaveTextContent('帳簿書類の保存義務（法人税法）');
    expect(within(dialog).getByLabelText('適用日')).toHaveValue(
      isoDateJst(new Date()).replaceAll('-', '/'),
    );
    await user.click(within(dialog).getByRole('button', { name: 'ダブルチェックに回す' }));
    expect(await screen.findByText('request R7')).toBeInTheDocument();
  });

  it('shows the API’s refusals on the field they name, the rest above the buttons', async () => {
    const user = userEvent.setup();
    renderButton(churned, [
      operator(),
      erasureMock(null, [
        {
          code: 'DATE_IN_PAST',
          field: 'effectiveDate',
          message: '適用日は今日以降にしてください。',
        },
        { code: 'NOT_CHURNED', field: 'customerId', message: '解約済みの顧客ではありません。' },
      ]),
    ]);
    await user.click(await screen.findByRole('button', { name: /個人情報の消去を申請/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'ダブルチェックに回す' }));
    expect(
      await within(fieldOf('適用日')).findByText('適用日は今日以降にしてください。'),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('alert')).toHaveTextContent('解約済みの顧客ではありません。');
    expect(screen.queryByText(/^request /)).toBeNull();
  });

  it.each([
    ['an analyst', analyst(), churned],
    ['an active customer', operator(), { ...churned, stage: 'ACTIVE' as const }],
    [
      'an erasure already scheduled',
      operator(),
      {
        ...churned,
        scheduledChanges: [
          {
            __typename: 'ProvisioningRequest' as const,
            id: 'R1',
            kind: 'ERASURE' as const,
            effectiveDate: '2027-01-20',
          },
        ],
      },
    ],
  ])('is not offered to %s', async (_case, viewer, customer) => {
    renderButton(customer, [viewer]);
    await screen.findByText(/^viewer /);
    expect(screen.queryByRole('button', { name: /個人情報の消去を申請/ })).toBeNull();
  });
});
