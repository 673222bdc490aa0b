import {
  execute,
  GraphQLEnumType,
  GraphQLError,
  GraphQLInt,
  GraphQLInterfaceType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  GraphQLString,
  parse,
  validate,
  type ExecutionArgs,
  type ExecutionResult,
} from 'graphql';
import {
  MAX_CACHED_FIELDS,
  MAX_PLANNED_FIELDS,
  plainExecutor,
} from '../src/graphql/plain-executor';
import { resolvePreloadedFirst } from '../src/graphql/preloaded-fields';
import { buildKizunaSchema } from '../src/graphql/schema';

// A schema with every shape the planned executor takes, and the ones it must leave to
// graphql-js. Every planned operation is run through both and must give the same response —
// data, and errors with their messages, paths and locations, in the same order.

interface ItemSource {
  code: string;
  required?: string | null;
  category?: string;
  tags?: Iterable<unknown> | number;
  count?: unknown;
  errorValue?: Error;
  weird?: unknown;
  children?: unknown[];
  preloadedLabel?: string;
  greeting?: (args: { name: string }) => string;
  eventually?: Promise<string>;
}

const labelCalls: string[] = [];
const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

const Named = new GraphQLInterfaceType({
  name: 'Named',
  fields: { code: { type: new GraphQLNonNull(GraphQLString) } },
  resolveType: () => 'Item',
});

const Category = new GraphQLEnumType({
  name: 'Category',
  values: { HARDWARE: { value: 'hw' }, SOFTWARE: { value: 'sw' } },
});

/** A scalar that serialises some values to null (graphql-js reports that as an error). */
const Weird = new GraphQLScalarType({
  name: 'Weird',
  serialize: (value) => (value === 'nothing' || typeof value === 'object' ? null : value),
});

/** Rejects after `ticks` microtasks. */
async function failAfter(ticks: number): Promise<never> {
  for (let i = 0; i < ticks; i += 1) await null;
  throw new Error(`failed after ${ticks} ticks`);
}

const Item: GraphQLObjectType = new GraphQLObjectType<ItemSource>({
  name: 'Item',
  interfaces: [Named],
  fields: () => ({
    code: { type: new GraphQLNonNull(GraphQLString) },
    required: { type: new GraphQLNonNull(GraphQLString) },
    category: { type: Category },
    tags: { type: new GraphQLList(GraphQLString) },
    count: { type: GraphQLInt },
    eventually: { type: GraphQLString },
    errorValue: { type: GraphQLString },
    weird: { type: Weird },
    failAfter: {
      type: GraphQLString,
      args: { ticks: { type: new GraphQLNonNull(GraphQLInt) } },
      resolve: (_item, { ticks }: { ticks: number }) => failAfter(ticks),
    },
    failingRequired: {
      type: new GraphQLNonNull(GraphQLString),
      resolve: () => {
        throw new Error('required and failing');
      },
    },
    label: {
      type: GraphQLString,
      resolve: async (item) => {
        labelCalls.push(item.code);
        return `loaded ${item.code}`;
      },
    },
    greeting: {
      type: GraphQLString,
      args: { name: { type: GraphQLString, defaultValue: 'you' } },
    },
    // graphql-js calls a resolver as a plain function: no `this`.
    receiver: {
      type: GraphQLString,
      resolve: function (this: unknown) {
        return this === undefined ? 'none' : typeof this;
      },
    },
    failing: {
      type: GraphQLString,
      resolve: () => {
        throw new Error('failing field');
      },
    },
    failingAsync: {
      type: GraphQLString,
      resolve: async () => {
        await delay(1);
        throw new GraphQLError('async failure', { extensions: { code: 'FORBIDDEN' } });
      },
    },
    failingLater: {
      type: GraphQLString,
      resolve: async () => {
        await delay(20);
        throw new Error('later failure');
      },
    },
    children: { type: new GraphQLList(new GraphQLNonNull(Item)) },
    looseChildren: {
      type: new GraphQLList(Item),
      resolve: (item) => (item.children ?? []).map((c, i) => (i % 2 ? Promise.resolve(c) : c)),
    },
    parent: {
      type: Item,
      resolve: async (item) => ({ code: `parent of ${item.code}`, required: 'r' }),
    },
  }),
});

const items: ItemSource[] = [
  {
    code: 'a',
    required: 'ra',
    category: 'hw',
    tags: ['x', 'y'],
    count: 1,
    preloadedLabel: 'preloaded a',
    greeting: ({ name }) => `hello ${name}`,
    get eventually() {
      return Promise.resolve('a promise in a property');
    },
    children: [
      { code: 'a1', required: 'r' },
      { code: 'a2', required: 'r' },
    ],
  },
  {
    code: 'b',
    required: null,
    category: 'sw',
    tags: new Set(['s']),
    get eventually() {
      return Promise.reject(new Error('a rejected promise in a property'));
    },
    count: 'not a number',
    weird: 'nothing',
    errorValue: new Error('error as a value'),
    children: [{ code: 'b1', required: null }, { code: 'b2' }],
  },
  { code: 'c', required: 'rc', tags: 5, category: 'unknown', children: [], weird: { a: 1 } },
];

