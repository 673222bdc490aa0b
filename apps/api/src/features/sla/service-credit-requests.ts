import type { EntityManager } from 'typeorm';
import {
  computeServiceCredit,
  serviceCreditPreview,
  type ServiceCredit,
  type SlaMonth,
} from '@kizuna/domain';
import type { Actor } from '../../graphql/context';
import { recordAudit } from '../audit/audit.service';
import { recordRequestEvent } from '../provisioning/provisioning-events';
import { addRequestEvent } from '../provisioning/provisioning-store';
import {
  affectedCustomers,
  type AffectedCustomer,
  type ExistingCreditRequest,
} from './service-credit.queries';

/** A month and plan as recorded, with the credit step its availability earns (0: none). */
export interface RecordedMonth {
  availabilityId: string;
  month: SlaMonth;
  planCode: string;
  targetPercent: number;
  measuredPercent: number;
  creditPercent: number;
}

const OPEN = ['PENDING_CHECK', 'RETURNED'];

export interface CreditRequestCounts {
  raised: number;
  updated: number;
  withdrawn: number;
}

/**
 * Bring the month's SERVICE_CREDIT requests in line with its availability (ADR 0020): one request
 * per customer owed a credit. An open request with the same credit is left alone; with another
 * credit it becomes a new version waiting for a fresh blind check; an open request no longer owed
 * is withdrawn. A rejected request is a checker's final word on that customer's month: none is
 * raised again. A customer with none open (never raised, or withdrawn) gets a new one.
 * The caller has refused the re-recording if any credit of the month was already applied.
 */
export async function syncCreditRequests(
  m: EntityManager,
  who: { actor: Actor; requestId: string },
  recorded: RecordedMonth,
  existing: readonly ExistingCreditRequest[],
  today: string,
  now: Date,
): Promise<CreditRequestCounts> {
  const counts: CreditRequestCounts = { raised: 0, updated: 0, withdrawn: 0 };
  const owed = new Map<string, { credit: ServiceCredit; customer: AffectedCustomer }>();
  if (recorded.creditPercent > 0) {
    for (const customer of await affectedCustomers(m, recorded.month, recorded.planCode)) {
      const credit = computeServiceCredit(
        customer.segments,
        recorded.month,
        recorded.creditPercent,
      );
      // A free contract earns nothing to credit: no request.
      if (credit.credit.excludingTax > 0) owed.set(customer.customerId, { credit, customer });
    }
  }
  for (const request of existing.filter((r) => OPEN.includes(r.status))) {
    const due = owed.get(request.customerId);
    if (!due) {
      await withdraw(m, who, request, now);
      counts.withdrawn++;
    } else if (!sameCredit(request, due.credit)) {
      await revise(m, who, recorded, request, due.credit, now);
      counts.updated++;
    }
  }
  for (const [customerId, due] of owed) {
    const before = existing.filter((r) => r.customerId === customerId);
    if (before.some((r) => OPEN.includes(r.status) || r.status === 'REJECTED')) continue;
    await raise(m, who, recorded, due.customer, due.credit, today, now);
    counts.raised++;
  }
  return counts;
}

const sameCredit = (r: ExistingCreditRequest, c: ServiceCredit) =>
  r.creditExclTax === c.credit.excludingTax &&
  r.creditPercent === c.creditPercent &&
  r.serviceDays === c.serviceDays &&
  r.feeExclTax === c.feeExclTax;

async function writeProposal(
  m: EntityManager,
  requestId: string,
  recorded: RecordedMonth,
  customerId: string,
  c: ServiceCredit,
): Promise<void> {
  await m.query(
    `INSERT INTO service_credit_proposal (request_id, availability_id, customer_id, month, plan_code, measured_percent,
                                          target_percent, credit_percent, service_days, days_in_month, fee_excl_tax,
                                          credit_excl_tax, credit_tax, credit_incl_tax)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
     ON CONFLICT (request_id) DO UPDATE SET
       measured_percent = EXCLUDED.measured_percent, target_percent = EXCLUDED.target_percent,
       credit_percent = EXCLUDED.credit_percent, service_days = EXCLUDED.service_days,
       days_in_month = EXCLUDED.days_in_month, fee_excl_tax = EXCLUDED.fee_excl_tax,
       credit_excl_tax = EXCLUDED.credit_excl_tax, credit_tax = EXCLUDED.credit_tax,
       credit_incl_tax = EXCLUDED.credit_incl_tax`,
    [
      requestId,
      recorded.availabilityId,
      customerId,
      recorded.month.firstDay,
      recorded.planCode,
      recorded.measuredPercent,
      recorded.targetPercent,
      c.creditPercent,
      c.serviceDays,
      c.daysInMonth,
      c.feeExclTax,
      c.credit.excludingTax,
      c.credit.tax,
      c.credit.includingTax,
    ],
  );
}

