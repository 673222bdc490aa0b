import type { ContactRole, Engagement, Industry, LifecycleStage } from '@kizuna/domain';

export interface CustomerModel {
  id: string;
  name: string;
  nameKana: string | null;
  corporateNumber: string | null;
  stage: LifecycleStage;
  /** Timestamps as text (see db/timestamps.ts). */
  trialStartedAt: string | null;
  trialEndsAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  trialExpiredAt: string | null;
  trialExtendedDays: number;
  /** When a CHURNED customer's contract ended (its erasure is due a grace period later). */
  churnedAt: string | null;
  annualRevenueYen: number | null;
  currentRatio: number | null;
  employeeCount: number | null;
  industry: Industry | null;
  engagement: Engagement | null;
}

export const CUSTOMER_COLUMNS = `c.id, c.name, c.name_kana AS "nameKana", c.corporate_number AS "corporateNumber", c.stage,
  c.trial_started_at::text AS "trialStartedAt", c.trial_ends_at::text AS "trialEndsAt",
  c.created_at::text AS "createdAt", c.updated_at::text AS "updatedAt", c.version,
  c.trial_expired_at::text AS "trialExpiredAt", c.trial_extended_days AS "trialExtendedDays",
  c.annual_revenue_yen::float8 AS "annualRevenueYen", c.current_ratio::float8 AS "currentRatio",
  c.employee_count AS "employeeCount", c.industry, c.engagement,
  (SELECT s.cancelled_at::text FROM subscription s
    WHERE s.customer_id = c.id AND c.stage = 'CHURNED' AND s.status = 'CANCELLED') AS "churnedAt"`;

export interface ContactModel {
  id: string;
  customerId: string;
  familyName: string;
  givenName: string | null;
  familyNameKana: string | null;
  givenNameKana: string | null;
  email: string;
  phone: string | null;
  role: ContactRole | null;
  isPrimary: boolean;
}

export interface StageChangeModel {
  id: string;
  customerId: string;
  fromStage: LifecycleStage | null;
  toStage: LifecycleStage;
  changedAt: Date;
  note: string | null;
}
