import type { DataSource } from 'typeorm';
import type { AuditAction, UserErrorData } from '@kizuna/domain';
import type { Queryable } from '../../db/queryable';
import type { Actor } from '../../graphql/context';
import { logger } from '../../observability/logger';
import { recordAudit } from '../audit/audit.service';
import { REQUEST_COLUMNS, type ProvisioningRequestModel } from './provisioning.model';

/** Read a request and row-lock it until the transaction ends (serialises concurrent checkers). */
export async function findRequestForUpdate(
  db: Queryable,
  id: string,
): Promise<ProvisioningRequestModel | null> {
  const [row] = await db.query(
    `SELECT ${REQUEST_COLUMNS} FROM provisioning_request r WHERE r.id = $1 FOR UPDATE`,
    [id],
  );
  return (row as ProvisioningRequestModel | undefined) ?? null;
}

/** Append a step to the request's history. Never holds the proposed values (blind check). */
export async function addRequestEvent(
  db: Queryable,
  request: Pick<ProvisioningRequestModel, 'id' | 'version'>,
  actor: Actor | null,
  action: string,
  details: Record<string, unknown>,
): Promise<void> {
  await db.query(
    `INSERT INTO provisioning_request_event (request_id, actor_id, action, version, details) VALUES ($1, $2, $3, $4, $5)`,
    [
      request.id,
      actor?.kind === 'STAFF' ? actor.id : null,
      action,
      request.version,
      JSON.stringify(details),
    ],
  );
}

// Request-scoped DataSources (one per request) that already left a refusal record: a request
// of 2,000 aliased refused decisions leaves one record, not 2,000 (ADR 0012).
const refusalsRecorded = new WeakMap<DataSource, Set<string>>();

/**
 * A refused decision changes nothing but is worth knowing (self-approval attempts, stale
 * approvals): it leaves an audit record, written in its own transaction after the rollback —
 * once per request, however many aliases it refused.
 */
export async function recordRefusal(
  dataSource: DataSource,
  actor: Actor,
  auditRequestId: string,
  requestId: string,
  action: Extract<AuditAction, `provisioningRequest.${string}Refused`>,
  errors: readonly UserErrorData[],
): Promise<void> {
  const recorded = refusalsRecorded.get(dataSource) ?? new Set<string>();
  if (recorded.has(auditRequestId)) return;
  recorded.add(auditRequestId);
  refusalsRecorded.set(dataSource, recorded);
  try {
    await dataSource.transaction((m) =>
      recordAudit(m, {
        actor,
        requestId: auditRequestId,
        action,
        entityType: 'ProvisioningRequest',
        entityId: requestId,
        before: null,
        after: { codes: errors.map((e) => e.code) },
      }),
    );
  } catch (error) {
    // Unknown request ids cannot reference anything; the refusal itself already reached the caller.
    logger.warn({ err: error, requestId }, 'could not audit a refused decision');
  }
}
