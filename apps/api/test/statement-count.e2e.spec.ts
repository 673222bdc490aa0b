import { seedCustomers } from '../src/features/demo/demo-seed';
import { startTestServer, type GraphQLResponse, type TestServer } from './helpers/test-server';

let server: TestServer;
let token: string;
beforeAll(async () => {
  server = await startTestServer();
  await seedCustomers(server.db.dataSource, { count: 300, seed: 7 });
  token = await server.loginAs('operator1@kizuna.example');
});
afterAll(() => server.close());

const NESTED = `query ($first: Int!) {
  customers(first: $first, filter: { stage: ACTIVE }) {
    edges { node {
      id name stage
      subscription { status monthlyFee { includingTax } plan { code name } options { code kind factorCategory } }
      mfaPolicy { isMultiFactor methods { code category } }
    } }
  }
}`;

async function statementsFor(first: number) {
  const res = await server.gql(NESTED, { first }, { token });
  expect(res.errors).toBeUndefined();
  return {
    count: Number(res.headers.get('x-sql-statements')),
    rows: res.data?.customers.edges.length as number,
  };
}

describe('DataLoader batching', () => {
  it('issues the same small number of SQL statements for 100 customers as for 10', async () => {
    // The first catalog read of this process; the catalog is shared from then on (ADR 0008).
    const first = await statementsFor(10);
    const ten = await statementsFor(10);
    const hundred = await statementsFor(100);
    expect(ten.rows).toBe(10);
    expect(hundred.rows).toBe(100);
    // auth + page (with each row's subscription and option ids) + catalog (plans and options)
    expect(first.count).toBe(3);
    // auth + page: the catalog is the shared one
    expect(ten.count).toBe(2);
    expect(hundred.count).toBe(2);
  });

  it('reads the catalog again, once, after it changes', async () => {
    await server.db.dataSource.query(`UPDATE plan SET name_ja = name_ja || '（改）'`);
    // The change reaches the API as a notification when the UPDATE commits: poll for it.
    let after = await server.gql(NESTED, { first: 1 }, { token });
    for (let i = 0; i < 50 && !planName(after).endsWith('（改）'); i += 1) {
      await new Promise((r) => setTimeout(r, 100));
      after = await server.gql(NESTED, { first: 1 }, { token });
    }
    expect(planName(after)).toMatch(/（改）$/);
    expect(Number(after.headers.get('x-sql-statements'))).toBe(3);
    const next = await statementsFor(10);
    expect(next.count).toBe(2);
  });
});

describe('the fee history (customer page)', () => {
  const WITH_FEES = `query ($first: Int!) {
    customers(first: $first, filter: { stage: ACTIVE }) {
      edges { node { id subscription { status
        feeHistory { effectiveFrom status planCode contractTerm monthlyFee { includingTax } } } } }
    }
  }`;

  it('costs one statement for a page of customers, whatever its size', async () => {
    const counts: number[] = [];
    for (const first of [10, 100]) {
      const res = await server.gql(WITH_FEES, { first }, { token });
      expect(res.errors).toBeUndefined();
      const nodes = res.data?.customers.edges.map((e: { node: unknown }) => e.node) as {
        subscription: { feeHistory: { status: string }[] };
      }[];
      expect(nodes).toHaveLength(first);
      // Every ACTIVE demo customer has its trial and its conversion, newest first.
      for (const node of nodes) {
        expect(node.subscription.feeHistory.length).toBeGreaterThanOrEqual(2);
        expect(node.subscription.feeHistory[0]!.status).toBe('ACTIVE');
      }
      counts.push(Number(res.headers.get('x-sql-statements')));
    }
    // auth + page (with each row's subscription) + fee history
    expect(counts).toEqual([3, 3]);
  });
});

const planName = (res: GraphQLResponse): string =>
  String(res.data?.customers.edges[0]?.node.subscription.plan.name ?? '');
