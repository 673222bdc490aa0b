import { userError } from '@kizuna/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useParams } from 'react-router';
import {
  CustomerSelectChosenDocument,
  CustomerSelectDocument,
  RecordNearMissDocument,
  type RecordNearMissInput,
  RequestSelectChosenDocument,
  RequestSelectDocument,
} from '../../../gql/graphql';
import type { MockLink } from '@apollo/client/testing';
import { renderWithProviders } from '../../../test/render';
import { viewerMock as viewer } from '../../../test/viewer';
import { RecordNearMissForm } from './record-near-miss-form';
import { RecordNearMissPage } from './record-near-miss.page';

/** The antd Form.Item (label, control and its messages) of the field labelled so. */
const fieldOf = (label: string) =>
  screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;

/** The mutation, answered so, when its input has these values (and an occurrence time in JST). */
function recordNearMiss(expected: Partial<RecordNearMissInput>, answer: object) {
  return {
    request: {
      query: RecordNearMissDocument,
      variables: ({ input }: { input: RecordNearMissInput }) =>
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+09:00$/.test(input.occurredAt ?? '') &&
        Object.entries(expected).every(
          ([key, value]) =>
            JSON.stringify(input[key as keyof RecordNearMissInput]) === JSON.stringify(value),
        ),
    },
    result: answer,
  };
}

const refusal = (code: string, field: string | null, message: string) => ({
  __typename: 'UserError',
  code,
  field,
  message,
});

const customer = {
  __typename: 'Customer',
  id: 'Q3VzdG9tZXI6MQ==',
  name: '株式会社サンプル',
  corporateNumber: '1234567890123',
};

const customerSearch = (search: string) => ({
  request: { query: CustomerSelectDocument, variables: { search } },
  result: {
    data: {
      customers: {
        __typename: 'CustomerConnection',
        edges: [{ __typename: 'CustomerEdge', node: customer }],
      },
    },
  },
});

const REQUEST_ID = 'UHJvdmlzaW9uaW5nUmVxdWVzdDo3';
const REQUEST_LABEL = '本契約への移行・確認待ち・2026/04/01 09:30・佐藤 一郎';

/** A request as RequestSelect reads it, of the customer given. */
const requestNode = (id: string, customerId: string) => ({
  __typename: 'ProvisioningRequest',
  id,
  kind: 'CONVERSION',
  status: 'PENDING_CHECK',
  createdAt: '2026-04-01T00:30:00.000Z',
  customer: { __typename: 'Customer', id: customerId },
  maker: { __typename: 'StaffMember', id: 'U3RhZmY6MQ==', displayName: '佐藤 一郎' },
});

/** node(id) answering with a request of `customerId`. */
const chosenRequest = (id: string, customerId: string) => ({
  request: { query: RequestSelectChosenDocument, variables: { id } },
  result: { data: { node: requestNode(id, customerId) } },
});

/** The record page opened from a request's page: that request and the sample customer chosen. */
const openedFromRequest = (requestId: string, ...mocks: MockLink.MockedResponse[]) => ({
  route: `/near-misses/new?customerId=${encodeURIComponent(customer.id)}&requestId=${requestId}`,
  mocks: [
    viewer(['OPERATOR'], ['provisioning:read', 'near-misses:write']),
    chosenCustomer,
    customerRequests,
    ...mocks,
  ],
});

const chosenCustomer = {
  request: { query: CustomerSelectChosenDocument, variables: { id: customer.id } },
  result: { data: { customer } },
};
/** The customer's requests: one shown of two (the list shows the newest). */
const customerRequests = {
  request: { query: RequestSelectDocument, variables: { customerId: customer.id } },
  result: {
    data: {
      provisioningRequests: {
        __typename: 'ProvisioningRequestConnection',
        totalCount: 2,
        edges: [
          {
            __typename: 'ProvisioningRequestEdge',
            node: requestNode(REQUEST_ID, customer.id),
          },
        ],
      },
    },
  },
};

// antd's forms are slow in jsdom on a 2-core machine.
jest.setTimeout(60_000);

