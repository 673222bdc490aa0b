import type { DataSource, EntityManager } from 'typeorm';
import {
  canCompleteTask,
  canReassignTask,
  err,
  ok,
  userError,
  validateNewTask,
  validateTaskChange,
  type Clock,
  type LifecycleStage,
  type Result,
  type TaskKind,
  type TaskStatus,
  type UserErrorData,
} from '@kizuna/domain';
import type { Actor } from '../../graphql/context';
import { recordAudit } from '../audit/audit.service';

export type TaskOutcome = Result<string, UserErrorData[]>;

export interface NewTaskInput {
  customerId: string | null;
  title: string;
  dueOn: string;
  /** A staff member's id; null for nobody; undefined for the caller. */
  assigneeId: string | null | undefined;
}

/**
 * A task typed by staff about a customer, assigned to someone active (the caller unless told),
 * due today or later. The audit trail keeps the task's facts, not its title (free text that may
 * name a person).
 */
export async function createTask(
  dataSource: DataSource,
  actor: Actor,
  requestId: string,
  clock: Clock,
  input: NewTaskInput,
): Promise<TaskOutcome> {
  const now = clock.now();
  const valid = validateNewTask(input, now);
  const errors: UserErrorData[] = valid.ok ? [] : [...valid.error];
  const { customerId } = input;
  const assigneeId =
    input.assigneeId === undefined ? (actor.kind === 'STAFF' ? actor.id : null) : input.assigneeId;
  return dataSource.transaction(async (m) => {
    // FOR SHARE: an erasure running now (which cancels the customer's tasks) goes first or after.
    const [customer]: { stage: LifecycleStage }[] = customerId
      ? await m.query(`SELECT stage FROM customer WHERE id = $1 FOR SHARE`, [customerId])
      : [];
    if (!customer) errors.push(userError('NOT_FOUND', 'customerId'));
    else if (customer.stage === 'ERASED') errors.push(userError('CUSTOMER_ERASED', 'customerId'));
    const assigneeRefusal = assigneeId === null ? null : await refuseAssignee(m, assigneeId);
    if (assigneeRefusal) errors.push(assigneeRefusal);
    if (errors.length > 0 || !valid.ok) return err(errors);
    const [task]: { id: string }[] = await m.query(
      `INSERT INTO task (customer_id, kind, title, assignee_id, due_on, created_by, created_at)
       VALUES ($1, 'MANUAL', $2, $3, $4, $5, $6) RETURNING id`,
      [
        customerId,
        valid.value.title,
        assigneeId,
        valid.value.dueOn,
        actor.kind === 'STAFF' ? actor.id : null,
        now,
      ],
    );
    await recordAudit(m, {
      actor,
      requestId,
      action: 'task.created',
      entityType: 'Task',
      entityId: task!.id,
      before: null,
      after: { customerId, kind: 'MANUAL', assigneeId, dueOn: valid.value.dueOn },
    });
    return ok(task!.id);
  });
}

/** Why a staff member cannot be given a task: unknown (NOT_FOUND) or deactivated; else null. */
async function refuseAssignee(m: EntityManager, staffId: string): Promise<UserErrorData | null> {
  const [staff]: { active: boolean }[] = await m.query(
    `SELECT active FROM staff_user WHERE id = $1`,
    [staffId],
  );
  if (!staff) return userError('NOT_FOUND', 'assigneeId');
  return staff.active ? null : userError('STAFF_INACTIVE', 'assigneeId');
}

/**
 * Hand an open task to another active staff member (domain's canReassignTask), by whoever holds
 * tasks:write. Audited with the assignee before and after.
 */
