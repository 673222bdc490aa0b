import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  CustomerAddContactDocument,
  CustomerRemoveContactDocument,
  CustomerUpdateContactDocument,
  type ContactRole,
  type ContactsCardFragment,
} from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render';
import { ContactsCard } from './contacts-card';

const contact = (
  id: string,
  family: string,
  given: string,
  isPrimary: boolean,
  role: ContactRole | null = null,
) => ({
  __typename: 'Contact' as const,
  id,
  fullName: `${family} ${given}`,
  familyName: family,
  givenName: given,
  familyNameKana: null,
  givenNameKana: null,
  email: `${id.toLowerCase()}@example.co.jp`,
  phone: null,
  role,
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
  it('lists contacts by role, those without one last, the primary contact first and tagged', () => {
    renderWithProviders(
      <ContactsCard
        contacts={[
          contact('K4', '田中', '一郎', false, 'BILLING'),
          contact('K2', '鈴木', '花子', false),
          contact('K3', '佐藤', '次郎', false, 'DECISION_MAKER'),
          contact('K1', '山田', '太郎', true, 'DECISION_MAKER'),
        ]}
        forbidden={false}
      />,
    );
    const groups = screen.getAllByRole('region');
    expect(groups.map((g) => g.getAttribute('aria-label'))).toEqual([
      '決裁者',
      '経理・請求担当',
      '役割未設定',
    ]);
    const names = (g: HTMLElement) =>
      within(g)
        .getAllByTestId('contact')
        .map((c) => [c.querySelector('strong')?.textContent, c.dataset.primary]);
    expect(names(groups[0]!)).toEqual([
      ['山田 太郎', 'true'],
      ['佐藤 次郎', 'false'],
    ]);
    expect(within(groups[0]!).getByText('主担当')).toBeInTheDocument();
    expect(names(groups[2]!)).toEqual([['鈴木 花子', 'false']]);
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

  it('sets a role when correcting a contact', async () => {
    const user = userEvent.setup();
    const update = jest.fn(() => ({
      data: {
        updateContact: payload(
          'UpdateContactPayload',
          [],
          [contacts[1]!, { ...contacts[0]!, role: 'BILLING' as const }],
        ),
      },
    }));
    renderWithProviders(
      <ContactsCard contacts={contacts} forbidden={false} customerId="C1" canEdit />,
      {
        mocks: [
          {
            request: {
              query: CustomerUpdateContactDocument,
              variables: {
                input: {
                  contactId: 'K2',
                  familyName: '鈴木',
                  givenName: '花子',
                  familyNameKana: null,
                  givenNameKana: null,
                  email: 'k2@example.co.jp',
                  phone: null,
                  role: 'BILLING',
                },
              },
            },
            result: update,
          },
        ],
      },
    );
    const actions = screen.getByRole('group', { name: '鈴木 花子 さんの操作' });
    await user.click(within(actions).getByRole('button', { name: /編\s?集/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.mouseDown(within(dialog).getByLabelText('役割'));
    await user.click(await screen.findByTitle('経理・請求担当'));
    await user.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    await waitFor(() => expect(update).toHaveBeenCalledTimes(1));
  });
});
