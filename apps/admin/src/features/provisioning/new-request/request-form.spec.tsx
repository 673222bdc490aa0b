import { DEMO_CATALOG, endOfMonthCancellationDate, isoDateJst, userError } from '@kizuna/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  type ProvisioningCatalogQuery,
  RequestConversionDocument,
  type RequestFormCustomerFragment,
} from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render';
import { RequestForm } from './request-form';

const catalog: ProvisioningCatalogQuery = {
  plans: DEMO_CATALOG.plans.map((p) => ({
    id: p.code,
    code: p.code,
    name: p.nameJa,
    monthlyFeeYen: p.monthlyFeeYen,
    active: true,
  })),
  options: DEMO_CATALOG.options.map((o) => ({
    id: o.code,
    code: o.code,
    name: o.nameJa,
    kind: o.kind,
    factorCategory: o.factorCategory,
    monthlyFeeYen: o.monthlyFeeYen,
    active: o.active,
  })),
};
const trialCustomer: RequestFormCustomerFragment = {
  id: 'C1',
  name: '株式会社テスト',
  stage: 'TRIAL',
  subscription: {
    id: 'S1',
    status: 'TRIAL',
    plan: { id: 'P', code: 'PREMIUM' },
    options: DEMO_CATALOG.options.map((o) => ({ id: o.code, code: o.code })),
  },
};
// Tomorrow in Tokyo: always a valid effective date.
const tomorrow = isoDateJst(new Date(Date.now() + 86_400_000));

async function chooseConversion(options: RegExp[]) {
  const user = userEvent.setup({ delay: null });
  await user.click(screen.getByLabelText(/^スタンダード/));
  for (const option of options) await user.click(screen.getByLabelText(option));
  return user;
}

// antd's large forms are slow in jsdom on a 2-core machine.
jest.setTimeout(60_000);

