import {
  ACCOUNT_OWNER_REQUEST_KINDS,
  automaticTaskAssignee,
  ERASED_TEXT,
  followUpDueOn,
  isoDateJst,
  kickoffDueOn,
  needsDetractorFollowUp,
  type LifecycleStage,
  type SurveyKind,
  type TaskKind,
  type TaskSourceType,
} from '@kizuna/domain';
import type { EntityManager } from 'typeorm';
import type { Queryable } from '../../db/queryable';
import { recordAudit } from '../audit/audit.service';
import type { ProvisioningRequestModel } from '../provisioning/provisioning.model';

/** An UPDATE through TypeORM's query answers [rows, affected count]. */
const affected = (result: unknown): number => (result as [unknown, number])[1];

interface AutomaticTask {
  customerId: string;
  kind: Exclude<TaskKind, 'MANUAL'>;
  assigneeId: string | null;
  dueOn: string;
  sourceType: TaskSourceType;
  sourceId: string;
}

/**
 * Insert automatic tasks in one statement and audit those inserted (by the system). A source
 * that already raised its task, or a second open follow-up of a customer, inserts nothing: the
 * unique indexes decide, so retries and concurrent replicas never raise a task twice.
 */
async function raise(m: EntityManager, tasks: readonly AutomaticTask[], now: Date) {
  if (tasks.length === 0) return;
  const col = <T>(f: (t: AutomaticTask) => T) => tasks.map(f);
  const inserted: { id: string; sourceId: string }[] = await m.query(
    `INSERT INTO task (customer_id, kind, assignee_id, due_on, source_type, source_id, created_at)
     SELECT customer_id, kind, assignee_id, due_on, source_type, source_id, $7
       FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::date[], $5::text[], $6::uuid[])
            AS t(customer_id, kind, assignee_id, due_on, source_type, source_id)
     ON CONFLICT DO NOTHING
     RETURNING id, source_id AS "sourceId"`,
    [
      col((t) => t.customerId),
      col((t) => t.kind),
      col((t) => t.assigneeId),
      col((t) => t.dueOn),
      col((t) => t.sourceType),
      col((t) => t.sourceId),
      now,
    ],
  );
  for (const row of inserted) {
    const task = tasks.find((t) => t.sourceId === row.sourceId)!;
    await recordAudit(m, {
      actor: null,
      requestId: null,
      action: 'task.created',
      entityType: 'Task',
      entityId: row.id,
      before: null,
      after: {
        customerId: task.customerId,
        kind: task.kind,
        assigneeId: task.assigneeId,
        dueOn: task.dueOn,
        ...{
          PROVISIONING_REQUEST: { provisioningRequestId: task.sourceId },
          SURVEY_RESPONSE: { surveyResponseId: task.sourceId },
          HEALTH_FALL: { healthFallId: task.sourceId },
        }[task.sourceType],
      },
    });
  }
}

/**
 * The tasks an applied request raises, in the apply's transaction (called once from the apply
 * path): a CONVERSION raises the customer's kickoff, due 7 Tokyo days after the apply date and
 * assigned to the request's maker (unassigned if no longer active).
 */
export async function raiseTasksOfAppliedRequest(
  m: EntityManager,
  request: Pick<ProvisioningRequestModel, 'id' | 'kind' | 'customerId' | 'makerId'>,
  now: Date,
): Promise<void> {
  if (request.kind !== 'CONVERSION') return;
  const [maker]: { id: string; active: boolean }[] = await m.query(
    `SELECT id, active FROM staff_user WHERE id = $1`,
    [request.makerId],
  );
  await raise(
    m,
    [
      {
        customerId: request.customerId,
        kind: 'KICKOFF',
        assigneeId: automaticTaskAssignee(maker),
        dueOn: kickoffDueOn(isoDateJst(now)),
        sourceType: 'PROVISIONING_REQUEST',
        sourceId: request.id,
      },
    ],
    now,
  );
}

/**
 * Who looks after each customer: the maker of its latest applied request of the kinds that
 * name an account's owner, with whether that person is still active.
 */
