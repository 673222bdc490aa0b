import { parseIsoDate, type TaskStatus } from '@kizuna/domain';
import { Conditions } from '../../db/keyset-page';
import type { Queryable } from '../../db/queryable';
import { badUserInput } from '../../graphql/errors';
import { decodeCursor, encodeCursor, toPage } from '../../graphql/relay';
import { TASK_COLUMNS, TASK_ORDER, type TaskModel } from './task.model';

export interface TaskListFilter {
  customerId?: string | null;
  /** A staff member's tasks; `unassigned` for the tasks of nobody. */
  assigneeId?: string | null;
  unassigned?: boolean | null;
  statuses?: readonly TaskStatus[] | null;
}

const CURSOR_TAG = 'task';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A task's place in the order: [tag, closed (0|1), due date, id]. */
const cursorOf = (row: TaskModel) =>
  encodeCursor([CURSOR_TAG, row.status === 'OPEN' ? 0 : 1, row.dueOn, row.id]);

/** The place a cursor names, checked before it reaches SQL (forged cursors are bad input). */
function decodeTaskCursor(after: string): [boolean, string, string] {
  const [tag, closed, dueOn, id] = decodeCursor(after, 4);
  const date = typeof dueOn === 'string' ? parseIsoDate(dueOn) : null;
  if (
    tag !== CURSOR_TAG ||
    (closed !== 0 && closed !== 1) ||
    !date?.ok ||
    date.value !== dueOn ||
    typeof id !== 'string' ||
    !UUID.test(id)
  )
    throw badUserInput('after is not a valid cursor for this list.');
  return [closed === 1, date.value, id];
}

function taskConditions(filter: TaskListFilter | null | undefined): Conditions {
  const c = new Conditions();
  if (filter?.customerId) c.add((p) => `t.customer_id = ${p}`, filter.customerId);
  if (filter?.assigneeId) c.add((p) => `t.assignee_id = ${p}`, filter.assigneeId);
  if (filter?.unassigned === true) c.raw(`t.assignee_id IS NULL`);
  if (filter?.unassigned === false) c.raw(`t.assignee_id IS NOT NULL`);
  if (filter?.statuses?.length) c.add((p) => `t.status = ANY(${p}::text[])`, filter.statuses);
  return c;
}

/**
 * One page of tasks, open first and then by due date — an open task due before today is
 * overdue, so overdue ones lead without the order depending on the clock — by keyset (never
 * OFFSET), with a lazy count of all matches.
 */
export async function listTasks(
  db: Queryable,
  args: { first: number; after?: string | null; filter?: TaskListFilter | null },
) {
  const c = taskConditions(args.filter);
  const where = [...c.where];
  const params = [...c.params];
  if (args.after) {
    params.push(...decodeTaskCursor(args.after));
    const n = params.length;
    where.push(`(${TASK_ORDER}) > ($${n - 2}::boolean, $${n - 1}::date, $${n}::uuid)`);
  }
  params.push(args.first + 1);
  const whereSql = (conditions: string[]) =>
    conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const rows: TaskModel[] = await db.query(
    `SELECT ${TASK_COLUMNS} FROM task t ${whereSql(where)}
      ORDER BY ${TASK_ORDER} LIMIT $${params.length}`,
    params,
  );
  return {
    ...toPage(rows, args.first),
    cursorOf,
    count: async () => {
      const [r]: { n: number }[] = await db.query(
        `SELECT count(*)::int AS n FROM task t ${whereSql(c.where)}`,
        c.params,
      );
      return r?.n ?? 0;
    },
  };
}

/**
 * The first `first` tasks of each customer in the same order, for `Customer.tasks`: one
 * statement for a whole page of customers.
 */
export function tasksOfCustomers(
  db: Queryable,
  customerIds: readonly string[],
  statuses: readonly TaskStatus[] | null,
  first: number,
): Promise<TaskModel[]> {
  return db.query(
    `SELECT l.* FROM unnest($1::uuid[]) AS ids(customer_id)
       CROSS JOIN LATERAL (
         SELECT ${TASK_COLUMNS} FROM task t
          WHERE t.customer_id = ids.customer_id AND ($2::text[] IS NULL OR t.status = ANY($2::text[]))
          ORDER BY ${TASK_ORDER} LIMIT $3) l`,
    [customerIds, statuses && statuses.length > 0 ? statuses : null, first],
  );
}
