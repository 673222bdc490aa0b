import {
  isTaskOverdue,
  maskPersonalData,
  taskDueAt,
  taskTitle,
  type Locale,
  type TaskSourceType,
} from '@kizuna/domain';
import { toGlobalId } from '../../graphql/relay';
import type { TaskModel } from './task.model';
import { TaskType } from './task.type';

/** Sources that are nodes of the graph (a health fall is not: it has no id of its own there). */
const SOURCE_NODE_TYPES: Partial<Record<TaskSourceType, string>> = {
  PROVISIONING_REQUEST: 'ProvisioningRequest',
  SURVEY_RESPONSE: 'SurveyResponse',
};

export interface TaskReader {
  locale: Locale;
  now: Date;
  /** May the reader see personal data in clear (else a typed title is masked)? */
  seesPersonalData: boolean;
}

/** A task row as the GraphQL object (an instance, so that the Node interface resolves it). */
export function toTaskType(row: TaskModel, reader: TaskReader): TaskType {
  const task = new TaskType();
  task.id = toGlobalId('Task', row.id);
  task.customerDbId = row.customerId;
  task.assigneeDbId = row.assigneeId;
  task.createdByDbId = row.createdBy;
  task.completedByDbId = row.completedBy;
  task.kind = row.kind;
  const title = taskTitle(row, reader.locale);
  task.title =
    row.title !== null && !reader.seesPersonalData ? maskPersonalData(title).text : title;
  task.dueOn = row.dueOn;
  task.dueAt = taskDueAt(row.dueOn);
  task.status = row.status;
  task.isOverdue = isTaskOverdue(row, reader.now);
  task.createdAt = row.createdAt;
  task.completedAt = row.completedAt;
  task.cancelledAt = row.cancelledAt;
  const sourceNodeType = row.sourceType ? SOURCE_NODE_TYPES[row.sourceType] : undefined;
  task.sourceId = sourceNodeType && row.sourceId ? toGlobalId(sourceNodeType, row.sourceId) : null;
  return task;
}
