import { seedCustomers } from '../src/features/demo/demo-seed';
import { startTestServer, type TestServer } from './helpers/test-server';

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
    const ten = await statementsFor(10);
    const hundred = await statementsFor(100);
    expect(ten.rows).toBe(10);
    expect(hundred.rows).toBe(100);
    expect(hundred.count).toBe(ten.count);
    // auth + page (with each row's subscription and option ids) + catalog (plans and options)
    expect(hundred.count).toBe(3);
  });
});