const Query = new GraphQLObjectType({
  name: 'Query',
  fields: {
    items: {
      type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Item))),
      args: { first: { type: GraphQLInt } },
      resolve: async (_root, { first }: { first?: number }) => items.slice(0, first ?? undefined),
    },
    looseItems: { type: new GraphQLList(Item), resolve: () => items },
    item: {
      type: Item,
      args: { code: { type: new GraphQLNonNull(GraphQLString) } },
      resolve: (_root, { code }: { code: string }) => items.find((i) => i.code === code),
    },
    requiredItem: { type: new GraphQLNonNull(Item), resolve: () => items[1] },
    named: { type: Named, resolve: () => items[0] },
    hello: { type: GraphQLString, resolve: () => 'world' },
  },
});

let coercions = 0;
/** Counts how often a variable of it is coerced. */
const Counted = new GraphQLScalarType({
  name: 'Counted',
  parseValue: (value) => {
    coercions += 1;
    return value;
  },
});

const Mutation = new GraphQLObjectType({
  name: 'Mutation',
  fields: {
    touch: {
      type: GraphQLString,
      args: { note: { type: Counted } },
      resolve: () => 'touched',
    },
  },
});

const schema = new GraphQLSchema({ query: Query, mutation: Mutation, types: [Item] });
resolvePreloadedFirst(schema, { Item: { label: 'preloadedLabel' } });
const run = plainExecutor(schema);

function argsFor(source: string, variableValues?: Record<string, unknown>): ExecutionArgs {
  const document = parse(source);
  expect(validate(schema, document)).toEqual([]);
  return { schema, document, variableValues };
}

/** The response as it is sent (errors as JSON: message, locations, path, extensions). */
const sent = (result: ExecutionResult) => JSON.parse(JSON.stringify(result)) as unknown;

async function bothWays(source: string, variables?: Record<string, unknown>) {
  const planned = await run(argsFor(source, variables));
  const reference = await execute(argsFor(source, variables));
  return { planned: sent(planned), reference: sent(reference) };
}

describe('plain executor: same responses as graphql-js', () => {
  const planned: [string, string, Record<string, unknown>?][] = [
    [
      'nested objects and lists, aliases, __typename, enums, iterables',
      `{ items { __typename code first: code category tags count eventually receiver
          children { code t: __typename } parent { code parent { code } } } hello }`,
    ],
    [
      'named and inline fragments, a fragment on an interface, merged fields',
      `query { items(first: 2) { ...Base ... on Item { tags } ... { count } ... on Named { code } } }
       fragment Base on Item { code children { ...Child } code }
       fragment Child on Item { code ... on Item { required } }`,
    ],
    [
      'arguments from variables and defaults; a method on the source called like a resolver',
      `query ($code: String!, $name: String) {
         item(code: $code) { code greeting(name: $name) plain: greeting }
         other: item(code: "zzz") { code } }`,
      { code: 'a', name: 'Hanako' },
    ],
    ['a preloaded value first, the resolver for the rest', `{ items { code label } }`],
    [
      'errors: thrown, rejected, an Error value, a failed serialisation, not a list',
      `{ looseItems { code failing failingAsync errorValue count tags eventually weird } }`,
    ],
    [
      'null in a non-null field propagates to the nearest nullable position',
      `{ looseItems { code required children { code required } looseChildren { code required } } }`,
    ],
    ['a non-null root field failing nulls the data', `{ hello items { code required } }`],
    ['a non-null root field with a synchronous error', `{ requiredItem { code required } hello }`],
    [
      'an error below a position already nulled is not reported',
      `{ looseItems { code children { failingLater code required } } }`,
    ],
    [
      'fields still running when a sibling fails are awaited first',
      `{ looseItems { failingLater failingAsync label required code } }`,
    ],
    ...[0, 1, 2, 3, 4].map((ticks): [string, string] => [
      `errors in graphql-js's order: a sibling fails synchronously, another rejects after ${ticks} ticks`,
      `{ first: item(code: "a") { failAfter(ticks: ${ticks}) }
         second: item(code: "c") { label failingRequired } }`,
    ]),
  ];

  // Objects, not tuples: a tuple shorter than the test's parameters would pass jest's `done`.
  const cases = planned.map(([name, source, variables]) => ({ name, source, variables }));
  it.each(cases)('$name', async ({ source, variables }) => {
    expect(run.isPlanned(argsFor(source, variables))).toBe(true);
    const { planned: result, reference } = await bothWays(source, variables);
    expect(result).toEqual(reference);
  });

  it('reports refused variables before anything runs, as graphql-js does', async () => {
    const source = `query ($code: String!) { item(code: $code) { code } }`;
    const { planned: result, reference } = await bothWays(source, { code: 5 });
    expect(result).toEqual(reference);
    expect(result).toMatchObject({ errors: [{ message: expect.stringMatching(/\$code/) }] });
  });

  it('returns plain result objects (what makes the response quick to serialise)', async () => {
    const result = await run(argsFor('{ items { code children { code } } }'));
    const data = result.data as { items: { children: object[] }[] };
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(data.items[0]!.children[0])).toBe(Object.prototype);
    const reference = await execute(argsFor('{ items { code } }'));
    expect(Object.getPrototypeOf(reference.data)).toBeNull();
  });

  it('calls a preloaded field’s resolver only where nothing was preloaded', async () => {
    labelCalls.length = 0;
    await run(argsFor('{ items { label } }'));
    expect(labelCalls).toEqual(['b', 'c']);
  });
});

