import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { CheckedValuesCompare } from './checked-values-compare';
import { serializeNearMissEdit } from './near-miss-edit.serializer';

const names: Record<string, string> = {
  STANDARD: 'スタンダード',
  PREMIUM: 'プレミアム',
  MFA_TOTP: '認証アプリ',
};

// Only the differing fields are recorded; the others are null.
const none = {
  planCode: null,
  optionCodes: null,
  effectiveDate: null,
  trialEndsOn: null,
  contractTerm: null,
};

describe('CheckedValuesCompare', () => {
  it("shows the maker's and the checker's entries side by side, labelled, never as codes", () => {
    renderWithProviders(
      <CheckedValuesCompare
        fields={['planCode', 'effectiveDate']}
        maker={{ ...none, planCode: 'STANDARD', effectiveDate: '2027-01-03' }}
        checker={{ ...none, planCode: 'PREMIUM', effectiveDate: '2027-01-30' }}
        planName={(c) => (c ? (names[c] ?? c) : '—')}
        optionName={(c) => names[c] ?? c}
      />,
    );
    const table = screen.getByTestId('checked-values');
    const rows = within(table).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      '作成者の入力チェック担当者の入力',
      'プランスタンダードプレミアム',
      '適用日2027/01/032027/01/30',
    ]);
    expect(table).not.toHaveTextContent('planCode');
  });

  it('labels the new trial end date of a trial extension in English too', () => {
    renderWithProviders(
      <CheckedValuesCompare
        fields={['trialEndsOn']}
        maker={{ ...none, trialEndsOn: '2027-02-10' }}
        checker={{ ...none, trialEndsOn: '2027-02-01' }}
        planName={() => '—'}
        optionName={(c) => c}
      />,
      { language: 'en' },
    );
    expect(screen.getByTestId('checked-values')).toHaveTextContent(
      'Trial end date2027/02/102027/02/01',
    );
  });
});

describe('CheckedValuesCompare of a contract term', () => {
  it('names the terms, not their codes', () => {
    renderWithProviders(
      <CheckedValuesCompare
        fields={['contractTerm']}
        maker={{ ...none, contractTerm: 'ANNUAL' }}
        checker={{ ...none, contractTerm: 'MONTHLY' }}
        planName={() => '—'}
        optionName={(c) => c}
      />,
    );
    expect(screen.getByTestId('checked-values')).toHaveTextContent('契約期間年契約月契約');
  });
});

describe('serializeNearMissEdit', () => {
  it('sends the erred side when the form has it, and nothing about it otherwise', () => {
    expect(serializeNearMissEdit('N1', { description: 'x', erredSide: 'CHECKER' })).toMatchObject({
      erredSide: 'CHECKER',
    });
    expect(serializeNearMissEdit('N1', { description: 'x' })).not.toHaveProperty('erredSide');
  });
});
