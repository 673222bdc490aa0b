import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { TaskStatus } from '@kizuna/domain';
import { toConnection } from '../../graphql/connection.type';
import type { GraphQLContext } from '../../graphql/context';
import { pageSize, parseGlobalId, toGlobalId } from '../../graphql/relay';
import { toUserErrors } from '../../graphql/user-error.type';
import { toCustomerType } from '../customers/customer.mapper';
import { CustomerType } from '../customers/customer.type';
import { StaffMemberType } from '../provisioning/provisioning.type';
import { listTasks } from './task-list.query';
import {
  CompleteTaskInput,
  CompleteTaskPayload,
  CreateTaskInput,
  CreateTaskPayload,
  ReassignTaskInput,
  ReassignTaskPayload,
  TaskFilter,
  UpdateTaskInput,
  UpdateTaskPayload,
  type TaskPayload,
} from './task.inputs';
import { customerTasksLoader } from './task.loaders';
import { toTaskType, type TaskReader } from './task.mapper';
import { TASK_COLUMNS, type TaskModel } from './task.model';
import {
  completeTask,
  createTask,
  reassignTask,
  updateTask,
  type TaskOutcome,
} from './task.service';
import { TaskConnection, TaskStatusEnum, TaskType } from './task.type';

/** Matches no row: an id of the wrong type finds nothing rather than everything. */
const NONE = '00000000-0000-0000-0000-000000000000';

const readerOf = (ctx: GraphQLContext): TaskReader => ({
  locale: ctx.locale,
  now: ctx.clock.now(),
  seesPersonalData: ctx.actor?.permissions.has('personal-data:read') ?? false,
});

/** A task by database id, as the reader sees it; null when there is none. */
export async function loadTask(ctx: GraphQLContext, id: string): Promise<TaskType | null> {
  const [row]: TaskModel[] = await ctx.dataSource.query(
    `SELECT ${TASK_COLUMNS} FROM task t WHERE t.id = $1`,
    [id],
  );
  return row ? toTaskType(row, readerOf(ctx)) : null;
}

@Resolver(() => TaskType)
export class TaskResolver {
  @Authorized('tasks:read')
  @Query(() => TaskConnection, {
    description:
      'Customer-success tasks: open ones first, overdue before the rest, then by due date. Keyset-paginated.',
  })
  async tasks(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, description: '1–100, default 20.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => TaskFilter, { nullable: true }) filter?: TaskFilter,
  ) {
    const page = await listTasks(ctx.dataSource, {
      first: pageSize(first),
      after,
      filter: {
        customerId: filter?.customerId
          ? (parseGlobalId(filter.customerId, 'Customer') ?? NONE)
          : null,
        assigneeId: filter?.assigneeId
          ? (parseGlobalId(filter.assigneeId, 'StaffUser') ?? NONE)
          : null,
        unassigned: filter?.unassigned ?? null,
        statuses: filter?.statuses ?? null,
      },
    });
    const reader = readerOf(ctx);
    return toConnection(page, (row) => toTaskType(row, reader));
  }

  private async payload(ctx: GraphQLContext, outcome: TaskOutcome): Promise<TaskPayload> {
    if (!outcome.ok) return { task: null, userErrors: toUserErrors(outcome.error, ctx.locale) };
    return { task: await loadTask(ctx, outcome.value), userErrors: [] };
  }

  @Authorized('tasks:write')
  @Mutation(() => CreateTaskPayload, { description: 'Create a task about a customer by hand.' })
  async createTask(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: CreateTaskInput,
  ): Promise<TaskPayload> {
    const assigneeId =
      input.assigneeId === undefined || input.assigneeId === null
        ? input.assigneeId
        : (parseGlobalId(input.assigneeId, 'StaffUser') ?? NONE);
    const outcome = await createTask(ctx.dataSource, ctx.actor!, ctx.requestId, ctx.clock, {
      customerId: parseGlobalId(input.customerId, 'Customer'),
      title: input.title,
      dueOn: input.dueOn,
      assigneeId,
    });
    return this.payload(ctx, outcome);
  }

