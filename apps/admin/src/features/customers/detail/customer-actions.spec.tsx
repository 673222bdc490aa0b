import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useParams } from 'react-router';
import {
  CustomerRequestSecondTrialDocument,
  CustomerRequestTrialExtensionDocument,
  CustomerStartTrialDocument,
  type CustomerActionsFragment,
} from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render';
import { viewerMock } from '../../../test/viewer';
import { openRequestMock } from '../../../test/open-request';
import { OpenRequestNotice } from '../../provisioning/shared/open-request';
import { CustomerActions } from './customer-actions';

const operator = () =>
  viewerMock(['OPERATOR'], ['customers:read', 'customers:write', 'provisioning:write']);

const trialCustomer: CustomerActionsFragment = {
  id: 'C1',
  name: '株式会社テスト',
  stage: 'TRIAL',
  trialStartedAt: '2025-04-01T00:00:00.000Z',
  trialEndsAt: '2099-05-01T00:00:00.000Z',
  trialExpiredAt: null,
  isTrialExpired: false,
  trialExtendedDays: 10,
  subscription: null,
};
const expiredLead: CustomerActionsFragment = {
  ...trialCustomer,
  stage: 'LEAD',
  trialExpiredAt: '2025-05-01T00:00:00.000Z',
  isTrialExpired: true,
};

function RequestPage() {
  return <p>request {useParams().id}</p>;
}

function renderActions(
  customer: CustomerActionsFragment,
  mocks: readonly MockLink.MockedResponse[] = [],
  openRequest: Parameters<typeof openRequestMock>[1] = null,
) {
  return renderWithProviders(
    <Routes>
      <Route
        path="/customers/:id"
        element={
          <>
            <CustomerActions customer={customer} />
            <OpenRequestNotice customerId={customer.id} />
          </>
        }
      />
      <Route path="/requests/:id" element={<RequestPage />} />
    </Routes>,
    {
      route: `/customers/${customer.id}`,
      mocks: [operator(), openRequestMock(customer.id, openRequest), ...mocks],
    },
  );
}

const payload = (typename: string, request: { id: string } | null, userErrors: object[] = []) => ({
  __typename: typename,
  request: request && { __typename: 'ProvisioningRequest', status: 'PENDING_CHECK', ...request },
  userErrors: userErrors.map((e) => ({ __typename: 'UserError', ...e })),
});

/** The antd Form.Item (label, control and its messages) of the field labelled so. */
const fieldOf = (label: string) =>
  screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;

describe('CustomerActions', () => {
  it('asks to extend a trial within the remaining allowance and opens the new request', async () => {
    const user = userEvent.setup();
    renderActions(trialCustomer, [
      {
        request: {
          query: CustomerRequestTrialExtensionDocument,
          variables: { input: { customerId: 'C1', days: 14, reason: '稟議に時間がかかる' } },
        },
        result: {
          data: {
            requestTrialExtension: payload('RequestTrialExtensionPayload', { id: 'R9' }),
          },
        },
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'トライアル延長を申請' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('trial-extension-allowance')).toHaveTextContent(
      '延長できる残り日数: 20日（延長済み10日）',
    );
    await user.type(within(dialog).getByLabelText('延長日数'), '14');
    await user.type(within(dialog).getByLabelText('理由'), '稟議に時間がかかる');
    await user.click(within(dialog).getByRole('button', { name: 'ダブルチェックに回す' }));
    expect(await screen.findByText('request R9')).toBeInTheDocument();
  });

  it('refuses more days than are left before sending, on the days field', async () => {
    const user = userEvent.setup();
    // No mutation mocked: a request would fail the test.
    renderActions(trialCustomer);
    await user.click(await screen.findByRole('button', { name: 'トライアル延長を申請' }));
    const dialog = await screen.findByRole('dialog');
    const days = within(dialog).getByLabelText('延長日数');
    await user.type(days, '25');
    await user.type(within(dialog).getByLabelText('理由'), '理由');
    await user.click(within(dialog).getByRole('button', { name: 'ダブルチェックに回す' }));
    expect(
      await within(fieldOf('延長日数')).findByText(
        'トライアルの延長は合計30日までです（延長済み10日）。',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/^request /)).toBeNull();
  });

  it('asks for a second trial for a lead whose trial expired, showing the API’s refusals', async () => {
    const user = userEvent.setup();
    renderActions(expiredLead, [
      {
        request: {
          query: CustomerRequestSecondTrialDocument,
          variables: { input: { customerId: 'C1', reason: '予算が確保できた' } },
        },
        result: {
          data: {
            requestSecondTrial: payload('RequestSecondTrialPayload', null, [
              { code: 'TOO_LONG', field: 'reason', message: '理由が長すぎます。' },
              {
                code: 'DUPLICATE_PENDING',
                field: 'customerId',
                message: '処理中の申請があります。',
              },
            ]),
          },
        },
      },
    ]);
    expect(screen.queryByRole('button', { name: 'トライアルを開始' })).toBeNull();
    await user.click(await screen.findByRole('button', { name: '再トライアルを申請' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('理由'), '予算が確保できた');
    await user.click(within(dialog).getByRole('button', { name: 'ダブルチェックに回す' }));
    expect(await within(fieldOf('理由')).findByText('理由が長すぎます。')).toBeInTheDocument();
    expect(dialog).toHaveTextContent('処理中の申請があります。');
    expect(screen.queryByText(/^request /)).toBeNull();
  });

  it('starts the first trial of a lead at once', async () => {
    const user = userEvent.setup();
    const lead: CustomerActionsFragment = {
      ...trialCustomer,
      stage: 'LEAD',
      trialStartedAt: null,
      trialEndsAt: null,
      trialExtendedDays: 0,
    };
    const started = jest.fn(() => ({
      data: {
        startTrial: {
          __typename: 'StartTrialPayload',
          customer: { __typename: 'Customer', id: 'C1', stage: 'TRIAL' },
          userErrors: [],
        },
      },
    }));
    renderActions(lead, [
      {
        request: { query: CustomerStartTrialDocument, variables: { input: { customerId: 'C1' } } },
        result: started,
      },
    ]);
    expect(screen.queryByRole('button', { name: '再トライアルを申請' })).toBeNull();
    await user.click(await screen.findByRole('button', { name: 'トライアルを開始' }));
    // The confirmation's own button.
    const buttons = await screen.findAllByRole('button', { name: 'トライアルを開始' });
    await user.click(buttons[buttons.length - 1]!);
    await waitFor(() => expect(started).toHaveBeenCalled());
  });

  it('disables the request up front while another request is open, saying why and linking it', async () => {
    const user = userEvent.setup();
    // No mutation mocked: nothing may be sent.
    renderActions(trialCustomer, [], { id: 'R5', kind: 'CONVERSION', status: 'RETURNED' });
    const notice = await screen.findByTestId('open-request-notice');
    expect(notice).toHaveTextContent('処理中の申請があるため、この顧客の変更は申請できません');
    expect(notice).toHaveTextContent('本契約への移行の申請が「差し戻し」です。');
    const button = screen.getByRole('button', { name: 'トライアル延長を申請' });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('aria-describedby', notice.id);
    await user.click(within(notice).getByRole('link', { name: '処理中の申請を開く' }));
    expect(await screen.findByText('request R5')).toBeInTheDocument();
  });
});
