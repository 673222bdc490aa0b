import { STAGE_CHANGE_REASON_LABELS, STAGE_CHANGE_REASONS } from './stage-change-reason.js';

describe('stage change reasons', () => {
  it.each([
    ['TRIAL_STARTED', 'トライアル開始'],
    ['CONVERSION', '本契約への移行'],
    ['CANCELLATION', '解約'],
    ['TRIAL_EXPIRED', 'トライアル期間終了'],
    ['REACTIVATION', '再契約'],
    ['SECOND_TRIAL', '再トライアル'],
    ['LEAD_CREATED', 'リード登録'],
    ['ERASURE', '個人情報の消去'],
  ] as const)('%s reads 「%s」 and has an English label', (reason, ja) => {
    expect(STAGE_CHANGE_REASON_LABELS[reason].ja).toBe(ja);
    expect(STAGE_CHANGE_REASON_LABELS[reason].en).toMatch(/^[A-Z][\x20-\x7e]+$/);
  });

  it('labels every reason and nothing else', () => {
    expect(Object.keys(STAGE_CHANGE_REASON_LABELS).sort()).toEqual(
      [...STAGE_CHANGE_REASONS].sort(),
    );
    expect(STAGE_CHANGE_REASONS).toHaveLength(8);
  });
});
