import { confirmationFieldLabels } from './confirmation-field-labels.js';

describe('confirmation field labels', () => {
  it.each([
    [['planCode'], 'プラン', 'plan'],
    [['planCode', 'effectiveDate'], 'プラン、適用日', 'plan, effective date'],
    [['optionCodes', 'trialEndsOn'], 'オプション、トライアル終了日', 'options, trial end date'],
    [['planCode', 'contractTerm'], 'プラン、契約期間', 'plan, contract term'],
  ] as const)('%j', (fields, ja, en) => {
    expect(confirmationFieldLabels(fields)).toEqual({ ja, en });
  });
});