export function reassignTask(
  dataSource: DataSource,
  actor: Actor,
  requestId: string,
  input: { taskId: string | null; assigneeId: string | null },
): Promise<TaskOutcome> {
  const { taskId, assigneeId } = input;
  return dataSource.transaction(async (m) => {
    const [task]: { customerId: string; status: TaskStatus; assigneeId: string | null }[] = taskId
      ? await m.query(
          `SELECT customer_id AS "customerId", status, assignee_id AS "assigneeId"
             FROM task WHERE id = $1 FOR UPDATE`,
          [taskId],
        )
      : [];
    if (!task || !taskId) return err([userError('NOT_FOUND', 'taskId')]);
    if (!assigneeId) return err([userError('NOT_FOUND', 'assigneeId')]);
    const may = canReassignTask(task, assigneeId);
    if (!may.ok) return err([may.error]);
    const refusal = await refuseAssignee(m, assigneeId);
    if (refusal) return err([refusal]);
    await m.query(`UPDATE task SET assignee_id = $2 WHERE id = $1`, [taskId, assigneeId]);
    await recordAudit(m, {
      actor,
      requestId,
      action: 'task.reassigned',
      entityType: 'Task',
      entityId: taskId,
      before: { customerId: task.customerId, assigneeId: task.assigneeId },
      after: { customerId: task.customerId, assigneeId },
    });
    return ok(taskId);
  });
}

/**
 * Change an open task's title (MANUAL tasks) and/or due date (domain's validateTaskChange), by
 * whoever holds tasks:write. Audited with the due dates and whether the title changed; the title
 * itself is free text and stays out of the trail.
 */
export function updateTask(
  dataSource: DataSource,
  actor: Actor,
  requestId: string,
  clock: Clock,
  input: { taskId: string | null; title?: string | null; dueOn?: string | null },
): Promise<TaskOutcome> {
  const { taskId } = input;
  return dataSource.transaction(async (m) => {
    const [task]: {
      customerId: string;
      kind: TaskKind;
      status: TaskStatus;
      title: string | null;
      dueOn: string;
    }[] = taskId
      ? await m.query(
          `SELECT customer_id AS "customerId", kind, status, title, to_char(due_on, 'YYYY-MM-DD') AS "dueOn"
             FROM task WHERE id = $1 FOR UPDATE`,
          [taskId],
        )
      : [];
    if (!task || !taskId) return err([userError('NOT_FOUND', 'taskId')]);
    const change = validateTaskChange(task, input, clock.now());
    if (!change.ok) return err(change.error);
    const { title, dueOn } = change.value;
    await m.query(
      `UPDATE task SET title = coalesce($2, title), due_on = coalesce($3::date, due_on) WHERE id = $1`,
      [taskId, title ?? null, dueOn ?? null],
    );
    await recordAudit(m, {
      actor,
      requestId,
      action: 'task.updated',
      entityType: 'Task',
      entityId: taskId,
      before: { customerId: task.customerId, dueOn: task.dueOn },
      after: {
        customerId: task.customerId,
        dueOn: dueOn ?? task.dueOn,
        titleChanged: title !== undefined,
      },
    });
    return ok(taskId);
  });
}

/** Mark an open task done, by whoever holds tasks:write (colleagues cover for each other). */
export function completeTask(
  dataSource: DataSource,
  actor: Actor,
  requestId: string,
  clock: Clock,
  taskId: string | null,
): Promise<TaskOutcome> {
  return dataSource.transaction(async (m) => {
    const [task]: { customerId: string; kind: TaskKind; status: TaskStatus }[] = taskId
      ? await m.query(
          `SELECT customer_id AS "customerId", kind, status FROM task WHERE id = $1 FOR UPDATE`,
          [taskId],
        )
      : [];
    if (!task || !taskId) return err([userError('NOT_FOUND', 'taskId')]);
    const may = canCompleteTask(task.status);
    if (!may.ok) return err([may.error]);
    await m.query(
      `UPDATE task SET status = 'DONE', completed_at = $2, completed_by = $3 WHERE id = $1`,
      [taskId, clock.now(), actor.kind === 'STAFF' ? actor.id : null],
    );
    await recordAudit(m, {
      actor,
      requestId,
      action: 'task.completed',
      entityType: 'Task',
      entityId: taskId,
      before: { customerId: task.customerId, kind: task.kind, status: task.status },
      after: { customerId: task.customerId, kind: task.kind, status: 'DONE' },
    });
    return ok(taskId);
  });
}
