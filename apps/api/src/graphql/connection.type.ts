import { Field, Int, ObjectType, type ClassType } from 'type-graphql';

@ObjectType({ description: 'Relay page information.', simpleResolvers: true })
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field({ description: 'Always false: lists are paged forwards only.' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  /** A getter: counting is only paid for when the client asks for it. */
  readonly totalCount: Promise<number>;
}

/** Build the Relay `XConnection` / `XEdge` pair for a node type. */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field()
    cursor: string;

    @Field(() => nodeType)
    node: T;
  }

  // Not referenced by any resolver, so type-graphql does not emit it; subclasses carry the name.
  @ObjectType(`${name}ConnectionBase`, { simpleResolvers: true })
  abstract class ConnectionClass {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Number of items matching the filter, across all pages.' })
    totalCount: number;
  }
  return ConnectionClass;
}

/** Assemble a connection from a page of rows, mapping each row to its GraphQL node. */
export function toConnection<R, T>(
  page: {
    nodes: R[];
    hasNextPage: boolean;
    cursorOf: (row: R) => string;
    count: () => Promise<number>;
  },
  toNode: (row: R) => T,
): ConnectionShape<T> {
  const { hasNextPage, count: totalCount } = page;
  const edges = page.nodes.map((row) => new LazyEdge(row, toNode(row), page.cursorOf));
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null, // two encodings, not one per edge
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    get totalCount() {
      return totalCount();
    },
  };
}

/** An edge whose cursor is encoded only if the client selects it. */
class LazyEdge<R, T> {
  constructor(
    private readonly row: R,
    readonly node: T,
    private readonly cursorOf: (row: R) => string,
  ) {}

  get cursor(): string {
    return this.cursorOf(this.row);
  }
}
