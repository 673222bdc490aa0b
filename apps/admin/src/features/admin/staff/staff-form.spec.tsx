import { userError } from '@kizuna/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CreateStaffMemberDocument } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render';
import { CreateStaffForm } from './staff-form';

const fieldOf = (label: string) =>
  screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;

const input = {
  email: 'hanako@kizuna.example',
  displayName: '佐藤 花子',
  roles: ['CHECKER', 'ADMIN'],
  password: 'initial-Passw0rd',
};

const created = {
  __typename: 'StaffMember',
  id: 'U3RhZmY6OQ==',
  displayName: '佐藤 花子',
  email: 'hanako@kizuna.example',
  roles: ['CHECKER', 'ADMIN'],
  active: true,
  createdAt: '2026-04-01T00:00:00.000Z',
  lastLoginAt: null,
};

const answer = (payload: object) => ({
  request: { query: CreateStaffMemberDocument, variables: { input } },
  result: {
    data: { createStaffMember: { __typename: 'StaffMemberPayload', ...payload } },
  },
});

async function fillIn(email: string) {
  const user = userEvent.setup({ delay: null });
  await user.type(screen.getByLabelText('メールアドレス'), email);
  await user.type(screen.getByLabelText('氏名'), ' 佐藤 花子 ');
  await user.click(screen.getByLabelText('オペレーター')); // on by default: off
  await user.click(screen.getByLabelText('管理者'));
  await user.click(screen.getByLabelText('チェッカー'));
  await user.type(screen.getByLabelText('初期パスワード'), 'initial-Passw0rd');
  await user.click(screen.getByRole('button', { name: 'スタッフを追加' }));
  return user;
}

jest.setTimeout(60_000);

describe('CreateStaffForm', () => {
  it('refuses a malformed email and a missing role on their fields, without calling the API', async () => {
    const onDone = jest.fn();
    // No mocks: any request would fail and show an error.
    renderWithProviders(<CreateStaffForm onDone={onDone} onClose={jest.fn()} />);
    const user = userEvent.setup({ delay: null });
    await user.type(screen.getByLabelText('メールアドレス'), 'hanako@');
    await user.click(screen.getByLabelText('オペレーター'));
    await user.click(screen.getByRole('button', { name: 'スタッフを追加' }));

    expect(
      await within(fieldOf('メールアドレス')).findByText(userError('INVALID_EMAIL').message.ja),
    ).toBeInTheDocument();
    expect(
      within(screen.getByLabelText('管理者').closest('.ant-form-item') as HTMLElement).getByText(
        userError('REQUIRED').message.ja,
      ),
    ).toBeInTheDocument();
    expect(within(fieldOf('氏名')).getByText(userError('REQUIRED').message.ja)).toBeInTheDocument();
    expect(screen.queryByText('保存できませんでした')).toBeNull();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('sends the serialised input and hands over the new staff member', async () => {
    const onDone = jest.fn();
    renderWithProviders(<CreateStaffForm onDone={onDone} onClose={jest.fn()} />, {
      mocks: [answer({ staffMember: created, userErrors: [] })],
    });
    await fillIn(' hanako@Kizuna.Example ');
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(expect.objectContaining(created)));
  });

  it('shows the API’s refusal on the field it names', async () => {
    const onDone = jest.fn();
    renderWithProviders(<CreateStaffForm onDone={onDone} onClose={jest.fn()} />, {
      mocks: [
        answer({
          staffMember: null,
          userErrors: [
            {
              __typename: 'UserError',
              code: 'DUPLICATE',
              field: 'email',
              message: '既に登録されています。',
            },
          ],
        }),
      ],
    });
    await fillIn('hanako@kizuna.example');
    expect(
      await within(fieldOf('メールアドレス')).findByText('既に登録されています。'),
    ).toBeInTheDocument();
    expect(onDone).not.toHaveBeenCalled();
  });
});
