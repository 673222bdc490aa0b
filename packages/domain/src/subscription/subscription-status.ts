/** The states of a subscription row: a free trial, a paid contract, and how each one ends. */
export const SUBSCRIPTION_STATUSES = ['TRIAL', 'ACTIVE', 'CANCELLED', 'EXPIRED'] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

export const SUBSCRIPTION_STATUS_LABELS: Record<SubscriptionStatus, { ja: string; en: string }> = {
  TRIAL: { ja: 'トライアル', en: 'Trial' },
  ACTIVE: { ja: '有効', en: 'Active' },
  CANCELLED: { ja: '解約済み', en: 'Cancelled' },
  EXPIRED: { ja: '期限切れ', en: 'Expired' },
};