describe('RequestForm (conversion)', () => {
  it('previews the effect live: kept, removed, fee before and after with tax', async () => {
    renderWithProviders(
      <RequestForm
        kind="CONVERSION"
        customer={trialCustomer}
        catalog={catalog}
        onDone={jest.fn()}
      />,
    );
    expect(
      screen.getByText('プランを選ぶと、変更内容と月額料金がここに表示されます。'),
    ).toBeVisible();
    await chooseConversion([/^パスワード認証/, /^認証アプリ/]);

    const kept = await screen.findByTestId('preview-kept');
    expect(
      within(kept)
        .getAllByText(/./)
        .map((e) => e.textContent),
    ).toEqual(['パスワード認証', '認証アプリ（ワンタイムパスワード）']);
    expect(screen.getByTestId('preview-removed')).toHaveTextContent('ICカード認証');
    expect(screen.getByTestId('preview-added')).toHaveTextContent('なし');
    const fee = screen.getByTestId('change-preview');
    expect(fee).toHaveTextContent('￥1,690');
    expect(fee).toHaveTextContent('￥1,859');
  });

  it('warns live when the MFA options are not multi-factor, and refuses to send them', async () => {
    const onDone = jest.fn();
    // No mocks: a request to the API would fail the test.
    renderWithProviders(
      <RequestForm kind="CONVERSION" customer={trialCustomer} catalog={catalog} onDone={onDone} />,
    );
    const user = await chooseConversion([/^パスワード認証/, /^PINコード認証/]);
    expect(await screen.findByText(/多要素認証/, { selector: '.ant-alert-title' })).toBeVisible();
    await user.click(screen.getByText('ダブルチェックに回す'));
    // The domain rules' refusals land on the fields they name, before anything is sent.
    const optionsItem = screen
      .getByText('オプション', { selector: 'label' })
      .closest('.ant-form-item') as HTMLElement;
    expect(
      await within(optionsItem).findByText(userError('NOT_MULTI_FACTOR').message.ja),
    ).toBeInTheDocument();
    const dateItem = screen.getByLabelText('適用日').closest('.ant-form-item') as HTMLElement;
    expect(within(dateItem).getByText(userError('REQUIRED').message.ja)).toBeInTheDocument();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('sends the chosen plan and options and shows the API’s userErrors next to their field', async () => {
    const onDone = jest.fn();
    renderWithProviders(
      <RequestForm kind="CONVERSION" customer={trialCustomer} catalog={catalog} onDone={onDone} />,
      {
        mocks: [
          {
            request: {
              query: RequestConversionDocument,
              variables: {
                input: {
                  customerId: 'C1',
                  planCode: 'STANDARD',
                  optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'],
                  effectiveDate: tomorrow,
                  // Not touched: the default term.
                  contractTerm: 'MONTHLY',
                },
              },
            },
            result: {
              data: {
                requestConversion: {
                  __typename: 'RequestConversionPayload',
                  request: null,
                  userErrors: [
                    {
                      __typename: 'UserError',
                      code: 'INACTIVE_OPTION',
                      field: 'optionCodes',
                      message: '販売を終了したオプションです。',
                    },
                    {
                      __typename: 'UserError',
                      code: 'DUPLICATE_PENDING',
                      field: 'customerId',
                      message: 'この顧客には処理中の申請があります。',
                    },
                  ],
                },
              },
            },
          },
        ],
      },
    );
    const user = await chooseConversion([/^パスワード認証/, /^認証アプリ/]);
    const date = screen.getByLabelText('適用日');
    fireEvent.mouseDown(date);
    fireEvent.change(date, { target: { value: tomorrow.replaceAll('-', '/') } });
    fireEvent.keyDown(date, { key: 'Enter', code: 'Enter' });
    await user.click(screen.getByText('ダブルチェックに回す'));

    const optionsItem = screen
      .getByText('オプション', { selector: 'label' })
      .closest('.ant-form-item');
    await waitFor(() => expect(optionsItem).toHaveTextContent('販売を終了したオプションです。'));
    // A refusal naming no form field is shown above the buttons, not on a field.
    const general = screen.getByText('入力内容を確認してください').closest('.ant-alert');
    expect(general).toHaveTextContent('この顧客には処理中の申請があります。');
    expect(optionsItem).not.toHaveTextContent('この顧客には処理中の申請があります。');
    expect(onDone).not.toHaveBeenCalled();
  });
});

describe('RequestForm (conversion with a contract term)', () => {
  it('starts monthly, previews what an annual renewal costs, and sends the term chosen', async () => {
    const onDone = jest.fn();
    const request = { id: 'R1', kind: 'CONVERSION', status: 'PENDING_CHECK', version: 1 } as const;
    renderWithProviders(
      <RequestForm kind="CONVERSION" customer={trialCustomer} catalog={catalog} onDone={onDone} />,
      {
        mocks: [
          {
            request: {
              query: RequestConversionDocument,
              variables: {
                input: {
                  customerId: 'C1',
                  planCode: 'STANDARD',
                  optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'],
                  effectiveDate: tomorrow,
                  contractTerm: 'ANNUAL',
                },
              },
            },
            result: {
              data: {
                requestConversion: {
                  __typename: 'RequestConversionPayload',
                  request: { __typename: 'ProvisioningRequest', ...request },
                  userErrors: [],
                },
              },
            },
          },
        ],
      },
    );
    expect(screen.getByLabelText('月契約')).toBeChecked();
    const user = await chooseConversion([/^パスワード認証/, /^認証アプリ/]);
    // Monthly: one month renews, ￥1,690 (税抜) / ￥1,859 (税込).
    expect(await screen.findByTestId('preview-term')).toHaveTextContent(
      '月契約更新時の金額: ￥1,690（税抜）/ ￥1,859（税込）',
    );
    await user.click(screen.getByText('年契約'));
    // Annual: twelve months, taxed once on the total: ￥20,280 + ￥2,028.
    expect(screen.getByTestId('preview-term')).toHaveTextContent(
      '年契約更新時の金額: ￥20,280（税抜）/ ￥22,308（税込）',
    );
    const date = screen.getByLabelText('適用日');
    fireEvent.mouseDown(date);
    fireEvent.change(date, { target: { value: tomorrow.replaceAll('-', '/') } });
    fireEvent.keyDown(date, { key: 'Enter', code: 'Enter' });
    await user.click(screen.getByText('ダブルチェックに回す'));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(expect.objectContaining(request)));
  });
});

describe('RequestForm (cancellation)', () => {
  const activeCustomer: RequestFormCustomerFragment = {
    ...trialCustomer,
    stage: 'ACTIVE',
    subscription: {
      id: 'S1',
      status: 'ACTIVE',
      plan: { id: 'P', code: 'STANDARD' },
      options: [{ id: 'MFA_TOTP', code: 'MFA_TOTP' }],
    },
  };

  it.each([
    ['月末で解約', endOfMonthCancellationDate(new Date())],
    ['即時', isoDateJst(new Date())],
  ])('「%s」 sets the effective date (the first day without service)', async (button, date) => {
    renderWithProviders(
      <RequestForm
        kind="CANCELLATION"
        customer={activeCustomer}
        catalog={catalog}
        onDone={jest.fn()}
      />,
    );
    expect(screen.getByText(/サービスを利用できなくなる最初の日/)).toBeVisible();
    // antd spaces out a two-character CJK label (「即 時」).
    const name = new RegExp(`^${button.split('').join('\\s?')}$`);
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name }));
    expect(screen.getByLabelText('適用日')).toHaveValue(date.replaceAll('-', '/'));
  });
});

