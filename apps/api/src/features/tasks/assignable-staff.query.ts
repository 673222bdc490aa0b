import { keysetPage } from '../../db/keyset-page';
import type { Queryable } from '../../db/queryable';

/** A staff member as someone assigning a task sees them: no contact data, no roles. */
export interface AssignableStaffRow {
  id: string;
  displayName: string;
}

/**
 * The staff members a task may be given to — every active member, as the task service's
 * assignee check has it — by display name (ties by id), by keyset.
 */
export function listAssignableStaff(db: Queryable, args: { first: number; after?: string | null }) {
  return keysetPage<AssignableStaffRow>(db, {
    select: `u.id::text, u.display_name AS "displayName"`,
    from: 'staff_user u',
    where: ['u.active'],
    params: [],
    sortColumn: 'u.display_name',
    sortType: 'text',
    sortKeySql: 'u.display_name',
    idColumn: 'u.id',
    direction: 'ASC',
    first: args.first,
    after: args.after,
  });
}
