import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { toConnection } from '../../graphql/connection.type';
import type { GraphQLContext } from '../../graphql/context';
import { pageSize, toGlobalId } from '../../graphql/relay';
import { listAssignableStaff } from './assignable-staff.query';
import {
  AssignableStaffMemberConnection,
  AssignableStaffMemberType,
} from './assignable-staff.type';

@Resolver(() => AssignableStaffMemberType)
export class AssignableStaffResolver {
  // tasks:write, not tasks:read: the list is for choosing an assignee, which only those who
  // work tasks do; readers see each task's assignee on the task itself.
  @Authorized('tasks:write')
  @Query(() => AssignableStaffMemberConnection, {
    description:
      'The staff members a task may be assigned to (active ones), by display name, for those who work tasks (tasks:write). Keyset-paginated.',
  })
  async assignableStaff(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, description: '1–100, default 20.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const page = await listAssignableStaff(ctx.dataSource, { first: pageSize(first), after });
    return toConnection(page, (row) => ({
      id: toGlobalId('StaffUser', row.id),
      displayName: row.displayName,
    }));
  }
}
