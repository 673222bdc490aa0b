import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { TASK_KINDS, TASK_STATUSES, type TaskKind, type TaskStatus } from '@kizuna/domain';
import { Connection } from '../../graphql/connection.type';
import { enumOf } from '../../graphql/enum-of';
import { NodeInterface } from '../../graphql/node.interface';

export const TaskKindEnum = enumOf(TASK_KINDS);
registerEnumType(TaskKindEnum, {
  name: 'TaskKind',
  description:
    'KICKOFF: raised when a conversion applies. FOLLOW_UP: raised when a warning sign appears (an NPS detractor, or a health score fallen to AT_RISK). MANUAL: created by staff.',
});

export const TaskStatusEnum = enumOf(TASK_STATUSES);
registerEnumType(TaskStatusEnum, {
  name: 'TaskStatus',
  description: "OPEN → DONE; CANCELLED when its customer's personal data is erased.",
});

@ObjectType('Task', {
  implements: NodeInterface,
  simpleResolvers: true,
  description: 'A piece of customer-success work about one customer, due on a Tokyo date.',
})
export class TaskType extends NodeInterface {
  /** Database ids, for the field resolvers; not part of the schema. */
  customerDbId: string;
  assigneeDbId: string | null;
  createdByDbId: string | null;
  completedByDbId: string | null;

  @Field(() => TaskKindEnum)
  kind: TaskKind;

  @Field({
    description:
      "What to do: typed by staff, or the kind's title in the reader's language. Personal data in a typed title is masked for roles that may not see personal data.",
  })
  title: string;

  @Field({ description: 'The due date in Asia/Tokyo (YYYY-MM-DD).' })
  dueOn: string;

  @Field(() => GraphQLDateTime, {
    description: 'The last moment of the due date in Tokyo (23:59:59.999 JST).',
  })
  dueAt: Date;

  @Field(() => TaskStatusEnum)
  status: TaskStatus;

  @Field({ description: 'OPEN after its due date has ended (Asia/Tokyo).' })
  isOverdue: boolean;

  @Field(() => GraphQLDateTime)
  createdAt: Date;

  @Field(() => GraphQLDateTime, { nullable: true })
  completedAt: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  cancelledAt: Date | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'What raised an automatic task: the conversion (ProvisioningRequest) of a kickoff, the answer (SurveyResponse) of a detractor follow-up; null for MANUAL and for a follow-up of a health score’s fall. Read it with node(id:).',
  })
  sourceId: string | null;
}

@ObjectType('TaskConnection', { simpleResolvers: true })
export class TaskConnection extends Connection(TaskType, 'Task') {}
