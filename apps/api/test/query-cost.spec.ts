import { parse, validate, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import {
  ASSUMED_LIST_ITEMS,
  FIELD_COSTS,
  MAX_QUERY_COST,
  queryCost,
  TOTAL_COUNT_COST,
} from '../src/graphql/query-cost';
import { buildKizunaSchema } from '../src/graphql/schema';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildKizunaSchema();
});

function costOf(source: string, variables?: Record<string, unknown>) {
  const document = parse(source);
  expect(validate(schema, document)).toEqual([]);
  const operation = document.definitions[0] as OperationDefinitionNode;
  return queryCost(schema, document, operation, variables);
}

const PAGE = `edges { node { id name stage
  subscription { status plan { code name } options { code kind factorCategory } } } }`;
// Per customer: edges, node, id, name, stage, subscription, status, plan, code, name, options
// and ASSUMED_LIST_ITEMS options of three fields each.
const perCustomer = 10 + 1 + ASSUMED_LIST_ITEMS * 3;

describe('queryCost', () => {
  it('counts each field times the items of the lists around it', () => {
    expect(costOf(`{ customers(first: 100) { ${PAGE} } }`)).toBe(1 + 100 * perCustomer);
    expect(costOf(`{ customers(first: 10) { totalCount ${PAGE} } }`)).toBe(
      1 + TOTAL_COUNT_COST + 10 * perCustomer,
    );
  });

  it('reads first from variables, and assumes the maximum when it is not known', () => {
    const query = `query ($n: Int) { customers(first: $n) { ${PAGE} } }`;
    expect(costOf(query, { n: 5 })).toBe(1 + 5 * perCustomer);
    expect(costOf(query, {})).toBe(1 + 100 * perCustomer);
    expect(costOf(`{ customers { ${PAGE} } }`)).toBe(1 + 100 * perCustomer);
  });

  it('scales a fragment where it is spread, each alias counting', () => {
    const query = `{ a: customers(first: 100) { ...Page } b: customers(first: 50) { ...Page } }
      fragment Page on CustomerConnection { ${PAGE} }`;
    expect(costOf(query)).toBe(2 + 150 * perCustomer);
  });

  it('stays linear in the document: a fragment spread twice per level is counted once', () => {
    let fragments = 'fragment F0 on CustomerConnection { totalCount }';
    for (let level = 1; level <= 60; level += 1) {
      fragments += ` fragment F${level} on CustomerConnection { ...F${level - 1} ... on CustomerConnection { ...F${level - 1} } }`;
    }
    // 2^60 totalCount fields in the expansion; the estimate says so without expanding.
    expect(costOf(`{ customers(first: 1) { ...F60 } } ${fragments}`)).toBe(
      1 + TOTAL_COUNT_COST * 2 ** 60,
    );
  });

  it('leaves room for every list of the console and for the integrator page, not for many pages', () => {
    expect(costOf(`{ customers(first: 100) { ${PAGE} } }`)).toBeLessThan(MAX_QUERY_COST / 10);
    const aliases = Array.from(
      { length: 13 },
      (_, i) => `p${i}: customers(first: 100) { ${PAGE} }`,
    );
    expect(costOf(`{ ${aliases.join(' ')} }`)).toBeGreaterThan(MAX_QUERY_COST);
  });

  it('charges a count whatever first says, and the chain walk its real cost', () => {
    expect(costOf(`{ customers(first: 0) { totalCount } }`)).toBe(1 + TOTAL_COUNT_COST);
    const counts = Array.from(
      { length: 3000 },
      (_, i) => `c${i}: customers(first: 0) { totalCount }`,
    );
    expect(costOf(`{ ${counts.join(' ')} }`)).toBeGreaterThan(MAX_QUERY_COST);
    expect(FIELD_COSTS['Query.auditChainStatus']).toBeGreaterThanOrEqual(1000);
    expect(costOf(`{ auditChainStatus { ok } }`)).toBe(FIELD_COSTS['Query.auditChainStatus']! + 1);
  });
});
