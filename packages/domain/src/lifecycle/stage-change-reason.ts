/** Why a customer's lifecycle stage changed, as recorded in the stage history. */
export const STAGE_CHANGE_REASONS = [
  'TRIAL_STARTED',
  'CONVERSION',
  'CANCELLATION',
  'TRIAL_EXPIRED',
  'REACTIVATION',
  'SECOND_TRIAL',
  'LEAD_CREATED',
  'ERASURE',
] as const;
export type StageChangeReason = (typeof STAGE_CHANGE_REASONS)[number];

export const STAGE_CHANGE_REASON_LABELS: Record<StageChangeReason, { ja: string; en: string }> = {
  TRIAL_STARTED: { ja: 'トライアル開始', en: 'Trial started' },
  CONVERSION: { ja: '本契約への移行', en: 'Trial conversion' },
  CANCELLATION: { ja: '解約', en: 'Cancellation' },
  TRIAL_EXPIRED: { ja: 'トライアル期間終了', en: 'Trial expired' },
  REACTIVATION: { ja: '再契約', en: 'Reactivation' },
  SECOND_TRIAL: { ja: '再トライアル', en: 'Second trial' },
  LEAD_CREATED: { ja: 'リード登録', en: 'Lead created' },
  ERASURE: { ja: '個人情報の消去', en: 'Personal data erased' },
};
