import { canReassignTask, userError, validateTaskChange, type UserErrorData } from '@kizuna/domain';
import type { Dayjs } from 'dayjs';
import type { TaskChangeFieldsFragment } from '../../../gql/graphql';

export interface ReassignTaskFormValues {
  assigneeId?: string;
}

export interface EditTaskFormValues {
  /** Absent for automatic tasks, whose title is their kind's. */
  title?: string;
  dueOn?: Dayjs | null;
}

/** Only a staff-typed (MANUAL) task has a title of its own to change. */
export const hasEditableTitle = (task: Pick<TaskChangeFieldsFragment, 'kind'>) =>
  task.kind === 'MANUAL';

/** The domain's refusals of a reassignment: nobody chosen, or whoever holds it already. */
export function checkReassignTask(
  task: Pick<TaskChangeFieldsFragment, 'status' | 'assignee'>,
  values: ReassignTaskFormValues,
): UserErrorData[] {
  if (!values.assigneeId) return [userError('REQUIRED', 'assigneeId')];
  const may = canReassignTask(
    { status: task.status, assigneeId: task.assignee?.id ?? null },
    values.assigneeId,
  );
  return may.ok ? [] : [may.error];
}

export function reassignTaskInput(taskId: string, values: ReassignTaskFormValues) {
  return { taskId, assigneeId: values.assigneeId ?? '' };
}

/**
 * updateTask's input: only what differs from the task (an unchanged title is left out, so a
 * title masked for the reader is never written back; an unchanged past due date is not refused).
 */
export function updateTaskInput(
  task: Pick<TaskChangeFieldsFragment, 'id' | 'title' | 'dueOn'>,
  values: EditTaskFormValues,
) {
  const title = values.title?.trim();
  const dueOn = values.dueOn?.format('YYYY-MM-DD');
  return {
    taskId: task.id,
    ...(title !== undefined && title !== task.title ? { title } : {}),
    ...(dueOn !== undefined && dueOn !== task.dueOn ? { dueOn } : {}),
  };
}

/** The domain's refusals of an edit (title, due date today or later in Tokyo, something changed). */
export function checkEditTask(
  task: Pick<TaskChangeFieldsFragment, 'id' | 'status' | 'kind' | 'title' | 'dueOn'>,
  values: EditTaskFormValues,
  now: Date,
): UserErrorData[] {
  if (!values.dueOn) return [userError('REQUIRED', 'dueOn')];
  const result = validateTaskChange(task, updateTaskInput(task, values), now);
  return result.ok ? [] : result.error;
}
