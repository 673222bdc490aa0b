import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection.type';

@ObjectType('AssignableStaffMember', {
  simpleResolvers: true,
  description:
    'An active staff member a task may be given to: their id and name only (no email or roles — assigning needs neither).',
})
export class AssignableStaffMemberType {
  @Field(() => ID, {
    description: 'The StaffMember.id, as createTask and reassignTask take it (assigneeId).',
  })
  id: string;

  @Field()
  displayName: string;
}

@ObjectType('AssignableStaffMemberConnection', { simpleResolvers: true })
export class AssignableStaffMemberConnection extends Connection(
  AssignableStaffMemberType,
  'AssignableStaffMember',
) {}
