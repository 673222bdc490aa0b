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
import { userError } from '@kizuna/domain';
import { toConnection } from '../../graphql/connection.type';
import type { GraphQLContext } from '../../graphql/context';
import { pageSize, parseGlobalId, toGlobalId } from '../../graphql/relay';
import { toUserErrors } from '../../graphql/user-error.type';
import { toCustomerType } from '../customers/customer.mapper';
import { filterDate } from '../surveys/survey-filter';
import { CustomerType } from '../customers/customer.type';
import { toProvisioningRequestType } from '../provisioning/provisioning.mapper';
import { ProvisioningRequestType, StaffMemberType } from '../provisioning/provisioning.type';
import {
  NearMissFilter,
  NearMissPayload,
  RecordNearMissInput,
  RecordNearMissPayload,
  UpdateNearMissInput,
  UpdateNearMissPayload,
} from './near-miss.inputs';
import { toNearMissType } from './near-miss.mapper';
import { NEAR_MISS_COLUMNS, type NearMissModel } from './near-miss.model';
import { listNearMisses, nearMissReport } from './near-miss.queries';
import { recordNearMiss, updateNearMiss, type NearMissOutcome } from './near-miss.service';
import { NearMissConnection, NearMissReportType, NearMissType } from './near-miss.type';

const NONE = '00000000-0000-0000-0000-000000000000';

@Resolver(() => NearMissType)
export class NearMissResolver {
  @Authorized('provisioning:read')
  @Query(() => NearMissConnection, {
    description: 'Near-misses (ヒヤリ・ハット) and incidents, newest first.',
  })
  nearMisses(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => NearMissFilter, { nullable: true }) filter?: NearMissFilter,
  ) {
    return listNearMisses(ctx.dataSource, {
      first: pageSize(first),
      after,
      filter: {
        ...filter,
        from: filterDate(filter?.from, 'filter.from'),
        to: filterDate(filter?.to, 'filter.to'),
        customerId: filter?.customerId
          ? (parseGlobalId(filter.customerId, 'Customer') ?? NONE)
          : null,
        requestId: filter?.requestId
          ? (parseGlobalId(filter.requestId, 'ProvisioningRequest') ?? NONE)
          : null,
      },
    }).then((page) => toConnection(page, toNearMissType));
  }

  @Authorized('provisioning:read')
  @Query(() => NearMissReportType, {
    description: 'What the double check caught, by week, request kind and field.',
  })
  nearMissReport(
    @Ctx() ctx: GraphQLContext,
    @Arg('from', () => String, { nullable: true, description: 'YYYY-MM-DD (JST), inclusive.' })
    from?: string,
    @Arg('to', () => String, { nullable: true, description: 'YYYY-MM-DD (JST), inclusive.' })
    to?: string,
  ): Promise<NearMissReportType> {
    return nearMissReport(ctx.dataSource, {
      from: filterDate(from, 'from'),
      to: filterDate(to, 'to'),
    });
  }

  private async payload(ctx: GraphQLContext, outcome: NearMissOutcome): Promise<NearMissPayload> {
    if (!outcome.ok)
      return { nearMiss: null, userErrors: toUserErrors(outcome.errors, ctx.locale) };
    const [row]: NearMissModel[] = await ctx.dataSource.query(
      `SELECT ${NEAR_MISS_COLUMNS} FROM near_miss n WHERE n.id = $1`,
      [outcome.id],
    );
    return { nearMiss: row ? toNearMissType(row) : null, userErrors: [] };
  }

  @Authorized('near-misses:write')
  @Mutation(() => RecordNearMissPayload, {
    description: 'Record a near-miss or an incident by hand.',
  })
  async recordNearMiss(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: RecordNearMissInput,
  ): Promise<NearMissPayload> {
    const customerId = input.customerId ? parseGlobalId(input.customerId, 'Customer') : null;
    const requestId = input.requestId
      ? parseGlobalId(input.requestId, 'ProvisioningRequest')
      : null;
    if (input.customerId && !customerId)
      return this.payload(ctx, { ok: false, errors: [userError('NOT_FOUND', 'customerId')] });
    if (input.requestId && !requestId)
      return this.payload(ctx, { ok: false, errors: [userError('NOT_FOUND', 'requestId')] });
    return this.payload(
      ctx,
      await recordNearMiss(
        ctx.dataSource,
        ctx.actor!,
        ctx.requestId,
        {
          kind: input.kind,
          description: input.description,
          customerId,
          requestId,
          fields: input.fields ?? [],
          causeCategory: input.causeCategory ?? null,
          countermeasure: input.countermeasure ?? null,
          occurredAt: input.occurredAt ?? null,
        },
        ctx.clock.now(),
      ),
    );
  }

  @Authorized('near-misses:write')
  @Mutation(() => UpdateNearMissPayload, {
    description: 'Edit cause, countermeasure (再発防止策) and status.',
  })
  async updateNearMiss(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: UpdateNearMissInput,
  ): Promise<NearMissPayload> {
    const id = parseGlobalId(input.nearMissId, 'NearMiss');
    if (!id)
      return this.payload(ctx, { ok: false, errors: [userError('NOT_FOUND', 'nearMissId')] });
    const { nearMissId: _id, ...changes } = input;
    return this.payload(
      ctx,
      await updateNearMiss(ctx.dataSource, ctx.actor!, ctx.requestId, id, changes),
    );
  }

  @FieldResolver(() => CustomerType, { nullable: true })
  async customer(
    @Root() n: NearMissType,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CustomerType | null> {
    if (!n.customerDbId) return null;
    const c = await ctx.loaders.customers.byId.load(n.customerDbId);
    return c && toCustomerType(c, ctx.clock.now());
  }

  @FieldResolver(() => ProvisioningRequestType, { nullable: true })
  async request(
    @Root() n: NearMissType,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ProvisioningRequestType | null> {
    if (!n.requestDbId) return null;
    const r = await ctx.loaders.provisioning.byId.load(n.requestDbId);
    return r && toProvisioningRequestType(r, ctx.locale);
  }

  @FieldResolver(() => StaffMemberType, { nullable: true })
  async reportedBy(
    @Root() n: NearMissType,
    @Ctx() ctx: GraphQLContext,
  ): Promise<StaffMemberType | null> {
    if (!n.reportedById) return null;
    const s = await ctx.loaders.provisioning.staffById.load(n.reportedById);
    return s && { id: toGlobalId('StaffUser', s.id), displayName: s.displayName };
  }
}
