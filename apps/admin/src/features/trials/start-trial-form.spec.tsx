import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CreateLeadDocument, StartTrialDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/render';
import { StartTrialForm } from './start-trial-form';

/** The antd Form.Item (label, control and its messages) of the field labelled so. */
const fieldOf = (label: string) =>
  screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;

async function fill(values: Record<string, string>) {
  const user = userEvent.setup();
  for (const [label, text] of Object.entries(values)) {
    await user.type(screen.getByLabelText(label), text);
  }
  await user.click(screen.getByRole('button', { name: 'トライアルを開始' }));
}

const validInput = {
  name: '株式会社テスト',
  nameKana: 'カブシキガイシャテスト',
  corporateNumber: null,
  contact: {
    familyName: '山田',
    givenName: '花子',
    familyNameKana: null,
    givenNameKana: null,
    email: 'hanako@example.co.jp',
    phone: '03-1234-5678',
    // No role chosen: the domain's normalised input says "not known".
    role: null,
  },
};

describe('StartTrialForm', () => {
  it('shows the domain rules’ refusals on the fields they name, without calling the API', async () => {
    const onStarted = jest.fn();
    // No mocks: any request would fail the test.
    renderWithProviders(<StartTrialForm onDone={onStarted} />);
    await fill({
      会社名フリガナ: 'Kabushiki',
      法人番号: '1234567890123',
      メールアドレス: 'not-an-email',
      電話番号: '12345',
    });

    expect(await within(fieldOf('会社名')).findByText('入力してください。')).toBeInTheDocument();
    expect(
      within(fieldOf('会社名フリガナ')).getByText('フリガナはカタカナで入力してください。'),
    ).toBeInTheDocument();
    expect(
      within(fieldOf('法人番号')).getByText(/チェックディジットが正しい必要があります/),
    ).toBeInTheDocument();
    expect(within(fieldOf('姓')).getByText('入力してください。')).toBeInTheDocument();
    expect(
      within(fieldOf('メールアドレス')).getByText('メールアドレスの形式が正しくありません。'),
    ).toBeInTheDocument();
    expect(
      within(fieldOf('電話番号')).getByText(/電話番号の形式が正しくありません/),
    ).toBeInTheDocument();
    // Fields without a problem stay clean.
    expect(within(fieldOf('名')).queryByRole('alert')).not.toBeInTheDocument();
    expect(onStarted).not.toHaveBeenCalled();
  });

  it('takes a refusal away once its field is edited', async () => {
    renderWithProviders(<StartTrialForm onDone={jest.fn()} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'トライアルを開始' }));
    expect(await within(fieldOf('会社名')).findByText('入力してください。')).toBeInTheDocument();
    await user.type(screen.getByLabelText('会社名'), '株式会社テスト');
    await waitFor(() =>
      expect(within(fieldOf('会社名')).queryByText('入力してください。')).toBeNull(),
    );
    // The other refusals stay until their own fields are edited.
    expect(within(fieldOf('姓')).getByText('入力してください。')).toBeInTheDocument();
  });

  it('shows the messages in English when the UI is in English', async () => {
    renderWithProviders(<StartTrialForm onDone={jest.fn()} />, { language: 'en' });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Start the trial' }));
    expect(
      await within(fieldOf('Company name')).findByText('This field is required.'),
    ).toBeInTheDocument();
  });

  it('sends the normalised input and puts the API’s userErrors on the fields of their dotted path', async () => {
    const onStarted = jest.fn();
    renderWithProviders(<StartTrialForm onDone={onStarted} />, {
      mocks: [
        {
          request: { query: StartTrialDocument, variables: { input: validInput } },
          result: {
            data: {
              startTrial: {
                __typename: 'StartTrialPayload',
                customer: null,
                userErrors: [
                  {
                    __typename: 'UserError',
                    code: 'DUPLICATE',
                    field: 'contact.email',
                    message: '既に登録されています。',
                  },
                  {
                    __typename: 'UserError',
                    code: 'FORBIDDEN',
                    field: null,
                    message: 'この操作を行う権限がありません。',
                  },
                ],
              },
            },
          },
        },
      ],
    });
    await fill({
      会社名: validInput.name,
      会社名フリガナ: 'かぶしきがいしゃてすと',
      姓: '山田',
      名: '花子',
      メールアドレス: 'hanako@example.co.jp',
      電話番号: '０３－１２３４－５６７８',
    });

    expect(
      await within(fieldOf('メールアドレス')).findByText('既に登録されています。'),
    ).toBeInTheDocument();
    // A refusal naming no field is shown above the buttons.
    const general = screen.getByText('入力内容を確認してください').closest('.ant-alert');
    expect(general).toHaveTextContent('この操作を行う権限がありません。');
    expect(
      within(fieldOf('メールアドレス')).queryByText('この操作を行う権限がありません。'),
    ).toBeNull();
    expect(onStarted).not.toHaveBeenCalled();
  });

  it('hands the new customer over when the trial has started', async () => {
    const onStarted = jest.fn();
    renderWithProviders(<StartTrialForm onDone={onStarted} />, {
      mocks: [
        {
          request: { query: StartTrialDocument, variables: { input: validInput } },
          result: {
            data: {
              startTrial: {
                __typename: 'StartTrialPayload',
                customer: {
                  __typename: 'Customer',
                  id: 'Q3VzdG9tZXI6OTk=',
                  name: '株式会社テスト',
                  stage: 'TRIAL',
                },
                userErrors: [],
              },
            },
          },
        },
      ],
    });
    await fill({
      会社名: validInput.name,
      会社名フリガナ: 'カブシキガイシャテスト',
      姓: '山田',
      名: '花子',
      メールアドレス: 'hanako@example.co.jp',
      電話番号: '0312345678',
    });
    await waitFor(() =>
      expect(onStarted).toHaveBeenCalledWith(expect.objectContaining({ id: 'Q3VzdG9tZXI6OTk=' })),
    );
  });

  it('registers a lead (no trial) with the same fields in lead mode', async () => {
    const onDone = jest.fn();
    renderWithProviders(<StartTrialForm mode="lead" onDone={onDone} />, {
      mocks: [
        {
          request: { query: CreateLeadDocument, variables: { input: validInput } },
          result: {
            data: {
              createLead: {
                __typename: 'CreateLeadPayload',
                customer: {
                  __typename: 'Customer',
                  id: 'Q3VzdG9tZXI6MTAw',
                  name: '株式会社テスト',
                  stage: 'LEAD',
                },
                userErrors: [],
              },
            },
          },
        },
      ],
    });
    expect(screen.queryByRole('button', { name: 'トライアルを開始' })).toBeNull();
    const user = userEvent.setup();
    for (const [label, text] of Object.entries({
      会社名: validInput.name,
      会社名フリガナ: 'カブシキガイシャテスト',
      姓: '山田',
      名: '花子',
      メールアドレス: 'hanako@example.co.jp',
      電話番号: '03-1234-5678',
    })) {
      await user.type(screen.getByLabelText(label), text);
    }
    await user.click(screen.getByRole('button', { name: 'リードを登録' }));
    await waitFor(() =>
      expect(onDone).toHaveBeenCalledWith(expect.objectContaining({ id: 'Q3VzdG9tZXI6MTAw' })),
    );
  });
});
