import { GraphQLDateTime } from 'graphql-scalars';
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
import type { StaffRole } from '@kizuna/domain';
import { toConnection } from '../../graphql/connection.type';
import type { GraphQLContext } from '../../graphql/context';
import { pageSize, parseGlobalId, toGlobalId } from '../../graphql/relay';
import { toUserErrors } from '../../graphql/user-error.type';
import { StaffRoleEnum } from '../auth/auth.types';
import { StaffMemberType } from '../provisioning/provisioning.type';
import {
  createStaffMember,
  deactivateStaffMember,
  reactivateStaffMember,
  updateStaffMember,
  type StaffOutcome,
} from './staff.service';
import { listStaffMembers, staffMemberLoader, type StaffMemberRow } from './staff.queries';
import {
  CreateStaffMemberInput,
  CreateStaffMemberPayload,
  DeactivateStaffMemberInput,
  DeactivateStaffMemberPayload,
  ReactivateStaffMemberInput,
  ReactivateStaffMemberPayload,
  StaffMemberConnection,
  StaffMemberFilter,
  UpdateStaffMemberInput,
  UpdateStaffMemberPayload,
} from './staff.types';

/** A StaffMember carrying its row, so that its extra fields need no further statement. */
type StaffMemberWithRow = StaffMemberType & { row?: StaffMemberRow };

const toStaffMember = (row: StaffMemberRow): StaffMemberWithRow => ({
  id: toGlobalId('StaffUser', row.id),
  displayName: row.displayName,
  row,
});

/**
 * Staff administration (ADMIN, staff:manage), and the fields it adds to StaffMember wherever
 * one appears (a request's maker, an API key's creator): email and roles for managers only.
 */
@Resolver(() => StaffMemberType)
export class StaffResolver {
  @Authorized('staff:manage')
  @Query(() => StaffMemberConnection, { description: 'Staff members by email.' })
  async staffMembers(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => StaffMemberFilter, { nullable: true }) filter?: StaffMemberFilter,
  ) {
    const page = await listStaffMembers(ctx.dataSource, {
      first: pageSize(first),
      after,
      search: filter?.search,
      active: filter?.active,
    });
    return toConnection(page, toStaffMember);
  }

  @Authorized('staff:manage')
  @Mutation(() => CreateStaffMemberPayload, {
    description: 'Create a staff member with roles and an initial password.',
  })
  async createStaffMember(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: CreateStaffMemberInput,
  ): Promise<CreateStaffMemberPayload> {
    return payload(ctx, await createStaffMember(ctx.dataSource, who(ctx), input));
  }

  @Authorized('staff:manage')
  @Mutation(() => UpdateStaffMemberPayload, { description: 'Change display name and roles.' })
  async updateStaffMember(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: UpdateStaffMemberInput,
  ): Promise<UpdateStaffMemberPayload> {
    const id = parseGlobalId(input.staffMemberId, 'StaffUser');
    return payload(ctx, await updateStaffMember(ctx.dataSource, who(ctx), id, input));
  }

  @Authorized('staff:manage')
  @Mutation(() => DeactivateStaffMemberPayload, {
    description:
      'Deactivate a member: they can no longer sign in and their sessions end at once (next request 401). Not yourself, not the last active ADMIN.',
  })
  async deactivateStaffMember(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: DeactivateStaffMemberInput,
  ): Promise<DeactivateStaffMemberPayload> {
    const id = parseGlobalId(input.staffMemberId, 'StaffUser');
    return payload(
      ctx,
      await deactivateStaffMember(ctx.dataSource, { ...who(ctx), actor: ctx.actor! }, id),
    );
  }

  @Authorized('staff:manage')
  @Mutation(() => ReactivateStaffMemberPayload, { description: 'Let a member sign in again.' })
  async reactivateStaffMember(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: ReactivateStaffMemberInput,
  ): Promise<ReactivateStaffMemberPayload> {
    const id = parseGlobalId(input.staffMemberId, 'StaffUser');
    return payload(ctx, await reactivateStaffMember(ctx.dataSource, who(ctx), id));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Only for callers with staff:manage; null otherwise.',
  })
  async email(@Root() s: StaffMemberWithRow, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    return canManage(ctx) ? ((await rowOf(s, ctx))?.email ?? null) : null;
  }

  @FieldResolver(() => [StaffRoleEnum], {
    nullable: true,
    description: 'Only for callers with staff:manage; null otherwise.',
  })
  async roles(
    @Root() s: StaffMemberWithRow,
    @Ctx() ctx: GraphQLContext,
  ): Promise<StaffRole[] | null> {
    return canManage(ctx) ? ((await rowOf(s, ctx))?.roles ?? null) : null;
  }

  @FieldResolver(() => Boolean, { description: 'False once deactivated: cannot sign in.' })
  async active(@Root() s: StaffMemberWithRow, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    return (await rowOf(s, ctx))?.active ?? false;
  }

  @FieldResolver(() => GraphQLDateTime, { nullable: true })
  async createdAt(@Root() s: StaffMemberWithRow, @Ctx() ctx: GraphQLContext): Promise<Date | null> {
    return (await rowOf(s, ctx))?.createdAt ?? null;
  }

  @FieldResolver(() => GraphQLDateTime, { nullable: true, description: 'Last sign-in.' })
  async lastLoginAt(
    @Root() s: StaffMemberWithRow,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Date | null> {
    return (await rowOf(s, ctx))?.lastLoginAt ?? null;
  }
}

const canManage = (ctx: GraphQLContext) => ctx.actor?.permissions.has('staff:manage') ?? false;

const who = (ctx: GraphQLContext) => ({ actor: ctx.actor, requestId: ctx.requestId });

async function rowOf(s: StaffMemberWithRow, ctx: GraphQLContext): Promise<StaffMemberRow | null> {
  if (s.row) return s.row;
  const id = parseGlobalId(s.id, 'StaffUser');
  return id ? staffMemberLoader(ctx.dataSource, ctx.loaders).load(id) : null;
}

function payload(ctx: GraphQLContext, outcome: StaffOutcome) {
  return outcome.ok
    ? { staffMember: toStaffMember(outcome.member), userErrors: [] }
    : { staffMember: null, userErrors: toUserErrors(outcome.errors, ctx.locale) };
}
