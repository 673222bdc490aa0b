import { parseIsoDate } from '@kizuna/domain';
import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Conditions, keysetPage } from '../../db/keyset-page';
import { toConnection } from '../../graphql/connection.type';
import type { GraphQLContext } from '../../graphql/context';
import { badUserInput } from '../../graphql/errors';
import { fromGlobalId, pageSize, toGlobalId } from '../../graphql/relay';
import { auditReferences } from './audit-references';
import { verifyAuditChain } from './audit-verify';
import {
  AuditChainStatusType,
  AuditEventConnection,
  AuditEventFilter,
  type AuditEventType,
} from './audit.type';

interface AuditRow {
  id: string;
  occurredAt: Date;
  actorType: string;
  actorId: string | null;
  actorName: string;
  requestId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  hash: Buffer;
}

const ACTOR_TYPES: Record<string, string> = { STAFF: 'StaffUser', API_KEY: 'ApiKey' };
const NONE = '00000000-0000-0000-0000-000000000000';

/** A filter day (YYYY-MM-DD, also YYYY/M/D or full width), refused when it is not a date. */
function filterDay(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const parsed = parseIsoDate(value, field);
  if (!parsed.ok) throw badUserInput(`${field} must be a date YYYY-MM-DD (got "${value}").`);
  return parsed.value;
}

/** The filter's conditions; days are Asia/Tokyo days, `to` included. */
function auditConditions(filter: AuditEventFilter | undefined): Conditions {
  const c = new Conditions();
  if (filter?.entityId)
    c.add((p) => `a.entity_id = ${p}`, fromGlobalId(filter.entityId)?.id ?? NONE);
  if (filter?.actorId) c.add((p) => `a.actor_id = ${p}`, fromGlobalId(filter.actorId)?.id ?? NONE);
  if (filter?.action) c.add((p) => `a.action = ${p}`, filter.action);
  if (filter?.actions) c.add((p) => `a.action = ANY(${p}::text[])`, filter.actions);
  const from = filterDay(filter?.from, 'filter.from');
  const to = filterDay(filter?.to, 'filter.to');
  if (from && to && from > to) throw badUserInput('filter.from must not be after filter.to.');
  if (from)
    c.add((p) => `a.occurred_at >= (${p}::date)::timestamp AT TIME ZONE 'Asia/Tokyo'`, from);
  if (to)
    c.add((p) => `a.occurred_at < ((${p}::date + 1)::timestamp AT TIME ZONE 'Asia/Tokyo')`, to);
  return c;
}

function toAuditEventType(r: AuditRow): AuditEventType {
  const actorType = ACTOR_TYPES[r.actorType];
  return {
    ...r,
    actorId: r.actorId && actorType ? toGlobalId(actorType, r.actorId) : null,
    entityId: toGlobalId(r.entityType, r.entityId),
    references: auditReferences(r.before, r.after),
    hash: r.hash.toString('hex'),
  };
}

@Resolver()
export class AuditResolver {
  @Authorized('audit:read')
  @Query(() => AuditEventConnection, {
    description: 'The audit trail, newest first. Holds no personal data.',
  })
  async auditEvents(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => AuditEventFilter, { nullable: true }) filter?: AuditEventFilter,
  ) {
    const c = auditConditions(filter);
    const page = await keysetPage<AuditRow>(ctx.dataSource, {
      select: `a.id::text, a.occurred_at AS "occurredAt", a.actor_type AS "actorType", a.actor_id AS "actorId",
        a.actor_name AS "actorName", a.request_id AS "requestId", a.action, a.entity_type AS "entityType",
        a.entity_id AS "entityId", a.before, a.after, a.hash`,
      from: 'audit_event a',
      where: c.where,
      params: c.params,
      // The id is the chain order; the cursor carries it twice to fit the (sort, id) shape.
      sortColumn: 'a.id',
      sortType: 'bigint',
      sortKeySql: 'a.id::text',
      idColumn: 'a.id',
      idType: 'bigint',
      direction: 'DESC',
      first: pageSize(first),
      after,
    });
    return toConnection(page, toAuditEventType);
  }

  @Authorized('audit:read')
  @Query(() => AuditChainStatusType, {
    description:
      'Recompute the hash chain (as npm run audit:verify does). Computed once per request, however many aliases ask.',
  })
  auditChainStatus(@Ctx() ctx: GraphQLContext): Promise<AuditChainStatusType> {
    // Walking the chain reads every event: aliases share one walk (ADR 0012).
    ctx.perRequest.auditChainStatus ??= verifyAuditChain(ctx.dataSource);
    return ctx.perRequest.auditChainStatus as Promise<AuditChainStatusType>;
  }
}
