import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { toConnection } from '../../graphql/connection.type';
import type { GraphQLContext } from '../../graphql/context';
import { badUserInput } from '../../graphql/errors';
import { pageSize, toPage } from '../../graphql/relay';
import { decodeEventCursor, encodeEventCursor } from './event-cursor';
import { countEvents, positionOf, readEvents, toEventEnvelope, type EventRow } from './event-log';
import { isEventType } from './event-types';
import { EventConnection, EventFilter } from './event.type';

@Resolver()
export class EventResolver {
  @Authorized('events:read')
  @Query(() => EventConnection, {
    description:
      'The event log in commit order, for integrators who pull: a cursor is stable across restarts and replicas, and no event ever appears before a cursor already read.',
  })
  async events(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => EventFilter, { nullable: true }) filter?: EventFilter,
  ) {
    const unknownType = filter?.types?.find((t) => !isEventType(t));
    if (unknownType !== undefined)
      throw badUserInput(`filter.types: unknown event type ${JSON.stringify(unknownType)}.`);
    const size = pageSize(first);
    const scope = { types: filter?.types ?? null, since: filter?.since ?? null };
    const rows = await readEvents(ctx.dataSource, {
      ...scope,
      after: after ? decodeEventCursor(after) : null,
      limit: size + 1,
    });
    const page = toPage(rows, size);
    return toConnection(
      {
        ...page,
        cursorOf: (row: EventRow) => encodeEventCursor(positionOf(row)),
        count: () => countEvents(ctx.dataSource, scope),
      },
      toEventEnvelope,
    );
  }
}
