import type { DataSource } from 'typeorm';
import {
  canTransition,
  NEAR_MISS_TRANSITIONS,
  ok,
  userError,
  validateNearMissReport,
  validateNearMissText,
  type NearMissCause,
  type NearMissErredSide,
  type NearMissKind,
  type NearMissStatus,
  type UserErrorData,
} from '@kizuna/domain';
import type { Actor } from '../../graphql/context';
import { recordAudit } from '../audit/audit.service';
import { NEAR_MISS_COLUMNS, type NearMissModel } from './near-miss.model';

export type NearMissOutcome = { ok: true; id: string } | { ok: false; errors: UserErrorData[] };

/** Record a near-miss or incident by hand. */
export async function recordNearMiss(
  dataSource: DataSource,
  actor: Actor,
  auditRequestId: string,
  input: {
    kind: NearMissKind;
    description: string;
    customerId: string | null;
    requestId: string | null;
    fields: string[];
    causeCategory: NearMissCause | null;
    countermeasure: string | null;
    occurredAt: string | null;
  },
  now: Date,
): Promise<NearMissOutcome> {
  const report = validateNearMissReport(input, now);
  if (!report.ok) return { ok: false, errors: report.error };
  const { description, countermeasure, occurredAt } = report.value;
  return dataSource.transaction(async (m) => {
    let requestKind: string | null = null;
    let customerId = input.customerId;
    if (input.requestId) {
      const [request]: { kind: string; customer_id: string }[] = await m.query(
        `SELECT kind, customer_id FROM provisioning_request WHERE id = $1`,
        [input.requestId],
      );
      if (!request) return { ok: false, errors: [userError('NOT_FOUND', 'requestId')] };
      // A request of another customer than the one named: one of the two is a mistake.
      if (customerId && customerId !== request.customer_id)
        return { ok: false, errors: [userError('OTHER_CUSTOMER', 'requestId')] };
      requestKind = request.kind;
      customerId ??= request.customer_id;
    }
    if (customerId) {
      const [c] = await m.query(`SELECT 1 FROM customer WHERE id = $1`, [customerId]);
      if (!c) return { ok: false, errors: [userError('NOT_FOUND', 'customerId')] };
    }
    const status: NearMissStatus = countermeasure ? 'COUNTERMEASURE_PLANNED' : 'OPEN';
    const [row]: { id: string }[] = await m.query(
      `INSERT INTO near_miss (kind, status, source, customer_id, request_id, request_kind, fields, description,
                              cause_category, countermeasure, reported_by, occurred_at)
       VALUES ($1, $2, 'MANUAL', $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        input.kind,
        status,
        customerId,
        input.requestId,
        requestKind,
        input.fields,
        description,
        input.causeCategory,
        countermeasure,
        actor.kind === 'STAFF' ? actor.id : null,
        occurredAt,
      ],
    );
    await recordAudit(m, {
      actor,
      requestId: auditRequestId,
      action: 'nearMiss.recorded',
      entityType: 'NearMiss',
      entityId: row!.id,
      before: null,
      after: { kind: input.kind, status, causeCategory: input.causeCategory, fields: input.fields },
    });
    return { ok: true as const, id: row!.id };
  });
}

/** Edit the analysis of a near-miss: cause, countermeasure (再発防止策), status. */
export async function updateNearMiss(
  dataSource: DataSource,
  actor: Actor,
  auditRequestId: string,
  id: string,
  changes: {
    description?: string | null;
    causeCategory?: NearMissCause | null;
    countermeasure?: string | null;
    status?: NearMissStatus | null;
    erredSide?: NearMissErredSide | null;
  },
): Promise<NearMissOutcome> {
  return dataSource.transaction(async (m) => {
    const [current]: NearMissModel[] = await m.query(
      `SELECT ${NEAR_MISS_COLUMNS} FROM near_miss n WHERE n.id = $1 FOR UPDATE`,
      [id],
    );
    if (!current) return { ok: false, errors: [userError('NOT_FOUND', 'nearMissId')] };
    const status = (changes.status ?? current.status) as NearMissStatus;
    if (
      status !== current.status &&
      !canTransition(NEAR_MISS_TRANSITIONS, current.status as NearMissStatus, status)
    ) {
      return {
        ok: false,
        errors: [
          userError('INVALID_STAGE_TRANSITION', 'status', { from: current.status, to: status }),
        ],
      };
    }
    const description = validateNearMissText(
      changes.description ?? current.description,
      'description',
    );
    const countermeasure =
      changes.countermeasure !== undefined
        ? validateNearMissText(changes.countermeasure, 'countermeasure')
        : ok(current.countermeasure);
    const refusals = [description, countermeasure].flatMap((r) => (r.ok ? [] : [r.error]));
    if (!description.ok || !countermeasure.ok) return { ok: false, errors: refusals };
    const next = {
      description: description.value!,
      causeCategory:
        changes.causeCategory !== undefined ? changes.causeCategory : current.causeCategory,
      countermeasure: countermeasure.value,
      status,
      erredSide: changes.erredSide !== undefined ? changes.erredSide : current.erredSide,
    };
    await m.query(
      `UPDATE near_miss SET description = $2, cause_category = $3, countermeasure = $4, status = $5, erred_side = $6,
              updated_at = now() WHERE id = $1`,
      [id, next.description, next.causeCategory, next.countermeasure, next.status, next.erredSide],
    );
    await recordAudit(m, {
      actor,
      requestId: auditRequestId,
      action: 'nearMiss.updated',
      entityType: 'NearMiss',
      entityId: id,
      // Free text may name people: the trail keeps its length and whether it changed, never the
      // text, which stays in near_miss where erasure can clear it (issue 13).
      before: {
        causeCategory: current.causeCategory,
        status: current.status,
        countermeasureLength: current.countermeasure?.length ?? null,
        descriptionLength: current.description.length,
        erredSide: current.erredSide,
      },
      after: {
        causeCategory: next.causeCategory,
        status: next.status,
        countermeasureLength: next.countermeasure?.length ?? null,
        descriptionLength: next.description.length,
        textChanged: [
          ...(next.description !== current.description ? ['description'] : []),
          ...(next.countermeasure !== current.countermeasure ? ['countermeasure'] : []),
        ],
        erredSide: next.erredSide,
      },
    });
    return { ok: true as const, id };
  });
}
