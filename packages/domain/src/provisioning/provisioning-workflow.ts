import type { Transitions } from '../shared/state-machine.js';

export const PROVISIONING_KINDS = [
  'CONVERSION',
  'PLAN_CHANGE',
  'OPTION_CHANGE',
  'CANCELLATION',
  'TRIAL_EXTENSION',
  'REACTIVATION',
  'SECOND_TRIAL',
  'ERASURE',
  'SERVICE_CREDIT',
] as const;
export type ProvisioningKind = (typeof PROVISIONING_KINDS)[number];

export const PROVISIONING_KIND_LABELS: Record<ProvisioningKind, { ja: string; en: string }> = {
  CONVERSION: { ja: '本契約への移行', en: 'Trial conversion' },
  PLAN_CHANGE: { ja: 'プラン変更', en: 'Plan change' },
  OPTION_CHANGE: { ja: 'オプション変更', en: 'Option change' },
  CANCELLATION: { ja: '解約', en: 'Cancellation' },
  TRIAL_EXTENSION: { ja: 'トライアル延長', en: 'Trial extension' },
  REACTIVATION: { ja: '再契約', en: 'Reactivation' },
  SECOND_TRIAL: { ja: '再トライアル', en: 'Second trial' },
  ERASURE: { ja: '個人情報の消去', en: 'Personal data erasure' },
  SERVICE_CREDIT: { ja: 'サービスクレジット', en: 'Service credit' },
};

/**
 * Kinds that change no contract (a service credit is money owed for a past month): approving
 * them does not depend on the subscription staying as it was when they were raised, and they
 * do not count as the customer's one open contract request.
 */
export function changesContract(kind: ProvisioningKind): boolean {
  return kind !== 'SERVICE_CREDIT';
}

/** Kinds that count as the customer's one open contract request (see changesContract). */
export const CONTRACT_KINDS: readonly ProvisioningKind[] =
  PROVISIONING_KINDS.filter(changesContract);

export const PROVISIONING_STATUSES = [
  'PENDING_CHECK',
  'RETURNED',
  'SCHEDULED',
  'APPLIED',
  'FAILED',
  'REJECTED',
  'WITHDRAWN',
] as const;
export type ProvisioningStatus = (typeof PROVISIONING_STATUSES)[number];

/**
 * Statuses of a request still between maker and checker: while one of a contract kind is open,
 * the customer takes no other contract request (DUPLICATE_PENDING).
 */
export const OPEN_REQUEST_STATUSES: readonly ProvisioningStatus[] = ['PENDING_CHECK', 'RETURNED'];

export const PROVISIONING_STATUS_LABELS: Record<ProvisioningStatus, { ja: string; en: string }> = {
  PENDING_CHECK: { ja: '確認待ち', en: 'Waiting for check' },
  RETURNED: { ja: '差し戻し', en: 'Returned' },
  SCHEDULED: { ja: '適用予定', en: 'Scheduled' },
  APPLIED: { ja: '反映済み', en: 'Applied' },
  FAILED: { ja: '適用失敗', en: 'Failed' },
  REJECTED: { ja: '却下', en: 'Rejected' },
  WITHDRAWN: { ja: '取り下げ', en: 'Withdrawn' },
};

/**
 * The double-check workflow. A checker applies, returns or rejects a pending request; the maker
 * may withdraw it. A returned request goes back to PENDING_CHECK as a new version once corrected.
 * An approved request dated after today waits as SCHEDULED until 00:00 Asia/Tokyo of its date,
 * when a worker applies it (or marks it FAILED if the subscription moved meanwhile); it is
 * withdrawn only through the double check (one person asks, another confirms).
 */
export const PROVISIONING_TRANSITIONS: Transitions<ProvisioningStatus> = {
  PENDING_CHECK: { to: ['APPLIED', 'SCHEDULED', 'RETURNED', 'REJECTED', 'WITHDRAWN'] },
  RETURNED: { to: ['PENDING_CHECK', 'WITHDRAWN'] },
  SCHEDULED: { to: ['APPLIED', 'FAILED', 'WITHDRAWN'] },
  APPLIED: { to: [] },
  FAILED: { to: [] },
  REJECTED: { to: [] },
  WITHDRAWN: { to: [] },
};
