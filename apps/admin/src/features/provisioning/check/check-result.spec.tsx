import { screen, within } from '@testing-library/react';
import { ProvisioningCatalogDocument } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render';
import type { CheckOutcome } from './check-form';
import { CheckResult } from './check-result';

const catalogMock = {
  request: { query: ProvisioningCatalogDocument },
  result: { data: { plans: [], options: [] } },
};

/** A checked ERASURE: the API's payload with the customer's number, and what the checker typed. */
const erasureOutcome = (entered: string, mismatched: boolean): CheckOutcome => ({
  confirmation: { corporateNumber: entered },
  payload: {
    mismatchedFields: mismatched ? ['corporateNumber'] : [],
    request: {
      id: 'R1',
      status: mismatched ? 'RETURNED' : 'APPLIED',
      version: 1,
      effectiveDate: '2027-01-10',
      appliedAt: mismatched ? null : '2027-01-10T01:00:00.000Z',
      checker: { id: 'S2', displayName: '高橋 三奈' },
      proposal: {
        planCode: null,
        optionCodes: [],
        effectiveDate: '2027-01-10',
        trialEndsOn: null,
        contractTerm: null,
        serviceCredit: null,
      },
      customer: { id: 'C1', corporateNumber: '7010001008844' },
    },
    userErrors: mismatched
      ? [
          {
            code: 'CONFIRMATION_MISMATCH',
            field: 'confirmation',
            message: '一致しません',
          },
        ]
      : [],
  },
});

describe('CheckResult of an erasure', () => {
  it('shows the entered corporate number beside the customer’s, both matching', async () => {
    renderWithProviders(
      <CheckResult
        outcome={erasureOutcome('7010001008844', false)}
        kind="ERASURE"
        customerId="C1"
      />,
      { mocks: [catalogMock] },
    );
    const row = await screen.findByRole('row', { name: /法人番号/ });
    expect(row).toHaveTextContent('法人番号70100010088447010001008844一致');
    expect(screen.getByText('入力が申請内容と一致しました')).toBeInTheDocument();
  });

  it('shows a mismatch like any other: the row marked, returned and recorded as a near-miss', async () => {
    renderWithProviders(
      <CheckResult
        outcome={erasureOutcome('5010401089998', true)}
        kind="ERASURE"
        customerId="C1"
      />,
      { mocks: [catalogMock] },
    );
    const row = await screen.findByRole('row', { name: /法人番号/ });
    expect(within(row).getByText('5010401089998')).toBeInTheDocument();
    expect(within(row).getByText('7010001008844')).toBeInTheDocument();
    expect(row).toHaveClass('kizuna-row-mismatch');
    expect(screen.getByRole('alert')).toHaveTextContent(
      '申請は作成者に差し戻され、ヒヤリ・ハットとして記録されました。一致しなかった項目: 法人番号',
    );
    expect(screen.getByRole('link', { name: 'ヒヤリ・ハットを見る' })).toBeInTheDocument();
  });
});

/** A checked SERVICE_CREDIT: the API's payload with the computed credit, and what was typed. */
const creditOutcome = (entered: number, mismatched: boolean): CheckOutcome => ({
  confirmation: { creditAmountYen: entered },
  payload: {
    mismatchedFields: mismatched ? ['creditAmountYen'] : [],
    request: {
      id: 'R2',
      status: mismatched ? 'RETURNED' : 'APPLIED',
      version: 1,
      effectiveDate: '2027-04-02',
      appliedAt: mismatched ? null : '2027-04-02T01:00:00.000Z',
      checker: { id: 'S2', displayName: '高橋 三奈' },
      proposal: {
        planCode: 'STANDARD',
        optionCodes: [],
        effectiveDate: '2027-04-02',
        trialEndsOn: null,
        contractTerm: null,
        serviceCredit: {
          month: '2027-03',
          planCode: 'STANDARD',
          measuredPercent: 99.5,
          targetPercent: 99.95,
          creditPercent: 10,
          serviceDays: 22,
          daysInMonth: 31,
          feeExcludingTax: 1_199,
          credit: { excludingTax: 119, tax: 11, includingTax: 130 },
        },
      },
      customer: { id: 'C2', corporateNumber: null },
    },
    userErrors: mismatched
      ? [{ code: 'CONFIRMATION_MISMATCH', field: 'confirmation', message: '一致しません' }]
      : [],
  },
});

describe('CheckResult of a service credit', () => {
  it('shows a mismatch like any other kind, then how the credit was worked out', async () => {
    renderWithProviders(
      <CheckResult outcome={creditOutcome(130, true)} kind="SERVICE_CREDIT" customerId="C2" />,
      { mocks: [catalogMock] },
    );
    const row = await screen.findByRole('row', { name: /^クレジット額（税抜）/ });
    // The amount including tax typed where the amount excluding tax was asked: a near-miss.
    expect(within(row).getByText('￥130')).toBeInTheDocument();
    expect(within(row).getByText('￥119')).toBeInTheDocument();
    expect(row).toHaveClass('kizuna-row-mismatch');
    expect(screen.getByRole('alert')).toHaveTextContent('一致しなかった項目: クレジット額（税抜）');
    const breakdown = screen.getByTestId('service-credit');
    expect(breakdown).toHaveTextContent('2027/03');
    expect(breakdown).toHaveTextContent('実測 99.5% / 目標 99.95%');
    expect(breakdown).toHaveTextContent('22日 / 31日');
    expect(breakdown).toHaveTextContent('￥1,199');
    expect(breakdown).toHaveTextContent('￥119（税抜）/ 消費税 ￥11 / ￥130（税込）');
  });

  it('matches the amount excluding tax', async () => {
    renderWithProviders(
      <CheckResult outcome={creditOutcome(119, false)} kind="SERVICE_CREDIT" customerId="C2" />,
      { mocks: [catalogMock] },
    );
    const row = await screen.findByRole('row', { name: /^クレジット額（税抜）/ });
    expect(row).toHaveTextContent('クレジット額（税抜）￥119￥119一致');
    expect(screen.getByText('入力が申請内容と一致しました')).toBeInTheDocument();
  });
});

describe('CheckResult of a conversion', () => {
  it('compares the contract term re-entered blind', async () => {
    const outcome: CheckOutcome = {
      confirmation: {
        planCode: 'STANDARD',
        optionCodes: ['MFA_PASSWORD'],
        effectiveDate: '2027-01-10',
        contractTerm: 'MONTHLY',
      },
      payload: {
        mismatchedFields: ['contractTerm'],
        request: {
          ...creditOutcome(0, true).payload.request!,
          proposal: {
            planCode: 'STANDARD',
            optionCodes: ['MFA_PASSWORD'],
            effectiveDate: '2027-01-10',
            trialEndsOn: null,
            contractTerm: 'ANNUAL',
            serviceCredit: null,
          },
        },
        userErrors: [{ code: 'CONFIRMATION_MISMATCH', field: 'confirmation', message: '—' }],
      },
    };
    renderWithProviders(<CheckResult outcome={outcome} kind="CONVERSION" customerId="C2" />, {
      mocks: [catalogMock],
    });
    const row = await screen.findByRole('row', { name: /契約期間/ });
    expect(row).toHaveTextContent('契約期間月契約年契約不一致');
    expect(row).toHaveClass('kizuna-row-mismatch');
    const plan = screen.getByRole('row', { name: /プラン/ });
    expect(plan).not.toHaveClass('kizuna-row-mismatch');
  });
});
