import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LoginDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/render';
import { LoginForm } from './login-form';

const input = { email: 'operator1@kizuna.example', password: 'wrong-password' };

const refused = {
  request: { query: LoginDocument, variables: { input } },
  result: {
    data: {
      login: {
        __typename: 'LoginPayload',
        token: null,
        expiresAt: null,
        viewer: null,
        userErrors: [
          {
            __typename: 'UserError',
            code: 'INVALID_CREDENTIALS',
            field: null,
            message: 'メールアドレスまたはパスワードが正しくありません。',
          },
        ],
      },
    },
  },
};

const accepted = {
  request: { query: LoginDocument, variables: { input: { ...input, password: 'kizuna-demo' } } },
  result: {
    data: {
      login: {
        __typename: 'LoginPayload',
        token: 'session-token',
        expiresAt: '2030-01-01T00:00:00.000Z',
        viewer: {
          __typename: 'Viewer',
          id: 'V1',
          displayName: 'オペレーター 一郎',
          roles: ['OPERATOR'],
        },
        userErrors: [],
      },
    },
  },
};

async function signIn(password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('メールアドレス'), input.email);
  await user.type(screen.getByLabelText('パスワード'), password);
  await user.click(screen.getByRole('button', { name: 'ログイン' }));
}

describe('LoginForm', () => {
  it('asks for the email address and password before sending anything', async () => {
    const onSignedIn = jest.fn();
    renderWithProviders(<LoginForm onSignedIn={onSignedIn} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'ログイン' }));
    expect(await screen.findByText('メールアドレスを入力してください。')).toBeInTheDocument();
    expect(screen.getByText('パスワードを入力してください。')).toBeInTheDocument();
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('shows INVALID_CREDENTIALS in words and stays on the form', async () => {
    const onSignedIn = jest.fn();
    renderWithProviders(<LoginForm onSignedIn={onSignedIn} />, { mocks: [refused] });
    await signIn(input.password);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('ログインできませんでした');
    expect(alert).toHaveTextContent('メールアドレスまたはパスワードが正しくありません。');
    expect(screen.getByLabelText('パスワード')).toHaveValue('');
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('hands the token and the staff member over on success', async () => {
    const onSignedIn = jest.fn();
    renderWithProviders(<LoginForm onSignedIn={onSignedIn} />, { mocks: [accepted] });
    await signIn('kizuna-demo');
    await waitFor(() =>
      expect(onSignedIn).toHaveBeenCalledWith(
        expect.objectContaining({
          token: 'session-token',
          displayName: 'オペレーター 一郎',
          roles: ['OPERATOR'],
        }),
      ),
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
