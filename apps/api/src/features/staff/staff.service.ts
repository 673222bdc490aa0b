import type { DataSource, EntityManager } from 'typeorm';
import {
  deactivationRefusal,
  roleChangeRefusal,
  userError,
  validateDisplayName,
  validateStaffMemberDraft,
  validateStaffPassword,
  validateStaffRoles,
  type StaffMemberDraft,
  type StaffRole,
  type UserErrorData,
  type AuditAction,
} from '@kizuna/domain';
import type { Actor } from '../../graphql/context';
import { recordAudit } from '../audit/audit.service';
import { hashPassword } from '../auth/auth.service';
import { STAFF_COLUMNS, type StaffMemberRow } from './staff.queries';

export type StaffOutcome =
  { ok: true; member: StaffMemberRow } | { ok: false; errors: UserErrorData[] };

const refused = (...errors: UserErrorData[]): StaffOutcome => ({ ok: false, errors });

interface Who {
  actor: Actor | null;
  requestId: string | null;
}

/**
 * Insert a staff member with a fresh password hash. Audited without personal data: the trail
 * keeps the member's id and roles, never their email or name.
 */
export async function insertStaffMember(
  m: EntityManager,
  who: Who,
  draft: StaffMemberDraft & { password: string },
): Promise<StaffOutcome> {
  const valid = validateStaffMemberDraft(draft);
  const errors = [...(valid.ok ? [] : valid.error), ...validateStaffPassword(draft.password)];
  if (!valid.ok || errors.length > 0) return refused(...errors);
  const { email, displayName, roles } = valid.value;
  const [existing]: unknown[] = await m.query(`SELECT 1 FROM staff_user WHERE lower(email) = $1`, [
    email,
  ]);
  if (existing) return refused(userError('DUPLICATE', 'email'));
  const [member]: StaffMemberRow[] = await m.query(
    `INSERT INTO staff_user AS u (email, display_name, password_hash, roles) VALUES ($1, $2, $3, $4)
     ON CONFLICT (email) DO NOTHING RETURNING ${STAFF_COLUMNS}`,
    [email, displayName, await hashPassword(draft.password), roles],
  );
  if (!member) return refused(userError('DUPLICATE', 'email')); // created concurrently
  await audit(m, who, 'staffMember.created', member.id, null, { roles, active: true });
  return { ok: true, member };
}

export function createStaffMember(
  dataSource: DataSource,
  who: Who,
  draft: StaffMemberDraft & { password: string },
): Promise<StaffOutcome> {
  return dataSource.transaction((m) => insertStaffMember(m, who, draft));
}

/** Change a member's name and roles; taking ADMIN from the last active administrator is refused. */
export function updateStaffMember(
  dataSource: DataSource,
  who: Who,
  id: string | null,
  change: { displayName?: string | null; roles?: readonly string[] | null },
): Promise<StaffOutcome> {
  return dataSource.transaction(async (m) => {
    const name =
      typeof change.displayName === 'string' ? validateDisplayName(change.displayName) : null;
    const roles = Array.isArray(change.roles) ? validateStaffRoles(change.roles) : null;
    const errors = [name, roles].flatMap((r) => (r && !r.ok ? [r.error] : []));
    if (errors.length > 0) return refused(...errors);
    const activeAdmins = await lockActiveAdmins(m);
    const member = await lockMember(m, id);
    if (!member) return refused(userError('NOT_FOUND', 'staffMemberId'));
    const nextRoles: StaffRole[] = roles?.ok ? roles.value : member.roles;
    const refusal = roleChangeRefusal(member, nextRoles, activeAdmins);
    if (refusal) return refused(refusal);
    const [updated]: StaffMemberRow[] = await m.query(
      // Wrapped in a SELECT: TypeORM returns [rows, count] for a bare UPDATE … RETURNING.
      `WITH u AS (UPDATE staff_user SET display_name = $2, roles = $3 WHERE id = $1 RETURNING *)
       SELECT ${STAFF_COLUMNS} FROM u`,
      [member.id, name?.ok ? name.value : member.displayName, nextRoles],
    );
    await audit(
      m,
      who,
      'staffMember.updated',
      member.id,
      { roles: member.roles },
      { roles: nextRoles, displayNameChanged: updated!.displayName !== member.displayName },
    );
    return { ok: true, member: updated! };
  });
}

/**
 * Deactivate a member and end every session of theirs in the same transaction: their next
 * request is 401. Never oneself, never the last active administrator.
 */
export function deactivateStaffMember(
  dataSource: DataSource,
  who: Who & { actor: Actor },
  id: string | null,
): Promise<StaffOutcome> {
  return dataSource.transaction(async (m) => {
    const activeAdmins = await lockActiveAdmins(m);
    const member = await lockMember(m, id);
    if (!member) return refused(userError('NOT_FOUND', 'staffMemberId'));
    const refusal = deactivationRefusal(who.actor.id, member, activeAdmins);
    if (refusal) return refused(refusal);
    if (!member.active) return refused(userError('NO_CHANGE', 'staffMemberId'));
    const [updated]: StaffMemberRow[] = await m.query(
      `WITH u AS (UPDATE staff_user SET active = false WHERE id = $1 RETURNING *)
       SELECT ${STAFF_COLUMNS} FROM u`,
      [member.id],
    );
    const ended: unknown[] = await m.query(
      `WITH s AS (DELETE FROM staff_session WHERE staff_user_id = $1 RETURNING 1) SELECT 1 FROM s`,
      [member.id],
    );
    await audit(
      m,
      who,
      'staffMember.deactivated',
      member.id,
      { active: true },
      {
        active: false,
        sessionsEnded: ended.length,
      },
    );
    return { ok: true, member: updated! };
  });
}

/** Let a deactivated member sign in again (their old sessions stay ended). */
export function reactivateStaffMember(
  dataSource: DataSource,
  who: Who,
  id: string | null,
): Promise<StaffOutcome> {
  return dataSource.transaction(async (m) => {
    const member = await lockMember(m, id);
    if (!member) return refused(userError('NOT_FOUND', 'staffMemberId'));
    if (member.active) return refused(userError('NO_CHANGE', 'staffMemberId'));
    const [updated]: StaffMemberRow[] = await m.query(
      `WITH u AS (UPDATE staff_user SET active = true WHERE id = $1 RETURNING *)
       SELECT ${STAFF_COLUMNS} FROM u`,
      [member.id],
    );
    await audit(m, who, 'staffMember.reactivated', member.id, { active: false }, { active: true });
    return { ok: true, member: updated! };
  });
}

/** Lock the active administrators (serialising "is this the last one?") and count them. */
async function lockActiveAdmins(m: EntityManager): Promise<number> {
  const rows: unknown[] = await m.query(
    `SELECT id FROM staff_user WHERE active AND 'ADMIN' = ANY(roles) ORDER BY id FOR UPDATE`,
  );
  return rows.length;
}

async function lockMember(m: EntityManager, id: string | null): Promise<StaffMemberRow | null> {
  if (!id) return null;
  const [row]: StaffMemberRow[] = await m.query(
    `SELECT ${STAFF_COLUMNS} FROM staff_user u WHERE u.id = $1 FOR UPDATE`,
    [id],
  );
  return row ?? null;
}

function audit(
  m: EntityManager,
  who: Who,
  action: AuditAction,
  id: string,
  before: unknown,
  after: unknown,
) {
  return recordAudit(m, {
    actor: who.actor,
    requestId: who.requestId,
    action,
    entityType: 'StaffMember',
    entityId: id,
    before,
    after,
  });
}
