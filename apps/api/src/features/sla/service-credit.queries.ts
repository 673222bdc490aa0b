import type { EntityManager } from 'typeorm';
import type { ServiceSegment, SlaMonth } from '@kizuna/domain';

/** A SERVICE_CREDIT request raised for this month and plan before, row-locked. */
export interface ExistingCreditRequest {
  id: string;
  status: string;
  version: number;
  customerId: string;
  creditExclTax: number;
  creditPercent: number;
  serviceDays: number;
  feeExclTax: number;
}

/** Lock every SERVICE_CREDIT request of a recorded month and plan (any status). */
export async function lockCreditRequests(
  m: EntityManager,
  availabilityId: string,
): Promise<ExistingCreditRequest[]> {
  return m.query(
    `SELECT r.id, r.status, r.version, r.customer_id AS "customerId", p.credit_excl_tax AS "creditExclTax",
            p.credit_percent AS "creditPercent", p.service_days AS "serviceDays", p.fee_excl_tax AS "feeExclTax"
       FROM provisioning_request r JOIN service_credit_proposal p ON p.request_id = r.id
      WHERE p.availability_id = $1
      ORDER BY r.created_at, r.id
        FOR UPDATE OF r`,
    [availabilityId],
  );
}

export interface AffectedCustomer {
  customerId: string;
  segments: ServiceSegment[];
  /** The last contract on the plan within the month: what the request's preview shows. */
  contract: { planCode: string; optionCodes: string[]; monthlyFeeExclTax: number };
}

/**
 * The customers ACTIVE on the plan at any time in the month, from the fee history (ADR 0018),
 * with their stretches on the plan. Zero-length rows (two changes on one day) are left out.
 */
export async function affectedCustomers(
  m: EntityManager,
  month: SlaMonth,
  planCode: string,
): Promise<AffectedCustomer[]> {
  const rows: {
    customer_id: string;
    from: string;
    to: string | null;
    fee: number;
    option_codes: string[];
  }[] = await m.query(
    `SELECT f.customer_id, to_char(f.effective_from, 'YYYY-MM-DD') AS "from",
            to_char(f.effective_to, 'YYYY-MM-DD') AS "to", f.monthly_fee_excl_tax AS fee, f.option_codes
       FROM subscription_fee f
      WHERE f.plan_code = $1 AND f.status = 'ACTIVE'
        AND f.effective_from < $3::date AND (f.effective_to IS NULL OR f.effective_to > $2::date)
        AND (f.effective_to IS NULL OR f.effective_to > f.effective_from)
      ORDER BY f.customer_id, f.effective_from, f.id`,
    [planCode, month.firstDay, month.nextFirstDay],
  );
  const byCustomer = new Map<string, AffectedCustomer>();
  for (const r of rows) {
    const customer = byCustomer.get(r.customer_id) ?? {
      customerId: r.customer_id,
      segments: [],
      contract: { planCode, optionCodes: [], monthlyFeeExclTax: 0 },
    };
    customer.segments.push({ from: r.from, to: r.to, monthlyFeeExclTax: r.fee });
    customer.contract = { planCode, optionCodes: r.option_codes, monthlyFeeExclTax: r.fee };
    byCustomer.set(r.customer_id, customer);
  }
  return [...byCustomer.values()];
}