describe('RecordNearMissForm', () => {
  it('focuses the first field and refuses an empty description without calling the API', async () => {
    const onRecorded = jest.fn();
    // No mocks: any request would fail (and show an error).
    renderWithProviders(<RecordNearMissForm onRecorded={onRecorded} />);
    expect(screen.getByLabelText('区分')).toHaveFocus();
    const user = userEvent.setup({ delay: null });
    await user.type(screen.getByLabelText('内容'), '   ');
    await user.click(screen.getByRole('button', { name: '記録する' }));

    expect(
      await within(fieldOf('内容')).findByText(userError('REQUIRED').message.ja),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('内容')).toHaveFocus());
    expect(screen.queryByText('記録できませんでした')).toBeNull();
    expect(onRecorded).not.toHaveBeenCalled();
  });

  it('puts the API’s userErrors on the fields they name, and the others above the button', async () => {
    const onRecorded = jest.fn();
    renderWithProviders(<RecordNearMissForm onRecorded={onRecorded} />, {
      mocks: [
        recordNearMiss(
          {
            kind: 'NEAR_MISS',
            description: '請求書の宛名を取り違えかけた',
            countermeasure: '照合する',
          },
          {
            data: {
              recordNearMiss: {
                __typename: 'RecordNearMissPayload',
                nearMiss: null,
                userErrors: [
                  refusal('TOO_LONG', 'countermeasure', '2000文字以内で入力してください。'),
                  refusal('FORBIDDEN', null, 'この操作を行う権限がありません。'),
                ],
              },
            },
          },
        ),
      ],
    });
    const user = userEvent.setup({ delay: null });
    await user.type(screen.getByLabelText('内容'), ' 請求書の宛名を取り違えかけた ');
    await user.type(screen.getByLabelText('再発防止策'), '照合する');
    await user.click(screen.getByRole('button', { name: '記録する' }));

    expect(
      await within(fieldOf('再発防止策')).findByText('2000文字以内で入力してください。'),
    ).toBeInTheDocument();
    expect(within(fieldOf('内容')).queryByRole('alert')).toBeNull();
    const general = screen.getByText('記録できませんでした').closest('.ant-alert');
    expect(general).toHaveTextContent('この操作を行う権限がありません。');
    expect(onRecorded).not.toHaveBeenCalled();

    // Editing the refused field takes its refusal away.
    await user.type(screen.getByLabelText('再発防止策'), 'こと');
    await waitFor(() =>
      expect(
        within(fieldOf('再発防止策')).queryByText('2000文字以内で入力してください。'),
      ).toBeNull(),
    );
  });

  it('offers a related request only among the chosen customer’s', async () => {
    renderWithProviders(<RecordNearMissForm onRecorded={jest.fn()} />, {
      mocks: [customerSearch('サンプル'), customerRequests],
    });
    const user = userEvent.setup({ delay: null });
    const request = screen.getByLabelText('関連する申請');
    expect(request).toBeDisabled();
    expect(fieldOf('関連する申請')).toHaveTextContent('先に顧客を選んでください');

    await user.type(screen.getByLabelText('顧客'), 'サンプル');
    await user.click(await screen.findByTitle('株式会社サンプル'));
    await waitFor(() => expect(screen.getByLabelText('関連する申請')).toBeEnabled());
    await user.click(screen.getByLabelText('関連する申請'));
    const option = await screen.findByTitle(REQUEST_LABEL);
    expect(option).toHaveTextContent('佐藤 一郎');
    expect(screen.getByText('新しい 1 件を表示しています。')).toBeInTheDocument();
  });

  it('shows an unexpected failure with the request id to quote', async () => {
    renderWithProviders(<RecordNearMissForm onRecorded={jest.fn()} />, {
      mocks: [
        recordNearMiss(
          { description: 'テスト' },
          {
            data: null,
            errors: [
              {
                message: 'Internal server error. Quote the request id when you contact support.',
                extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-7f3a' },
              },
            ],
          },
        ),
      ],
    });
    const user = userEvent.setup({ delay: null });
    await user.type(screen.getByLabelText('内容'), 'テスト');
    await user.click(screen.getByRole('button', { name: '記録する' }));
    const general = (await screen.findByText('記録できませんでした')).closest('.ant-alert');
    expect(general).toHaveTextContent('リクエストID req-7f3a');
  });
});

