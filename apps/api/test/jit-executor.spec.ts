import type {
  GatewayExecutor,
  GatewayGraphQLRequestContext,
} from '@apollo/server-gateway-interface';
import {
  execute,
  GraphQLError,
  GraphQLInt,
  GraphQLList,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
} from 'graphql';
import * as jit from 'graphql-jit';
import { jitExecution } from '../src/graphql/jit-executor';

jest.mock('graphql-jit', () => {
  const actual = jest.requireActual<typeof import('graphql-jit')>('graphql-jit');
  return { ...actual, compileQuery: jest.fn(actual.compileQuery) };
});

interface Item {
  code: string;
  lazyCount?: Promise<number>;
}
const Item = new GraphQLObjectType<Item>({
  name: 'Item',
  fields: {
    code: { type: GraphQLString },
    // No resolver: read as a plain value by compiled code.
    lazyCount: { type: GraphQLInt },
    // A resolver: its promise is awaited.
    count: { type: GraphQLInt, resolve: async () => 7 },
  },
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      items: {
        type: new GraphQLList(Item),
        args: { first: { type: GraphQLInt } },
        resolve: (_root, { first }: { first?: number }) =>
          [{ code: 'A' }, { code: 'B', lazyCount: Promise.resolve(3) }].slice(0, first ?? 2),
      },
      fault: {
        type: GraphQLString,
        resolve: () => {
          throw new Error('connection reset');
        },
      },
      forbidden: {
        type: GraphQLString,
        resolve: () => {
          throw new GraphQLError('not for you', { extensions: { code: 'FORBIDDEN' } });
        },
      },
    },
  }),
});

const request = (query: string, variables?: Record<string, unknown>) =>
  ({
    document: parse(query),
    queryHash: `hash-of-${query}`,
    operationName: null,
    request: { query, variables },
    context: {},
  }) as unknown as GatewayGraphQLRequestContext;

async function executorOf(maxCompiled?: number): Promise<GatewayExecutor> {
  const { executor } = await jitExecution(schema, maxCompiled).load({ apollo: {} as never });
  return executor!;
}

beforeEach(() => jest.clearAllMocks());

describe('jitExecution', () => {
  it('answers what graphql-js answers, in plain (not null-prototype) objects', async () => {
    const query = '{ items { code count } }';
    const result = await (await executorOf())(request(query));
    expect(result).toEqual(await execute({ schema, document: parse(query) }));
    expect(Object.getPrototypeOf(result.data)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(result.data!.items[0])).toBe(Object.prototype);
  });

  it('reads a field without a resolver as a plain value: a promise there is not awaited', async () => {
    const query = '{ items { lazyCount } }';
    // graphql-js awaits it; compiled execution does not — such a field needs a resolver.
    expect((await execute({ schema, document: parse(query) })).data).toEqual({
      items: [{ lazyCount: null }, { lazyCount: 3 }],
    });
    const result = await (await executorOf())(request(query));
    expect(result.data).toEqual({ items: [{ lazyCount: null }, { lazyCount: null }] });
    expect(result.errors?.[0]?.message).toMatch(/Int cannot represent/);
  });

  it("gives field errors as graphql-js errors with their path, locations and the thrower's code", async () => {
    const result = await (await executorOf())(request('{ items { code } forbidden }'));
    const [error] = result.errors!;
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error).toMatchObject({
      message: 'not for you',
      path: ['forbidden'],
      locations: [{ line: 1, column: 18 }],
      extensions: { code: 'FORBIDDEN' },
    });
    expect(result.data).toEqual({ items: [{ code: 'A' }, { code: 'B' }], forbidden: null });
  });

  it('keeps a fault as a graphql-js error around the thrown one, with extensions to format', async () => {
    const result = await (await executorOf())(request('{ fault }'));
    const [error] = result.errors!;
    expect(error).toMatchObject({ path: ['fault'], locations: [{ line: 1, column: 3 }] });
    expect(error!.originalError?.message).toBe('connection reset');
    // graphql-jit leaves them undefined; Apollo's formatting reads them.
    expect(error!.extensions).toEqual({});
  });

  it('leaves refused variables to graphql-js, whose errors name the variable definition', async () => {
    const result = await (
      await executorOf()
    )(request('query ($n: Int) { items(first: $n) { code } }', { n: 'two' }));
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.nodes?.[0]?.kind).toBe('VariableDefinition');
  });

  it('compiles each operation once and keeps a bounded number of them', async () => {
    const compile = jest.mocked(jit.compileQuery);
    const run = await executorOf(2);
    const [q1, q2, q3] = [1, 2, 3].map((n) => `{ items(first: ${n}) { code } }`);
    for (const q of [q1, q1, q2, q1]) await run(request(q!));
    expect(compile).toHaveBeenCalledTimes(2);
    await run(request(q3!)); // drops q2, the least recently used
    await run(request(q1!));
    expect(compile).toHaveBeenCalledTimes(3);
    await run(request(q2!));
    expect(compile).toHaveBeenCalledTimes(4);
    expect((await run(request(q2!))).data).toEqual({ items: [{ code: 'A' }, { code: 'B' }] });
  });
});
