import type { DataSource } from 'typeorm';
import {
  creditPercentFor,
  isoDateJst,
  isSlaBreached,
  userError,
  validateAvailability,
  type AvailabilityInput,
  type UserErrorData,
} from '@kizuna/domain';
import type { Actor } from '../../graphql/context';
import { recordAudit } from '../audit/audit.service';
import { loadCreditTiers } from './sla-credit-tiers';
import { syncCreditRequests, type CreditRequestCounts } from './service-credit-requests';
import { lockCreditRequests } from './service-credit.queries';

export type RecordAvailabilityOutcome =
  | { ok: true; availabilityId: string; requests: CreditRequestCounts }
  | { ok: false; errors: UserErrorData[] };

interface StoredAvailability {
  id: string;
  availabilityPercent: number;
  targetPercent: number;
  version: number;
}

/**
 * Record what monitoring measured for a month and plan (ADMIN), then — in the same transaction —
 * raise, revise or withdraw the month's SERVICE_CREDIT requests (ADR 0020). Re-recording a month
 * replaces its value; it is refused once a credit of that month and plan has been applied. The
 * incident note is stored with the month and kept out of the audit trail.
 */
export async function recordAvailability(
  dataSource: DataSource,
  who: { actor: Actor; requestId: string },
  input: AvailabilityInput & { planCode: string },
  now: Date,
): Promise<RecordAvailabilityOutcome> {
  const valid = validateAvailability(input, now);
  if (!valid.ok) return { ok: false, errors: valid.error };
  const { month, availabilityPercent, incidentNote } = valid.value;
  return dataSource.transaction(async (m): Promise<RecordAvailabilityOutcome> => {
    const [plan]: { code: string; target: number }[] = await m.query(
      `SELECT code, sla_target_percent::float8 AS target FROM plan WHERE code = $1`,
      [input.planCode.trim()],
    );
    if (!plan)
      return {
        ok: false,
        errors: [userError('UNKNOWN_PLAN', 'planCode', { value: input.planCode.slice(0, 50) })],
      };
    // Two recordings of one month and plan run one after the other: the row is created, then locked.
    const inserted: unknown[] = await m.query(
      `INSERT INTO sla_availability (month, plan_code, availability_percent, target_percent, recorded_by, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (month, plan_code) DO NOTHING RETURNING id`,
      [month.firstDay, plan.code, availabilityPercent, plan.target, who.actor.id, now],
    );
    const first = inserted.length === 1;
    const [stored]: StoredAvailability[] = await m.query(
      `SELECT id, availability_percent::float8 AS "availabilityPercent", target_percent::float8 AS "targetPercent",
              version
         FROM sla_availability WHERE month = $1 AND plan_code = $2 FOR UPDATE`,
      [month.firstDay, plan.code],
    );
    const existing = await lockCreditRequests(m, stored!.id);
    if (existing.some((r) => r.status === 'APPLIED'))
      return { ok: false, errors: [userError('SLA_CREDIT_ALREADY_APPLIED', 'month')] };
    const creditPercent = creditPercentFor(
      await loadCreditTiers(m),
      plan.target,
      availabilityPercent,
    );
    const [[updated]]: [{ version: number }[], number] = await m.query(
      `UPDATE sla_availability
          SET availability_percent = $2, target_percent = $3, credit_percent = $4, incident_note = $5,
              recorded_by = $6, recorded_at = $7, version = CASE WHEN $8 THEN version ELSE version + 1 END
        WHERE id = $1 RETURNING version`,
      [
        stored!.id,
        availabilityPercent,
        plan.target,
        creditPercent,
        incidentNote,
        who.actor.id,
        now,
        first,
      ],
    );
    const requests = await syncCreditRequests(
      m,
      who,
      {
        availabilityId: stored!.id,
        month,
        planCode: plan.code,
        targetPercent: plan.target,
        measuredPercent: availabilityPercent,
        creditPercent,
      },
      existing,
      isoDateJst(now),
      now,
    );
    await recordAudit(m, {
      actor: who.actor,
      requestId: who.requestId,
      action: 'slaAvailability.recorded',
      entityType: 'SlaAvailability',
      entityId: stored!.id,
      before: first
        ? null
        : {
            availabilityPercent: stored!.availabilityPercent,
            targetPercent: stored!.targetPercent,
            version: stored!.version,
          },
      // The incident note is free text: it stays in its row, never in the trail.
      after: {
        month: month.month,
        planCode: plan.code,
        availabilityPercent,
        targetPercent: plan.target,
        breached: isSlaBreached(plan.target, availabilityPercent),
        creditPercent,
        version: updated!.version,
        creditRequests: requests,
      },
    });
    return { ok: true, availabilityId: stored!.id, requests };
  });
}