  @Authorized('tasks:write')
  @Mutation(() => CompleteTaskPayload, { description: 'Mark an open task done.' })
  async completeTask(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: CompleteTaskInput,
  ): Promise<TaskPayload> {
    const outcome = await completeTask(
      ctx.dataSource,
      ctx.actor!,
      ctx.requestId,
      ctx.clock,
      parseGlobalId(input.taskId, 'Task'),
    );
    return this.payload(ctx, outcome);
  }

  @Authorized('tasks:write')
  @Mutation(() => ReassignTaskPayload, {
    description:
      'Hand an open task to another active staff member. Refused for a done or cancelled task.',
  })
  async reassignTask(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: ReassignTaskInput,
  ): Promise<TaskPayload> {
    const outcome = await reassignTask(ctx.dataSource, ctx.actor!, ctx.requestId, {
      taskId: parseGlobalId(input.taskId, 'Task'),
      assigneeId: parseGlobalId(input.assigneeId, 'StaffUser'),
    });
    return this.payload(ctx, outcome);
  }

  @Authorized('tasks:write')
  @Mutation(() => UpdateTaskPayload, {
    description:
      "Change an open task's title (MANUAL tasks only) or due date (today or later, Tokyo).",
  })
  async updateTask(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: UpdateTaskInput,
  ): Promise<TaskPayload> {
    const outcome = await updateTask(ctx.dataSource, ctx.actor!, ctx.requestId, ctx.clock, {
      taskId: parseGlobalId(input.taskId, 'Task'),
      title: input.title,
      dueOn: input.dueOn,
    });
    return this.payload(ctx, outcome);
  }

  @FieldResolver(() => CustomerType)
  async customer(@Root() task: TaskType, @Ctx() ctx: GraphQLContext): Promise<CustomerType> {
    const c = await ctx.loaders.customers.byId.load(task.customerDbId);
    // A task's customer is never deleted (the company record outlives erasure).
    if (!c) throw new Error(`task ${task.id} has no customer`);
    return toCustomerType(c, ctx.clock.now());
  }

  @FieldResolver(() => StaffMemberType, { nullable: true, description: 'Null: unassigned.' })
  assignee(@Root() task: TaskType, @Ctx() ctx: GraphQLContext) {
    return staffMember(ctx, task.assigneeDbId);
  }

  @FieldResolver(() => StaffMemberType, {
    nullable: true,
    description: 'Who created a MANUAL task; null for the tasks Kizuna raises itself.',
  })
  createdBy(@Root() task: TaskType, @Ctx() ctx: GraphQLContext) {
    return staffMember(ctx, task.createdByDbId);
  }

  @FieldResolver(() => StaffMemberType, { nullable: true })
  completedBy(@Root() task: TaskType, @Ctx() ctx: GraphQLContext) {
    return staffMember(ctx, task.completedByDbId);
  }
}

async function staffMember(
  ctx: GraphQLContext,
  id: string | null,
): Promise<StaffMemberType | null> {
  if (!id) return null;
  const s = await ctx.loaders.provisioning.staffById.load(id);
  return s && { id: toGlobalId('StaffUser', s.id), displayName: s.displayName };
}

@Resolver(() => CustomerType)
export class CustomerTasksResolver {
  @Authorized('tasks:read')
  @FieldResolver(() => [TaskType], {
    description:
      "The customer's first tasks in the order of `tasks` (open first, overdue before the rest, then by due date); page on with tasks(filter: { customerId }).",
  })
  tasks(
    @Root() customer: CustomerType,
    @Ctx() ctx: GraphQLContext,
    @Arg('statuses', () => [TaskStatusEnum], { nullable: true, description: 'All by default.' })
    statuses?: TaskStatus[] | null,
    @Arg('first', () => Int, { nullable: true, description: '1–100, default 20.' }) first?: number,
  ): Promise<TaskType[]> {
    const reader = readerOf(ctx);
    return customerTasksLoader(ctx, statuses ?? null, pageSize(first))
      .load(customer.dbId)
      .then((rows) => rows.map((row) => toTaskType(row, reader)));
  }
}
