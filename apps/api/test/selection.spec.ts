import {
  Kind,
  parse,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';
import { selects } from '../src/graphql/selection';

/** The resolve info of the operation's first root field, counting fragment lookups. */
function infoOf(source: string) {
  const document = parse(source);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const lookups = { count: 0 };
  const counted = new Proxy(fragments, {
    get: (target, name) => {
      lookups.count += 1;
      return target[name as string];
    },
  });
  const info = {
    fieldNodes: [operation.selectionSet.selections[0] as FieldNode],
    fragments: counted,
  } as unknown as GraphQLResolveInfo;
  return { info, lookups };
}

describe('selects', () => {
  it('finds a path through fields, inline fragments and named fragments', () => {
    const { info } = infoOf(`{ customers { edges { ...E } } }
      fragment E on CustomerEdge { node { ... on Customer { subscription { plan { code } } } } }`);
    expect(selects(info, ['edges', 'node', 'subscription'])).toBe(true);
    expect(selects(info, ['edges', 'node', 'subscription', 'plan'])).toBe(true);
    expect(selects(info, ['edges', 'node', 'subscription', 'options'])).toBe(false);
    expect(selects(info, ['pageInfo'])).toBe(false);
  });

  it('searches a fragment spread many times once per remaining path (not 2^levels times)', () => {
    // Each level spreads the one below twice: 2^22 paths to the bottom.
    let fragments = 'fragment F0 on CustomerConnection { totalCount }';
    for (let level = 1; level <= 22; level += 1) {
      fragments += ` fragment F${level} on CustomerConnection { ...F${level - 1} ... on CustomerConnection { ...F${level - 1} } }`;
    }
    const { info, lookups } = infoOf(`{ customers { ...F22 } } ${fragments}`);
    expect(selects(info, ['edges', 'node', 'subscription'])).toBe(false);
    expect(lookups.count).toBe(23);
    expect(selects(info, ['totalCount'])).toBe(true);
  });
});
