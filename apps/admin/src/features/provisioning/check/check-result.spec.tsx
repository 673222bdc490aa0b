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
    expect(screen.getByText('入力が依頼内容と一致しました')).toBeInTheDocument();
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
      '依頼は作成者に差し戻され、ヒヤリ・ハットとして記録されました。一致しなかった項目: 法人番号',
    );
    expect(screen.getByRole('link', { name: 'ヒヤリ・ハットを見る' })).toBeInTheDocument();
  });
});
