import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { TaskStatus } from '@kizuna/domain';
import { UserError } from '../../graphql/user-error.type';
import { TaskStatusEnum, TaskType } from './task.type';

@InputType({ description: 'All given conditions must hold.' })
export class TaskFilter {
  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "A staff member's tasks (StaffMember.id, Viewer.id for one's own).",
  })
  assigneeId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: tasks assigned to nobody; false: tasks assigned to someone.',
  })
  unassigned?: boolean | null;

  @Field(() => [TaskStatusEnum], { nullable: true, description: 'Any of these; all by default.' })
  statuses?: TaskStatus[] | null;
}

@InputType()
export class CreateTaskInput {
  @Field(() => ID)
  customerId: string;

  @Field({ description: 'What to do (at most 200 characters).' })
  title: string;

  @Field({ description: 'Due date in Asia/Tokyo (YYYY-MM-DD), today or later.' })
  dueOn: string;

  @Field(() => ID, {
    nullable: true,
    description: 'An active staff member (StaffMember.id); null for nobody; left out: the caller.',
  })
  assigneeId?: string | null;
}

@InputType()
export class CompleteTaskInput {
  @Field(() => ID)
  taskId: string;
}

@InputType()
export class ReassignTaskInput {
  @Field(() => ID)
  taskId: string;

  @Field(() => ID, { description: 'An active staff member (StaffMember.id).' })
  assigneeId: string;
}

@InputType({ description: 'Left out or null: unchanged. At least one must change.' })
export class UpdateTaskInput {
  @Field(() => ID)
  taskId: string;

  @Field(() => String, {
    nullable: true,
    description: 'What to do (at most 200 characters); MANUAL tasks only.',
  })
  title?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Due date in Asia/Tokyo (YYYY-MM-DD), today or later.',
  })
  dueOn?: string | null;
}

@ObjectType('TaskPayloadBase')
export class TaskPayload {
  @Field(() => TaskType, { nullable: true })
  task: TaskType | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class CreateTaskPayload extends TaskPayload {}

@ObjectType()
export class CompleteTaskPayload extends TaskPayload {}

@ObjectType()
export class ReassignTaskPayload extends TaskPayload {}

@ObjectType()
export class UpdateTaskPayload extends TaskPayload {}
