import type { DataSource } from 'typeorm';
import {
  canCompleteTask,
  err,
  ok,
  userError,
  validateNewTask,
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
    if (assigneeId !== null) {
      const [staff]: { active: boolean }[] = await m.query(
        `SELECT active FROM staff_user WHERE id = $1`,
        [assigneeId],
      );
      if (!staff?.active) errors.push(userError('NOT_FOUND', 'assigneeId'));
    }
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