describe('RecordNearMissPage', () => {
  function DetailStub() {
    const { id } = useParams();
    return <p>detail of {id}</p>;
  }
  const app = (
    <Routes>
      <Route path="/near-misses/new" element={<RecordNearMissPage />} />
      <Route path="/near-misses/:id" element={<DetailStub />} />
    </Routes>
  );

  it('records with the customer found by search, then opens the new near-miss', async () => {
    renderWithProviders(app, {
      route: '/near-misses/new',
      mocks: [
        viewer(['CHECKER'], ['provisioning:read', 'near-misses:write']),
        customerSearch('サンプル'),
        recordNearMiss(
          {
            kind: 'INCIDENT',
            description: '別の顧客に案内を送った',
            customerId: customer.id,
            causeCategory: null,
            requestId: null,
          },
          {
            data: {
              recordNearMiss: {
                __typename: 'RecordNearMissPayload',
                nearMiss: { __typename: 'NearMiss', id: 'TmVhck1pc3M6OQ==', kind: 'INCIDENT' },
                userErrors: [],
              },
            },
          },
        ),
      ],
    });
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByLabelText('区分'));
    await user.click(await screen.findByTitle('インシデント'));
    await user.type(screen.getByLabelText('内容'), '別の顧客に案内を送った');

    await user.type(screen.getByLabelText('顧客'), 'サンプル');
    const option = await screen.findByTitle('株式会社サンプル');
    expect(option).toHaveTextContent('1234567890123');
    await user.click(option);

    await user.click(screen.getByRole('button', { name: '記録する' }));
    expect(await screen.findByText('detail of TmVhck1pc3M6OQ==')).toBeInTheDocument();
    expect(await screen.findByText('ヒヤリ・ハットを記録しました。')).toBeInTheDocument();
  });

  it('opened from a request: its customer and the request chosen, shown by their labels', async () => {
    const recorded = {
      data: {
        recordNearMiss: {
          __typename: 'RecordNearMissPayload',
          nearMiss: { __typename: 'NearMiss', id: 'TmVhck1pc3M6MTA=', kind: 'NEAR_MISS' },
          userErrors: [],
        },
      },
    };
    renderWithProviders(
      app,
      openedFromRequest(
        REQUEST_ID,
        recordNearMiss(
          {
            description: '申請の適用日を取り違えかけた',
            customerId: customer.id,
            requestId: REQUEST_ID,
          },
          recorded,
        ),
      ),
    );
    // Both shown by their labels, not their ids.
    expect(await within(fieldOf('顧客')).findByText('株式会社サンプル')).toBeInTheDocument();
    expect(await within(fieldOf('関連する申請')).findByText(REQUEST_LABEL)).toBeInTheDocument();
    const user = userEvent.setup({ delay: null });
    await user.type(screen.getByLabelText('内容'), '申請の適用日を取り違えかけた');
    await user.click(screen.getByRole('button', { name: '記録する' }));
    expect(await screen.findByText('detail of TmVhck1pc3M6MTA=')).toBeInTheDocument();
  });

  it('drops the chosen request when the customer is cleared', async () => {
    renderWithProviders(app, openedFromRequest(REQUEST_ID));
    await within(fieldOf('関連する申請')).findByText(REQUEST_LABEL);
    const user = userEvent.setup({ delay: null });
    const clear = fieldOf('顧客').querySelector('.ant-select-clear') as HTMLElement;
    await user.click(clear);
    await waitFor(() => expect(screen.getByLabelText('関連する申請')).toBeDisabled());
    expect(within(fieldOf('関連する申請')).queryByText(/本契約への移行/)).toBeNull();
  });

  it('reads a chosen request the list does not hold (older than the newest 50)', async () => {
    const older = 'UHJvdmlzaW9uaW5nUmVxdWVzdDox';
    renderWithProviders(app, openedFromRequest(older, chosenRequest(older, customer.id)));
    expect(await within(fieldOf('関連する申請')).findByText(REQUEST_LABEL)).toBeInTheDocument();
    expect(within(fieldOf('関連する申請')).queryByText(older)).toBeNull();
  });

  it('drops a chosen request of another customer: the near-miss is recorded without it', async () => {
    const elsewhere = 'UHJvdmlzaW9uaW5nUmVxdWVzdDo5';
    renderWithProviders(
      app,
      openedFromRequest(
        elsewhere,
        chosenRequest(elsewhere, 'Q3VzdG9tZXI6Mg=='),
        recordNearMiss(
          { description: '確認', customerId: customer.id, requestId: null },
          {
            data: {
              recordNearMiss: {
                __typename: 'RecordNearMissPayload',
                nearMiss: { __typename: 'NearMiss', id: 'TmVhck1pc3M6MTE=', kind: 'NEAR_MISS' },
                userErrors: [],
              },
            },
          },
        ),
      ),
    );
    await within(fieldOf('顧客')).findByText('株式会社サンプル');
    expect(fieldOf('関連する申請')).not.toHaveTextContent(elsewhere);
    const user = userEvent.setup({ delay: null });
    await user.type(screen.getByLabelText('内容'), '確認');
    // Read, found to be another customer's, dropped — and said so.
    expect(
      await within(fieldOf('関連する申請')).findByText(/この顧客のものではない/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '記録する' })); // sends requestId: null
    expect(await screen.findByText('detail of TmVhck1pc3M6MTE=')).toBeInTheDocument();
  });

  it('drops a prefilled customer the API cannot find, instead of showing its id', async () => {
    renderWithProviders(app, {
      route: '/near-misses/new?customerId=bogus',
      mocks: [
        viewer(['OPERATOR'], ['provisioning:read', 'near-misses:write']),
        {
          request: { query: CustomerSelectChosenDocument, variables: { id: 'bogus' } },
          result: {
            errors: [
              { message: 'id is not a Customer id.', extensions: { code: 'BAD_USER_INPUT' } },
            ],
          },
        },
      ],
    });
    // The form's customer is emptied: the request, which needs one, is closed again.
    await waitFor(() => expect(screen.getByLabelText('関連する申請')).toBeDisabled());
    expect(fieldOf('顧客')).toHaveTextContent('会社名・フリガナ・法人番号で検索');
    expect(fieldOf('顧客')).not.toHaveTextContent('bogus');
  });

  it('takes the refusal about a request away with the request when the customer changes', async () => {
    renderWithProviders(
      app,
      openedFromRequest(
        REQUEST_ID,
        recordNearMiss(
          { customerId: customer.id, requestId: REQUEST_ID },
          {
            data: {
              recordNearMiss: {
                __typename: 'RecordNearMissPayload',
                nearMiss: null,
                userErrors: [refusal('OTHER_CUSTOMER', 'requestId', '別の顧客の申請です。')],
              },
            },
          },
        ),
      ),
    );
    await within(fieldOf('関連する申請')).findByText(REQUEST_LABEL);
    const user = userEvent.setup({ delay: null });
    await user.type(screen.getByLabelText('内容'), '確認');
    await user.click(screen.getByRole('button', { name: '記録する' }));
    await within(fieldOf('関連する申請')).findByText('別の顧客の申請です。');

    await user.click(fieldOf('顧客').querySelector('.ant-select-clear') as HTMLElement);
    await waitFor(() =>
      expect(within(fieldOf('関連する申請')).queryByText('別の顧客の申請です。')).toBeNull(),
    );
  });

  it('tells staff who may not record so, without a form', async () => {
    renderWithProviders(app, {
      route: '/near-misses/new',
      mocks: [viewer(['ANALYST'], ['provisioning:read'])],
    });
    expect(await screen.findByText('ヒヤリ・ハットを記録する権限がありません')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '記録する' })).toBeNull();
  });
});
