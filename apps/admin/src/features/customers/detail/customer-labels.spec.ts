import { stageChangeNoteLabel } from './customer-labels';

describe('stageChangeNoteLabel', () => {
  it.each([
    ['LEAD_CREATED', 'ja', 'リード登録'],
    ['TRIAL_STARTED', 'ja', 'トライアル開始'],
    ['startTrial', 'ja', 'トライアル開始'],
    ['startTrial', 'en', 'Trial started'],
    ['CONVERSION', 'ja', '本契約への移行'],
    ['LEAD_CREATED', 'en', 'Lead created'],
    ['TRIAL_EXPIRED', 'ja', 'トライアル期間終了'],
    ['TRIAL_EXPIRED', 'en', 'Trial expired'],
    ['REACTIVATION', 'ja', '再契約'],
    ['SECOND_TRIAL', 'en', 'Second trial'],
    ['PRICE', 'ja', '解約：価格'],
    ['PRICE', 'en', 'Cancellation: Price'],
    ['お客様のご要望により', 'ja', 'お客様のご要望により'],
  ])('%s (%s) → %s', (note, language, label) => {
    expect(stageChangeNoteLabel(note, language)).toBe(label);
  });
});
