import { userError, type UserErrorData } from '../errors/user-error.js';

/** Why a customer cancels (the taxonomy from the source material). */
export const CHURN_REASONS = [
  'LOW_ADOPTION',
  'DISSATISFIED_WITH_VENDOR',
  'PRIORITIES_SHIFTED',
  'PRICE',
  'MOVED_TO_COMPETITOR',
  'MOVED_IN_HOUSE',
  'OTHER',
] as const;
export type ChurnReason = (typeof CHURN_REASONS)[number];

export const CHURN_REASON_LABELS: Record<ChurnReason, { ja: string; en: string }> = {
  LOW_ADOPTION: { ja: '社内で定着しなかった', en: 'Low adoption' },
  DISSATISFIED_WITH_VENDOR: { ja: 'ベンダーへの不満', en: 'Dissatisfied with the vendor' },
  PRIORITIES_SHIFTED: { ja: '優先度の変化', en: 'Priorities shifted' },
  PRICE: { ja: '価格', en: 'Price' },
  MOVED_TO_COMPETITOR: { ja: '競合製品へ移行', en: 'Moved to a competitor' },
  MOVED_IN_HOUSE: { ja: '内製化', en: 'Moved in-house' },
  OTHER: { ja: 'その他', en: 'Other' },
};

export const CHURN_NOTE_MAX = 2000;

/** Is this string one of the churn reasons? */
export function isChurnReason(value: string | null | undefined): value is ChurnReason {
  return (CHURN_REASONS as readonly (string | null | undefined)[]).includes(value);
}

/**
 * A cancellation names a reason from the taxonomy; OTHER must be described in the free text (the
 * refusal then names the text box, which is what is missing).
 */
export function validateChurnReason(
  reason: string | null | undefined,
  note: string | null | undefined,
): UserErrorData[] {
  if (!isChurnReason(reason)) return [userError('INVALID_CHURN_REASON', 'churnReason')];
  if (reason === 'OTHER' && !note?.trim()) return [userError('REQUIRED', 'churnNote')];
  if (note && note.trim().length > CHURN_NOTE_MAX)
    return [userError('TOO_LONG', 'churnNote', { max: CHURN_NOTE_MAX })];
  return [];
}
