import type { EntityManager } from 'typeorm';
import { toGlobalId } from '../../graphql/relay';
import { enqueueOutbox } from '../outbox/outbox.service';
import type { ProvisioningRequestModel } from '../provisioning/provisioning.model';
import type { SubscriptionState } from '../provisioning/subscription-state';

/** A credit as proposed to the checker and, once applied, as granted. */
interface Proposal {
  month: string;
  planCode: string;
  measuredPercent: number;
  targetPercent: number;
  creditPercent: number;
  serviceDays: number;
  daysInMonth: number;
  feeExclTax: number;
  excludingTax: number;
  tax: number;
  includingTax: number;
}

/** The credit (税抜) a SERVICE_CREDIT request proposes: what its checker must re-enter. */
export async function proposedCreditAmount(
  db: Pick<EntityManager, 'query'>,
  requestId: string,
): Promise<number | null> {
  const [row]: { amount: number }[] = await db.query(
    `SELECT credit_excl_tax AS amount FROM service_credit_proposal WHERE request_id = $1`,
    [requestId],
  );
  return row?.amount ?? null;
}

/**
 * SERVICE_CREDIT: grant the credit the request proposed — one `service_credit` row and the
 * `service_credit.applied` event; the subscription does not change. Returns the audit's
 * before/after (amounts and codes only).
 */
export async function applyServiceCredit(
  m: EntityManager,
  request: ProvisioningRequestModel,
  state: SubscriptionState,
  now: Date,
): Promise<{ before: Record<string, unknown>; after: Record<string, unknown> }> {
  const [p]: Proposal[] = await m.query(
    `SELECT to_char(month, 'YYYY-MM') AS month, plan_code AS "planCode", measured_percent::float8 AS "measuredPercent",
            target_percent::float8 AS "targetPercent", credit_percent AS "creditPercent", service_days AS "serviceDays",
            days_in_month AS "daysInMonth", fee_excl_tax AS "feeExclTax", credit_excl_tax AS "excludingTax",
            credit_tax AS tax, credit_incl_tax AS "includingTax"
       FROM service_credit_proposal WHERE request_id = $1`,
    [request.id],
  );
  if (!p) throw new Error(`service credit request ${request.id} has no proposal`);
  const [credit]: { id: string }[] = await m.query(
    `INSERT INTO service_credit (customer_id, month, plan_code, request_id, credit_percent, credit_excl_tax,
                                 credit_tax, credit_incl_tax, applied_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      request.customerId,
      `${p.month}-01`,
      p.planCode,
      request.id,
      p.creditPercent,
      p.excludingTax,
      p.tax,
      p.includingTax,
      now,
    ],
  );
  const amount = { excludingTax: p.excludingTax, tax: p.tax, includingTax: p.includingTax };
  await enqueueOutbox(m, {
    type: 'service_credit.applied',
    aggregateType: 'Customer',
    aggregateId: request.customerId,
    occurredAt: now,
    payload: {
      customerId: toGlobalId('Customer', request.customerId),
      subscriptionId: state.subscription ? toGlobalId('Subscription', state.subscription.id) : null,
      provisioningRequestId: toGlobalId('ProvisioningRequest', request.id),
      month: p.month,
      planCode: p.planCode,
      targetPercent: p.targetPercent,
      measuredPercent: p.measuredPercent,
      creditPercent: p.creditPercent,
      serviceDays: p.serviceDays,
      daysInMonth: p.daysInMonth,
      feeExcludingTax: p.feeExclTax,
      credit: amount,
    },
  });
  return {
    before: { serviceCredit: null },
    after: {
      serviceCreditId: credit!.id,
      month: p.month,
      planCode: p.planCode,
      creditPercent: p.creditPercent,
      credit: amount,
    },
  };
}
