import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminApiKeysDocument, CreateApiKeyDocument } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render';
import { ApiKeysPage } from './api-keys.page';

const SECRET = 'kz_live_3f9a7c1e5b2d4a6f8e0c9b7a5d3f1e2c';

const keys = (nodes: object[]) => ({
  request: {
    query: AdminApiKeysDocument,
    variables: { first: 30, after: null, filter: { includeRevoked: false } },
  },
  result: {
    data: {
      apiKeys: {
        __typename: 'ApiKeyConnection',
        totalCount: nodes.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: nodes.map((node) => ({ __typename: 'ApiKeyEdge', node })),
      },
    },
  },
});

const newKey = {
  __typename: 'ApiKey',
  id: 'QXBpS2V5Ojc=',
  name: '請求システム連携',
  scopes: ['customers:read', 'surveys:write'],
  keyPrefix: 'kz_live_3f9a',
  createdAt: '2026-04-01T00:30:00.000Z',
  expiresAt: null,
  lastUsedAt: null,
  revokedAt: null,
  createdBy: { __typename: 'StaffMember', displayName: '佐藤 一郎' },
};

const createKey = {
  request: {
    query: CreateApiKeyDocument,
    variables: {
      input: {
        name: '請求システム連携',
        scopes: ['customers:read', 'surveys:write'],
        expiresAt: null,
      },
    },
  },
  result: {
    data: {
      createApiKey: {
        __typename: 'CreateApiKeyPayload',
        key: SECRET,
        apiKeyId: newKey.id,
        userErrors: [],
      },
    },
  },
};

jest.setTimeout(60_000);

describe('API key creation', () => {
  it('shows the new key once, with a copy button and a warning, and forgets it when closed', async () => {
    renderWithProviders(<ApiKeysPage />, { mocks: [keys([]), createKey, keys([newKey])] });
    const user = userEvent.setup({ delay: null });
    expect(await screen.findByText('APIキーはありません。')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'APIキーを作成' }));
    const form = await screen.findByRole('form', { name: 'APIキーを作成' });
    await user.type(within(form).getByLabelText('名前'), ' 請求システム連携 ');
    await user.click(within(form).getByRole('checkbox', { name: /surveys:write/ }));
    await user.click(within(form).getByRole('checkbox', { name: /customers:read/ }));
    await user.click(within(form).getByRole('button', { name: 'APIキーを作成' }));

    const dialog = await screen.findByRole('dialog', { name: 'APIキーを作成しました' });
    expect(within(dialog).getByDisplayValue(SECRET)).toBeInTheDocument();
    expect(within(dialog).getByRole('alert')).toHaveTextContent('このキーは今だけ表示されます');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('二度と表示できません');

    await user.click(within(dialog).getByRole('button', { name: /コピー/ }));
    await waitFor(async () => expect(await navigator.clipboard.readText()).toBe(SECRET));

    // Escape does not throw the key away by accident: closing is a deliberate click.
    await user.keyboard('{Escape}');
    expect(screen.getByDisplayValue(SECRET)).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: '保管しました（閉じる）' }));
    await waitFor(() => expect(screen.queryByDisplayValue(SECRET)).toBeNull());
    // The list is read again and shows the key by its prefix only.
    expect(await screen.findByText('請求システム連携')).toBeInTheDocument();
    expect(screen.getByText('kz_live_3f9a…')).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(SECRET);

    // Creating again starts from an empty form: the key is not shown a second time.
    await user.click(screen.getByRole('button', { name: 'APIキーを作成' }));
    expect(await screen.findByRole('form', { name: 'APIキーを作成' })).toBeInTheDocument();
    expect(screen.queryByDisplayValue(SECRET)).toBeNull();
  });

  it('refuses a key without a scope on its field, without calling the API', async () => {
    renderWithProviders(<ApiKeysPage />, { mocks: [keys([])] });
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'APIキーを作成' }));
    const form = await screen.findByRole('form', { name: 'APIキーを作成' });
    await user.type(within(form).getByLabelText('名前'), 'テスト');
    await user.click(within(form).getByRole('button', { name: 'APIキーを作成' }));
    const scopes = within(form).getByText('スコープ').closest('.ant-form-item') as HTMLElement;
    expect(await within(scopes).findByText('入力してください。')).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'APIキーを作成しました' })).toBeNull();
  });
});
