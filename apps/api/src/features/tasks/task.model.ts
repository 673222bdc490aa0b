import type { TaskKind, TaskSourceType, TaskStatus } from '@kizuna/domain';

/** A task row as the lists and loaders read it. */
export interface TaskModel {
  id: string;
  customerId: string;
  kind: TaskKind;
  /** Typed by staff (MANUAL); null for automatic tasks, which take their kind's title. */
  title: string | null;
  assigneeId: string | null;
  /** Tokyo date, YYYY-MM-DD. */
  dueOn: string;
  status: TaskStatus;
  sourceType: TaskSourceType | null;
  sourceId: string | null;
  createdBy: string | null;
  createdAt: Date;
  completedAt: Date | null;
  completedBy: string | null;
  cancelledAt: Date | null;
}

export const TASK_COLUMNS = `t.id, t.customer_id AS "customerId", t.kind, t.title, t.assignee_id AS "assigneeId",
  to_char(t.due_on, 'YYYY-MM-DD') AS "dueOn", t.status, t.source_type AS "sourceType", t.source_id AS "sourceId",
  t.created_by AS "createdBy", t.created_at AS "createdAt", t.completed_at AS "completedAt",
  t.completed_by AS "completedBy", t.cancelled_at AS "cancelledAt"`;

/** The order of every task list: open first, then by due date (so overdue first), then id. */
export const TASK_ORDER = `(t.status <> 'OPEN'), t.due_on, t.id`;
