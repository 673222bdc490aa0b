import { createTrialCustomer } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/test-server';

let server: TestServer;
let token: string;
beforeAll(async () => {
  server = await startTestServer();
  token = await server.loginAs('operator1@kizuna.example');
});
afterAll(() => server.close());

const SUBSCRIPTION = `subscription { options { code } monthlyFee { includingTax } }
  mfaPolicy { methods { code } }`;

// Option ids are read without the catalog; the catalog orders them (optionsInCatalogOrder).
describe('subscription options', () => {
  it('come in catalog order from the list (one statement) and from a single customer (loader)', async () => {
    const customer = await createTrialCustomer(server);
    const catalogOrder: string[] = (
      await server.db.dataSource.query(
        `SELECT code FROM catalog_option WHERE active ORDER BY sort_order, code`,
      )
    ).map((r: { code: string }) => r.code);
    const mfaOrder = catalogOrder.filter((code) => code.startsWith('MFA_'));

    const list = await server.gql(
      `query ($search: String!) { customers(first: 5, filter: { search: $search }) {
        edges { node { id ${SUBSCRIPTION} } } } }`,
      { search: customer.name },
      { token },
    );
    const single = await server.gql(
      `query ($id: ID!) { customer(id: $id) { ${SUBSCRIPTION} } }`,
      { id: customer.id },
      { token },
    );
    expect(list.errors).toBeUndefined();
    expect(single.errors).toBeUndefined();
    const fromList = list.data?.customers.edges[0].node;
    for (const c of [fromList, single.data?.customer]) {
      expect(c.subscription.options.map((o: { code: string }) => o.code)).toEqual(catalogOrder);
      expect(c.mfaPolicy.methods.map((m: { code: string }) => m.code)).toEqual(mfaOrder);
    }
    expect(fromList.subscription.monthlyFee).toEqual(single.data?.customer.subscription.monthlyFee);
  });
});
