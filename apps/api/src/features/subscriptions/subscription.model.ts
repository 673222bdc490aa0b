import type { ContractTerm } from '@kizuna/domain';
import type { SubscriptionStatus } from './subscription.entity';

export interface SubscriptionModel {
  id: string;
  customerId: string;
  planId: string;
  status: SubscriptionStatus;
  /** Timestamps as text (see db/timestamps.ts). */
  startedAt: string;
  cancelledAt: string | null;
  version: number;
  contractTerm: ContractTerm;
}

/** A subscription with its option ids (unordered), as `subscriptionOfCustomerSql` reads it. */
export interface SubscriptionWithOptionIdsModel extends SubscriptionModel {
  optionIds: string[];
}

export interface SubscriptionHistoryModel {
  id: string;
  subscriptionId: string;
  changedAt: Date;
  changeKind: string;
  statusBefore: string | null;
  statusAfter: string;
  planCodeBefore: string | null;
  planCodeAfter: string;
  optionCodesBefore: string[];
  optionCodesAfter: string[];
}
