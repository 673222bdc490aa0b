import type {
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
}

export const REQUEST_COLUMNS = `r.id, r.kind, r.status, r.version, r.customer_id AS "customerId", r.maker_id AS "makerId",
  r.checker_id AS "checkerId", r.plan_code AS "planCode", r.option_codes AS "optionCodes",
  to_char(r.effective_date, 'YYYY-MM-DD') AS "effectiveDate", r.churn_reason AS "churnReason", r.churn_note AS "churnNote",
  r.base_subscription_version AS "baseSubscriptionVersion", r.preview, r.decision_reason AS "decisionReason",
  r.created_at AS "createdAt", r.updated_at AS "updatedAt", r.decided_at AS "decidedAt"`;

export interface RequestEventModel {
  id: string;
  requestId: string;
  occurredAt: Date;
  actorId: string | null;
  action: string;
  version: number;
  details: Record<string, unknown>;
}
