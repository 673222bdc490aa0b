import type {
  ContractTerm,
  ProvisioningKind,
  ProvisioningStatus,
  SubscriptionChangePreview,
} from '@kizuna/domain';

export interface ProvisioningRequestModel {
  id: string;
  kind: ProvisioningKind;
  status: ProvisioningStatus;
  version: number;
  customerId: string;
  makerId: string;
  checkerId: string | null;
  planCode: string | null;
  optionCodes: string[];
  effectiveDate: string;
  churnReason: string | null;
  churnNote: string | null;
  baseSubscriptionVersion: number | null;
  preview: SubscriptionChangePreview | null;
  decisionReason: string | null;
  createdAt: Date;
  updatedAt: Date;
  decidedAt: Date | null;
  appliedAt: Date | null;
  /** Why a SCHEDULED request could not be applied on its date (a user error code). */
  failureCode: string | null;
  trialExtensionDays: number | null;
  /** TRIAL_EXTENSION: the trial's new last moment as a Tokyo date (what the checker re-enters). */
  trialEndsOn: string | null;
  /** The maker's note with the latest (re)submission. */
  makerNote: string | null;
  withdrawalRequestedBy: string | null;
  withdrawalRequestedAt: Date | null;
  withdrawalReason: string | null;
  /** When the current version was (re)submitted. */
  submittedAt: Date;
  /** CONVERSION, REACTIVATION: the new contract's term; null for other kinds (and older requests). */
  contractTerm: ContractTerm | null;
}

export const REQUEST_COLUMNS = `r.id, r.kind, r.status, r.version, r.customer_id AS "customerId", r.maker_id AS "makerId",
  r.checker_id AS "checkerId", r.plan_code AS "planCode", r.option_codes AS "optionCodes",
  to_char(r.effective_date, 'YYYY-MM-DD') AS "effectiveDate", r.churn_reason AS "churnReason", r.churn_note AS "churnNote",
  r.base_subscription_version AS "baseSubscriptionVersion", r.preview, r.decision_reason AS "decisionReason",
  r.created_at AS "createdAt", r.updated_at AS "updatedAt", r.decided_at AS "decidedAt", r.applied_at AS "appliedAt",
  r.failure_code AS "failureCode", r.trial_extension_days AS "trialExtensionDays",
  to_char(r.trial_ends_on, 'YYYY-MM-DD') AS "trialEndsOn", r.maker_note AS "makerNote",
  r.withdrawal_requested_by AS "withdrawalRequestedBy", r.withdrawal_requested_at AS "withdrawalRequestedAt",
  r.withdrawal_reason AS "withdrawalReason", r.contract_term AS "contractTerm",
  (SELECT max(e.occurred_at) FROM provisioning_request_event e
    WHERE e.request_id = r.id AND e.action IN ('SUBMITTED','RESUBMITTED')) AS "submittedAt"`;

export interface RequestEventModel {
  id: string;
  requestId: string;
  occurredAt: Date;
  actorId: string | null;
  action: string;
  version: number;
  details: Record<string, unknown>;
}