async function accountOwners(
  db: Queryable,
  customerIds: readonly string[],
): Promise<Map<string, { id: string; active: boolean }>> {
  const rows: { customerId: string; id: string; active: boolean }[] = await db.query(
    `SELECT DISTINCT ON (r.customer_id) r.customer_id AS "customerId", s.id, s.active
       FROM provisioning_request r JOIN staff_user s ON s.id = r.maker_id
      WHERE r.customer_id = ANY($1::uuid[]) AND r.status = 'APPLIED' AND r.kind = ANY($2::text[])
      ORDER BY r.customer_id, r.applied_at DESC, r.id DESC`,
    [customerIds, ACCOUNT_OWNER_REQUEST_KINDS],
  );
  return new Map(rows.map((r) => [r.customerId, r]));
}

/**
 * The follow-ups of survey answers just stored (their ids), in the storing transaction: a
 * detractor's answer (domain's needsDetractorFollowUp) raises a FOLLOW_UP for its customer,
 * due 3 Tokyo days later, assigned to the account's owner (unassigned without an active one) —
 * unless the customer already has one open.
 */
export async function raiseDetractorFollowUps(
  m: EntityManager,
  responseIds: readonly string[],
  now: Date,
): Promise<void> {
  if (responseIds.length === 0) return;
  const answers: {
    id: string;
    customerId: string;
    surveyKind: SurveyKind;
    score: number;
    answeredAt: Date;
    stage: LifecycleStage;
  }[] = await m.query(
    `SELECT r.id, r.customer_id AS "customerId", s.kind AS "surveyKind", r.score,
            r.answered_at AS "answeredAt", c.stage
       FROM survey_response r JOIN survey s ON s.id = r.survey_id JOIN customer c ON c.id = r.customer_id
      WHERE r.id = ANY($1::uuid[])
      ORDER BY r.answered_at, r.id`,
    [responseIds],
  );
  // One per customer: the earliest detractor answer of the batch.
  const firstByCustomer = new Map<string, (typeof answers)[number]>();
  for (const a of answers)
    if (needsDetractorFollowUp(a, now) && !firstByCustomer.has(a.customerId))
      firstByCustomer.set(a.customerId, a);
  if (firstByCustomer.size === 0) return;
  const owners = await accountOwners(m, [...firstByCustomer.keys()]);
  const dueOn = followUpDueOn(now);
  await raise(
    m,
    [...firstByCustomer.values()].map((a) => ({
      customerId: a.customerId,
      kind: 'FOLLOW_UP' as const,
      assigneeId: automaticTaskAssignee(owners.get(a.customerId)),
      dueOn,
      sourceType: 'SURVEY_RESPONSE' as const,
      sourceId: a.id,
    })),
    now,
  );
}

/**
 * The follow-ups of customers whose health score just fell to AT_RISK (one `customer_health_fall`
 * row each), in the recompute's transaction: due 3 Tokyo days later, assigned to the account's
 * owner — unless the customer already has a follow-up open (one at a time is enough).
 */
export async function raiseHealthFallFollowUps(
  m: EntityManager,
  falls: readonly { fallId: string; customerId: string }[],
  now: Date,
): Promise<void> {
  if (falls.length === 0) return;
  const owners = await accountOwners(
    m,
    falls.map((f) => f.customerId),
  );
  const dueOn = followUpDueOn(now);
  await raise(
    m,
    falls.map((f) => ({
      customerId: f.customerId,
      kind: 'FOLLOW_UP' as const,
      assigneeId: automaticTaskAssignee(owners.get(f.customerId)),
      dueOn,
      sourceType: 'HEALTH_FALL' as const,
      sourceId: f.fallId,
    })),
    now,
  );
}

/** Erasure: the customer's open tasks are cancelled (nobody is to call its people any more). */
export async function cancelTasksOfErasedCustomer(
  m: EntityManager,
  customerId: string,
  now: Date,
): Promise<number> {
  return affected(
    await m.query(
      `UPDATE task SET status = 'CANCELLED', cancelled_at = $2 WHERE customer_id = $1 AND status = 'OPEN'`,
      [customerId, now],
    ),
  );
}

/** Erasure: titles typed by staff are free text that may name people; returns how many. */
export async function eraseTaskTitles(m: EntityManager, customerId: string): Promise<number> {
  return affected(
    await m.query(
      `UPDATE task SET title = $2 WHERE customer_id = $1 AND title IS NOT NULL AND title <> $2`,
      [customerId, ERASED_TEXT],
    ),
  );
}
