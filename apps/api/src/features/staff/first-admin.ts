import type { DataSource } from 'typeorm';
import { STAFF_ROLES, type UserErrorData } from '@kizuna/domain';
import { insertStaffMember } from './staff.service';
import type { StaffMemberRow } from './staff.queries';

/** Any constant: serialises two setups run at once, so that only one creates the first admin. */
const FIRST_ADMIN_LOCK = 1264207681;

export type FirstAdminOutcome =
  | { ok: true; member: StaffMemberRow }
  | { ok: false; reason: 'ADMIN_EXISTS' }
  | { ok: false; reason: 'INVALID'; errors: UserErrorData[] };

/**
 * The first administrator of a fresh install, with every role (OPERATOR, CHECKER, ANALYST,
 * ADMIN); refused while an active administrator exists. Audited (actor: none, the installer).
 */
export function createFirstAdmin(
  dataSource: DataSource,
  input: { email: string; displayName: string; password: string },
): Promise<FirstAdminOutcome> {
  return dataSource.transaction(async (m): Promise<FirstAdminOutcome> => {
    await m.query(`SELECT pg_advisory_xact_lock($1)`, [FIRST_ADMIN_LOCK]);
    const [admin]: unknown[] = await m.query(
      `SELECT 1 FROM staff_user WHERE active AND 'ADMIN' = ANY(roles) LIMIT 1`,
    );
    if (admin) return { ok: false, reason: 'ADMIN_EXISTS' };
    const outcome = await insertStaffMember(
      m,
      { actor: null, requestId: null },
      { ...input, roles: [...STAFF_ROLES] },
    );
    return outcome.ok ? outcome : { ok: false, reason: 'INVALID', errors: outcome.errors };
  });
}
