import { DEMO_CATALOG, trialOptionCodes } from '@kizuna/domain';
import { createTrialCustomer } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/test-server';

let server: TestServer;
let token: string;
beforeAll(async () => {
  server = await startTestServer();
  token = await server.loginAs('operator1@kizuna.example');
});
afterAll(() => server.close());

/** What a trial holds (every active option, one per exclusive group), in catalog order. */
async function trialCodesInCatalogOrder(): Promise<string[]> {
  const held = new Set(trialOptionCodes(DEMO_CATALOG.options));
  const rows: { code: string }[] = await server.db.dataSource.query(
    `SELECT code FROM catalog_option WHERE active ORDER BY sort_order, code`,
  );
  return rows.map((r) => r.code).filter((code) => held.has(code));
}

const SUBSCRIPTION = `subscription { options { code } monthlyFee { includingTax } }
  mfaPolicy { methods { code } }`;

// Option ids are read without the catalog; the catalog orders them (optionsInCatalogOrder).
describe('subscription options', () => {
  it('come in catalog order from the list (one statement) and from a single customer (loader)', async () => {
    const customer = await createTrialCustomer(server);
    const catalogOrder = await trialCodesInCatalogOrder();
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

  it('keep each subscription its own set in a page where sets differ or repeat', async () => {
    const catalogOrder = await trialCodesInCatalogOrder();
    // Keep every 2nd, every 3rd, every 2nd again, and none of the options of four new trials.
    const keep = [
      (i: number) => i % 2 === 0,
      (i: number) => i % 3 === 0,
      (i: number) => i % 2 === 0,
      () => false,
    ];
    const prefix = `集合確認${Date.now()}`;
    const expected = new Map<string, string[]>();
    for (const [n, keeps] of keep.entries()) {
      const customer = await createTrialCustomer(server, { name: `${prefix}${n}株式会社` });
      const kept = catalogOrder.filter((_, i) => keeps(i));
      await server.db.dataSource.query(
        `DELETE FROM subscription_option so USING subscription s, catalog_option o
          WHERE so.subscription_id = s.id AND o.id = so.option_id
            AND s.customer_id = (SELECT id FROM customer WHERE name = $1) AND NOT o.code = ANY($2)`,
        [customer.name, kept],
      );
      expected.set(customer.id, kept);
    }
    const list = await server.gql(
      `query ($search: String!) { customers(first: 10, filter: { search: $search }) {
        edges { node { id subscription { options { code } } } } } }`,
      { search: prefix },
      { token },
    );
    expect(list.errors).toBeUndefined();
    const got = new Map<string, string[]>(
      list.data?.customers.edges.map(
        (e: { node: { id: string; subscription: { options: { code: string }[] } } }) => [
          e.node.id,
          e.node.subscription.options.map((o) => o.code),
        ],
      ),
    );
    expect(got).toEqual(expected);
  });
});
