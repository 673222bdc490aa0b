export interface NearMissModel {
  id: string;
  kind: 'NEAR_MISS' | 'INCIDENT';
  status: string;
  source: 'AUTOMATIC' | 'MANUAL';
  customerId: string | null;
  requestId: string | null;
  requestKind: string | null;
  fields: string[];
  description: string;
  causeCategory: string | null;
  countermeasure: string | null;
  makerValues: Record<string, unknown> | null;
  checkerValues: Record<string, unknown> | null;
  erredSide: string | null;
  reportedBy: string | null;
  occurredAt: Date;
  createdAt: Date;
  updatedAt: Date;
}

export const NEAR_MISS_COLUMNS = `n.id, n.kind, n.status, n.source, n.customer_id AS "customerId", n.request_id AS "requestId",
  n.request_kind AS "requestKind", n.fields, n.description, n.cause_category AS "causeCategory",
  n.countermeasure, n.maker_values AS "makerValues", n.checker_values AS "checkerValues", n.erred_side AS "erredSide",
  n.reported_by AS "reportedBy", n.occurred_at AS "occurredAt", n.created_at AS "createdAt",
  n.updated_at AS "updatedAt"`;