describe('plain executor: operations left to graphql-js', () => {
  it.each([
    ['a mutation', 'mutation { touch }'],
    ['a directive', '{ items { code tags @include(if: true) } }'],
    [
      'a directive in a fragment',
      '{ items { ...F } } fragment F on Item { code @skip(if: false) }',
    ],
    ['an interface field', '{ named { code } }'],
    ['introspection', '{ __schema { queryType { name } } }'],
    ['a type lookup', '{ __type(name: "Item") { name } }'],
    ['a key that is not an own property of a plain object', '{ items { __proto__: code } }'],
  ])('%s', async (_name, source) => {
    expect(run.isPlanned(argsFor(source))).toBe(false);
    const { planned: result, reference } = await bothWays(source);
    expect(result).toEqual(reference);
  });

  it('coerces the variables of an operation known to be graphql-js’s once, by graphql-js', async () => {
    const executor = plainExecutor(schema);
    const args = argsFor('mutation ($note: Counted) { touch(note: $note) }', { note: 'n' });
    await executor(args); // learns that it is not planned
    coercions = 0;
    expect(await executor(args)).toEqual({ data: { touch: 'touched' } });
    expect(coercions).toBe(1);
  });

  // Each level doubles the paths: 2^levels leaves from a few hundred characters of query.
  const nested = (levels: number, alias = 'x') => {
    let fragments = 'fragment L0 on Item { code }';
    for (let level = 1; level <= levels; level += 1) {
      fragments += ` fragment L${level} on Item { ${alias}: parent { ...L${level - 1} } y: parent { ...L${level - 1} } }`;
    }
    return `{ item(code: "a") { ...L${levels} } } ${fragments}`;
  };

  it(`an operation whose plan grows past ${MAX_PLANNED_FIELDS} fields, from its next request on`, async () => {
    const executor = plainExecutor(schema);
    const args = argsFor(nested(10)); // 1 + 2,046 + 1,024 fields
    expect(executor.isPlanned(args)).toBe(true); // planned as far as the root
    const planned = sent(await executor(args));
    expect(planned).toEqual(sent(await execute(args)));
    expect(executor.isPlanned(args)).toBe(false);
    expect(executor.cachedFields()).toBe(0);
    expect(sent(await executor(args))).toEqual(planned);
  });

  it('plans only what execution reaches (as graphql-js collects fields)', async () => {
    const executor = plainExecutor(schema);
    // item(code: "zzz") is null: nothing below it is planned, however large.
    const args = argsFor(nested(12).replace('"a"', '"zzz"'));
    expect(sent(await executor(args))).toEqual({ data: { item: null } });
    expect(executor.isPlanned(args)).toBe(true);
    expect(executor.cachedFields()).toBe(1);
  });

  it(`keeps at most ${MAX_CACHED_FIELDS} planned fields in all, dropping the least recently used`, async () => {
    const executor = plainExecutor(schema);
    const sizeOf9 = 1 + 1022 + 512;
    const operations = Array.from({ length: 40 }, (_, i) => argsFor(nested(9, `x${i}`)));
    for (const args of operations) await executor(args);
    const kept = Math.floor(MAX_CACHED_FIELDS / sizeOf9);
    expect(executor.cachedFields()).toBe(kept * sizeOf9);
    // The newest are kept (asking does not plan again); the oldest were dropped and start over.
    expect(executor.isPlanned(operations[39]!)).toBe(true);
    expect(executor.cachedFields()).toBe(kept * sizeOf9);
    expect(executor.isPlanned(operations[0]!)).toBe(true);
    expect(executor.cachedFields()).toBe(kept * sizeOf9 + 1);
    await executor(operations[0]!); // grows: the least recently used goes
    expect(executor.cachedFields()).toBe(kept * sizeOf9);
  });
});

describe('the Kizuna schema', () => {
  it('plans the integrator query and leaves node(id:) to graphql-js', async () => {
    const kizuna = await buildKizunaSchema();
    const kizunaRun = plainExecutor(kizuna);
    const page = parse(`{ customers(first: 100) { edges { node { id name stage
      subscription { status plan { code name } options { code kind factorCategory } } } } } }`);
    expect(validate(kizuna, page)).toEqual([]);
    expect(kizunaRun.isPlanned({ schema: kizuna, document: page })).toBe(true);
    const node = parse(`{ node(id: "x") { id } }`);
    expect(kizunaRun.isPlanned({ schema: kizuna, document: node })).toBe(false);
  });
});