describe('RequestForm (guardrails before sending)', () => {
  const withMfa: RequestFormCustomerFragment = {
    ...trialCustomer,
    stage: 'ACTIVE',
    subscription: {
      id: 'S1',
      status: 'ACTIVE',
      plan: { id: 'P', code: 'STANDARD' },
      options: ['MFA_PASSWORD', 'MFA_TOTP', 'MFA_FINGERPRINT'].map((code) => ({ id: code, code })),
    },
  };
  const fieldOf = (label: string) =>
    screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;

  it('flags in the preview an option change that weakens MFA, then one that removes every factor', async () => {
    // No mocks: nothing is sent.
    renderWithProviders(
      <RequestForm kind="OPTION_CHANGE" customer={withMfa} catalog={catalog} onDone={jest.fn()} />,
    );
    expect(screen.queryByTestId('mfa-change-alert')).toBeNull();
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByLabelText(/^指紋認証/));
    const weaker = await screen.findByTestId('mfa-change-alert');
    expect(weaker).toHaveAttribute('data-risk', 'WEAKENS');
    expect(weaker).toHaveClass('ant-alert-warning');
    expect(weaker).toHaveTextContent('この変更で多要素認証が弱くなります');
    expect(weaker).toHaveTextContent('属性の要素がなくなります（外れる認証方式: 指紋認証）');

    await user.click(screen.getByLabelText(/^パスワード認証/));
    await user.click(screen.getByLabelText(/^認証アプリ/));
    const none = screen.getByTestId('mfa-change-alert');
    expect(none).toHaveAttribute('data-risk', 'REMOVES_EVERY_FACTOR');
    expect(none).toHaveClass('ant-alert-error');
    expect(none).toHaveTextContent('この変更で多要素認証がなくなります');
    expect(none).toHaveTextContent(
      'パスワード認証、認証アプリ（ワンタイムパスワード）、指紋認証がなくなり',
    );
  });

  it('reports a typed past effective date as past, on the date field', async () => {
    renderWithProviders(
      <RequestForm kind="OPTION_CHANGE" customer={withMfa} catalog={catalog} onDone={jest.fn()} />,
    );
    const user = userEvent.setup({ delay: null });
    const date = screen.getByLabelText('適用日');
    await user.click(date);
    await user.type(date, isoDateJst(new Date(Date.now() - 2 * 86_400_000)).replaceAll('-', '/'));
    fireEvent.blur(date);
    await user.click(screen.getByText('ダブルチェックに回す'));
    const item = fieldOf('適用日');
    expect(await within(item).findByText('今日以降の日付を選んでください。')).toBeVisible();
    expect(within(item).queryByText(userError('REQUIRED').message.ja)).toBeNull();
  });

  it('puts the refusal of その他 without its detail on the detail text box', async () => {
    renderWithProviders(
      <RequestForm kind="CANCELLATION" customer={withMfa} catalog={catalog} onDone={jest.fn()} />,
    );
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByLabelText('解約理由'));
    await user.click(await screen.findByTitle('その他'));
    await user.click(screen.getByRole('button', { name: /^即\s?時$/ }));
    await user.click(screen.getByText('ダブルチェックに回す'));
    const note = screen.getByLabelText('解約理由の詳細');
    await waitFor(() => expect(note).toHaveAttribute('aria-invalid', 'true'));
    expect(
      await within(fieldOf('解約理由の詳細')).findByText(userError('REQUIRED').message.ja),
    ).toBeVisible();
    expect(fieldOf('解約理由')).not.toHaveClass('ant-form-item-has-error');
  });
});
