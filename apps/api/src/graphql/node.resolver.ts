import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from './context';
import { forbidden } from './errors';
import { fromGlobalId } from './relay';
import { NodeInterface } from './node.interface';
import { nodeFetchers } from './node-fetchers';

@Resolver()
export class NodeResolver {
  @Query(() => NodeInterface, { nullable: true, description: 'Any object by its global id.' })
  async node(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
  ): Promise<NodeInterface | null> {
    const parsed = fromGlobalId(id);
    const fetcher = parsed && nodeFetchers[parsed.type];
    if (!parsed || !fetcher) return null;
    if (!ctx.actor?.permissions.has(fetcher.permission)) throw forbidden(`read ${parsed.type}`);
    return fetcher.fetch(ctx, parsed.id);
  }
}
