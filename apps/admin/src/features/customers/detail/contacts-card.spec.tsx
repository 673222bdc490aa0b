import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  CustomerAddContactDocument,
  CustomerRemoveContactDocument,
  type ContactsCardFragment,
} from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render';
import { ContactsCard } from './contacts-card';

const contact = (id: string, family: string, given: string, isPrimary: boolean) => ({
  __typename: 'Contact' as const,
  id,
  fullName: `${family} ${given}`,
  familyName: family,
  givenName: given,
  familyNameKana: null,
  givenNameKana: null,
  email: `${id.toLowerCase()}@example.co.jp`,
  phone: null,
  isPrimary,
});

const contacts: ContactsCardFragment[] = [
  contact('K2', '鈴木', '花子', false),
  contact('K1', '山田', '太郎', true),
];

const payload = (typename: string, userErrors: object[], list = contacts) => ({
  __typename: typename,
  customer: { __typename: 'Customer', id: 'C1', contacts: list },
  userErrors,
});

describe('ContactsCard', () => {
  it('shows the primary contact apart from the others', () => {
    renderWithProviders(<ContactsCard contacts={contacts} forbidden={false} />);
    const primary = screen.getByRole('region', { name: '主担当' });
    expect(primary).toHaveAttribute('data-testid', 'contacts-primary');
    expect(within(primary).getByText('山田 太郎')).toBeInTheDocument();
    expect(
      within(screen.getByTestId('contacts-others')).getByText('鈴木 花子'),
    ).toBeInTheDocument();
    // Without the right to change personal data: no actions.
    expect(screen.queryByRole('button', { name: /担当者を追加/ })).toBeNull();
  });

  it('checks a new contact in Japanese on its fields before sending, then shows the API refusal', async () => {
    const user = userEvent.setup();
    const add = jest.fn(() => ({
      data: {
        addContact: payload('AddContactPayload', [
          {
            __typename: 'UserError',
            code: 'DUPLICATE',
            field: 'email',
            message: 'このメールアドレスは既に登録されています。',
          },
        ]),
      },
    }));
    renderWithProviders(
      <ContactsCard contacts={contacts} forbidden={false} customerId="C1" canEdit />,
      {
        mocks: [
          {
            request: {
              query: CustomerAddContactDocument,
              variables: {
                input: { customerId: 'C1', familyName: '佐々木', email: 'sasaki@example.co.jp' },
              },
            },
            result: add,
          },
        ],
      },
    );
    await user.click(screen.getByRole('button', { name: /担当者を追加/ }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('姓'), '佐々木');
    await user.type(within(dialog).getByLabelText('メールアドレス'), 'sasaki@');
    await user.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    const email = within(dialog).getByLabelText('メールアドレス');
    expect(
      await within(dialog).findByText('メールアドレスの形式が正しくありません。'),
    ).toBeInTheDocument();
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(add).not.toHaveBeenCalled();

    await user.type(email, 'example.co.jp');
    await user.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    await waitFor(() => expect(add).toHaveBeenCalledTimes(1));
    expect(
      await within(dialog).findByText('このメールアドレスは既に登録されています。'),
    ).toBeInTheDocument();
  });

  it('removes a contact only after confirming', async () => {
    const user = userEvent.setup();
    const remove = jest.fn(() => ({
      data: { removeContact: payload('RemoveContactPayload', [], [contacts[1]!]) },
    }));
    renderWithProviders(
      <ContactsCard contacts={contacts} forbidden={false} customerId="C1" canEdit />,
      {
        mocks: [
          {
            request: {
              query: CustomerRemoveContactDocument,
              variables: { input: { contactId: 'K2' } },
            },
            result: remove,
          },
        ],
      },
    );
    const actions = screen.getByRole('group', { name: '鈴木 花子 さんの操作' });
    await user.click(within(actions).getByRole('button', { name: /削\s?除/ }));
    expect(remove).not.toHaveBeenCalled();
    const confirm = await screen.findByText('鈴木 花子 さんを担当者から削除しますか？');
    const popover = confirm.closest('.ant-popover') as HTMLElement;
    await user.click(within(popover).getByRole('button', { name: /削\s?除/ }));
    await waitFor(() => expect(remove).toHaveBeenCalledTimes(1));
  });
});