/** A new request, made by whoever recorded the availability; the checker re-enters the amount. */
async function raise(
  m: EntityManager,
  who: { actor: Actor; requestId: string },
  recorded: RecordedMonth,
  customer: AffectedCustomer,
  credit: ServiceCredit,
  today: string,
  now: Date,
): Promise<void> {
  const [row]: { id: string }[] = await m.query(
    `INSERT INTO provisioning_request (kind, status, customer_id, maker_id, plan_code, option_codes, effective_date,
                                       base_subscription_version, preview)
     VALUES ('SERVICE_CREDIT', 'PENDING_CHECK', $1, $2, $3, '{}', $4, NULL, $5) RETURNING id`,
    [
      customer.customerId,
      who.actor.id,
      recorded.planCode,
      today,
      JSON.stringify(serviceCreditPreview(customer.contract)),
    ],
  );
  const request = {
    id: row!.id,
    version: 1,
    customerId: customer.customerId,
    kind: 'SERVICE_CREDIT' as const,
    effectiveDate: today,
  };
  await writeProposal(m, request.id, recorded, customer.customerId, credit);
  await addRequestEvent(m, request, who.actor, 'SUBMITTED', {});
  await recordRequestEvent(m, 'provisioning_request.submitted', request, now);
  await recordAudit(m, {
    actor: who.actor,
    requestId: who.requestId,
    action: 'provisioningRequest.submitted',
    entityType: 'ProvisioningRequest',
    entityId: request.id,
    before: null,
    // Not the amount: checkers may read the audit trail before their blind check.
    after: {
      kind: 'SERVICE_CREDIT',
      status: 'PENDING_CHECK',
      version: 1,
      customerId: customer.customerId,
    },
  });
}

/** A new measurement changed the credit: a new version, waiting for a new blind check. */
async function revise(
  m: EntityManager,
  who: { actor: Actor; requestId: string },
  recorded: RecordedMonth,
  request: ExistingCreditRequest,
  credit: ServiceCredit,
  now: Date,
): Promise<void> {
  const version = request.version + 1;
  const [[row]]: [{ effective_date: string }[], number] = await m.query(
    `UPDATE provisioning_request
        SET status = 'PENDING_CHECK', version = $2, checker_id = NULL, decision_reason = NULL, updated_at = now()
      WHERE id = $1 RETURNING to_char(effective_date, 'YYYY-MM-DD') AS effective_date`,
    [request.id, version],
  );
  await writeProposal(m, request.id, recorded, request.customerId, credit);
  const revised = {
    id: request.id,
    version,
    customerId: request.customerId,
    kind: 'SERVICE_CREDIT' as const,
    effectiveDate: row!.effective_date,
  };
  await addRequestEvent(m, revised, who.actor, 'RESUBMITTED', {});
  await recordRequestEvent(m, 'provisioning_request.submitted', revised, now);
  await recordAudit(m, {
    actor: who.actor,
    requestId: who.requestId,
    action: 'provisioningRequest.resubmitted',
    entityType: 'ProvisioningRequest',
    entityId: request.id,
    before: { status: request.status, version: request.version },
    after: { status: 'PENDING_CHECK', version },
  });
}

/** No longer owed (the month is no longer a breach, or the customer no longer affected). */
async function withdraw(
  m: EntityManager,
  who: { actor: Actor; requestId: string },
  request: ExistingCreditRequest,
  now: Date,
): Promise<void> {
  const [[row]]: [{ effective_date: string }[], number] = await m.query(
    `UPDATE provisioning_request SET status = 'WITHDRAWN', decided_at = $2, updated_at = now()
      WHERE id = $1 RETURNING to_char(effective_date, 'YYYY-MM-DD') AS effective_date`,
    [request.id, now],
  );
  const withdrawn = {
    id: request.id,
    version: request.version,
    customerId: request.customerId,
    kind: 'SERVICE_CREDIT' as const,
    effectiveDate: row!.effective_date,
  };
  await addRequestEvent(m, withdrawn, who.actor, 'WITHDRAWN', {
    reason:
      '稼働率の再記録によりクレジット対象外 / No longer owed after the availability was re-recorded',
  });
  await recordRequestEvent(m, 'provisioning_request.withdrawn', withdrawn, now);
  await recordAudit(m, {
    actor: who.actor,
    requestId: who.requestId,
    action: 'provisioningRequest.withdrawn',
    entityType: 'ProvisioningRequest',
    entityId: request.id,
    before: { status: request.status, version: request.version },
    after: { status: 'WITHDRAWN', version: request.version },
  });
}
