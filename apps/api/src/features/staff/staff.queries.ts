import DataLoader from 'dataloader';
import type { StaffRole } from '@kizuna/domain';
import { Conditions, keysetPage } from '../../db/keyset-page';
import type { Queryable } from '../../db/queryable';

/** What administrators see of a staff member. */
export interface StaffMemberRow {
  id: string;
  email: string;
  displayName: string;
  roles: StaffRole[];
  active: boolean;
  createdAt: Date;
  lastLoginAt: Date | null;
}

export const STAFF_COLUMNS = `u.id::text, u.email, u.display_name AS "displayName", u.roles, u.active,
  u.created_at AS "createdAt", u.last_login_at AS "lastLoginAt"`;

/** Staff members by email (the unique index orders them), by keyset. */
export function listStaffMembers(
  db: Queryable,
  args: { first: number; after?: string | null; search?: string | null; active?: boolean | null },
) {
  const c = new Conditions();
  const search = args.search?.trim();
  if (search) {
    const pattern = `%${search.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    c.add((p) => `(u.email ILIKE ${p} OR u.display_name ILIKE ${p})`, pattern);
  }
  if (args.active !== null && args.active !== undefined)
    c.add((p) => `u.active = ${p}`, args.active);
  return keysetPage<StaffMemberRow>(db, {
    select: STAFF_COLUMNS,
    from: 'staff_user u',
    where: c.where,
    params: c.params,
    sortColumn: 'u.email',
    sortType: 'text',
    sortKeySql: 'u.email',
    idColumn: 'u.id',
    direction: 'ASC',
    first: args.first,
    after: args.after,
  });
}

// One loader per request (keyed by the request's loaders object, which lives as long as it).
const loaders = new WeakMap<object, DataLoader<string, StaffMemberRow | null>>();

/** The staff members named by any field of this request, in one statement. */
export function staffMemberLoader(db: Queryable, requestKey: object) {
  let loader = loaders.get(requestKey);
  if (!loader) {
    loader = new DataLoader(async (ids: readonly string[]) => {
      const rows: StaffMemberRow[] = await db.query(
        `SELECT ${STAFF_COLUMNS} FROM staff_user u WHERE u.id = ANY($1::uuid[])`,
        [ids],
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    loaders.set(requestKey, loader);
  }
  return loader;
}
