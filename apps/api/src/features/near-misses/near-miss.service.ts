import type { DataSource } from 'typeorm';
import {
  canTransition,
  NEAR_MISS_TRANSITIONS,
  userError,
  type NearMissCause,
  type NearMissKind,
  type NearMissStatus,
  type UserErrorData,
} from '@kizuna/domain';
import type { Actor } from '../../graphql/context';
import { recordAudit } from '../audit/audit.service';
import { NEAR_MISS_COLUMNS, type NearMissModel } from './near-miss.model';

export type NearMissOutcome = { ok: true; id: string } | { ok: false; errors: UserErrorData[] };

const DESCRIPTION_MAX = 2000;

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
): Promise<NearMissOutcome> {
  const errors: UserErrorData[] = [];
  const description = input.description.trim();
  if (!description) errors.push(userError('REQUIRED', 'description'));
  if (description.length > DESCRIPTION_MAX)
    errors.push(userError('TOO_LONG', 'description', { max: DESCRIPTION_MAX }));
  const occurredAt = input.occurredAt ? new Date(input.occurredAt) : new Date();
  if (Number.isNaN(occurredAt.getTime())) errors.push(userError('INVALID_DATE', 'occurredAt'));
  if (errors.length > 0) return { ok: false, errors };
  return dataSource.transaction(async (m) => {
    let requestKind: string | null = null;
    let customerId = input.customerId;
    if (input.requestId) {
      const [request]: { kind: string; customer_id: string }[] = await m.query(
        `SELECT kind, customer_id FROM provisioning_request WHERE id = $1`,
        [input.requestId],
      );
      if (!request) return { ok: false, errors: [userError('NOT_FOUND', 'requestId')] };
      requestKind = request.kind;
      customerId ??= request.customer_id;
    }
    if (customerId) {
      const [c] = await m.query(`SELECT 1 FROM customer WHERE id = $1`, [customerId]);
      if (!c) return { ok: false, errors: [userError('NOT_FOUND', 'customerId')] };
    }
    const status: NearMissStatus = input.countermeasure?.trim() ? 'COUNTERMEASURE_PLANNED' : 'OPEN';
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
        input.countermeasure?.trim() || null,
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
    const description = changes.description?.trim() ?? current.description;
    if (!description) return { ok: false, errors: [userError('REQUIRED', 'description')] };
    const next = {
      description,
      causeCategory:
        changes.causeCategory !== undefined ? changes.causeCategory : current.causeCategory,
      countermeasure:
        changes.countermeasure !== undefined
          ? changes.countermeasure?.trim() || null
          : current.countermeasure,
      status,
    };
    await m.query(
      `UPDATE near_miss SET description = $2, cause_category = $3, countermeasure = $4, status = $5, updated_at = now() WHERE id = $1`,
      [id, next.description, next.causeCategory, next.countermeasure, next.status],
    );
    await recordAudit(m, {
      actor,
      requestId: auditRequestId,
      action: 'nearMiss.updated',
      entityType: 'NearMiss',
      entityId: id,
      before: {
        causeCategory: current.causeCategory,
        status: current.status,
        countermeasure: current.countermeasure,
      },
      after: {
        causeCategory: next.causeCategory,
        status: next.status,
        countermeasure: next.countermeasure,
      },
    });
    return { ok: true as const, id };
  });
}
