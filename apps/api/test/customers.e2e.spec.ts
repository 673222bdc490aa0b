import { DEMO_CATALOG, trialOptionCodes } from '@kizuna/domain';
import { createTrialCustomer, START_TRIAL, trialInput } from './helpers/factories';
import { startTestServer, type GraphQLResponse, type TestServer } from './helpers/test-server';

let server: TestServer;
let operator: string;
beforeAll(async () => {
  server = await startTestServer();
  operator = await server.loginAs('operator1@kizuna.example');
});
afterAll(() => server.close());

// Every active option, one per exclusive group (the largest storage tier).
const activeOptionCodes = trialOptionCodes(DEMO_CATALOG.options);

describe('startTrial', () => {
  it('creates customer, contact and a 30-day trial with every active option in one go', async () => {
    const before = Date.now();
    const res = await server.gql(
      START_TRIAL,
      { input: trialInput({ nameKana: 'さんぷる' }) },
      { token: operator },
    );
    const { customer, userErrors } = res.data!.startTrial;
    expect(userErrors).toEqual([]);
    expect(customer.stage).toBe('TRIAL');
    expect(customer.nameKana).toBe('サンプル');
    expect(customer.isTrialExpired).toBe(false);
    const days =
      (Date.parse(customer.trialEndsAt) - Date.parse(customer.trialStartedAt)) / 86_400_000;
    expect(days).toBe(30);
    expect(Date.parse(customer.trialStartedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(customer.subscription.status).toBe('TRIAL');
    expect(customer.subscription.plan.code).toBe('PREMIUM');
    expect(customer.subscription.options.map((o: { code: string }) => o.code).sort()).toEqual(
      activeOptionCodes,
    );
    expect(customer.mfaPolicy.isMultiFactor).toBe(true);

    const [contact] = await server.db.dataSource.query(
      `SELECT family_name, email, phone FROM customer_contact cc JOIN customer c ON c.id = cc.customer_id WHERE c.name = $1`,
      [customer.name],
    );
    expect(contact).toMatchObject({ family_name: '山田', phone: '03-1234-5678' });
  });

  it.each([
    ['corporateNumber', { corporateNumber: '1234567890123' }, {}, 'INVALID_CORPORATE_NUMBER'],
    ['contact.email', {}, { email: 'not-an-email' }, 'INVALID_EMAIL'],
    ['contact.phone', {}, { phone: '0000' }, 'INVALID_PHONE'],
    ['name', { name: '   ' }, {}, 'REQUIRED'],
    ['contact.familyName', {}, { familyName: '' }, 'REQUIRED'],
  ])(
    'refuses a bad %s with a userError and writes nothing',
    async (field, overrides, contact, code) => {
      const count = async () =>
        (await server.db.dataSource.query(`SELECT count(*)::int AS n FROM customer`))[0].n;
      const before = await count();
      const res = await server.gql(
        START_TRIAL,
        { input: trialInput(overrides, contact) },
        { token: operator },
      );
      expect(res.data?.startTrial.customer).toBeNull();
      expect(res.data?.startTrial.userErrors).toEqual([expect.objectContaining({ code, field })]);
      expect(res.data?.startTrial.userErrors[0].messageJa).toBeTruthy();
      expect(res.data?.startTrial.userErrors[0].messageEn).toBeTruthy();
      expect(await count()).toBe(before);
    },
  );

  it('refuses a corporate number that is already a customer', async () => {
    const first = await createTrialCustomer(server);
    const res = await server.gql(
      START_TRIAL,
      { input: trialInput({ corporateNumber: first.corporateNumber }) },
      { token: operator },
    );
    expect(res.data?.startTrial.userErrors).toEqual([
      expect.objectContaining({ code: 'DUPLICATE', field: 'corporateNumber' }),
    ]);
  });

  it('accepts full-width input and normalises it', async () => {
    const input = trialInput({}, { phone: '０９０ー１２３４ー５６７８' });
    const res = await server.gql(START_TRIAL, { input }, { token: operator });
    expect(res.data?.startTrial.userErrors).toEqual([]);
    const [row] = await server.db.dataSource.query(
      `SELECT phone FROM customer_contact WHERE email = $1`,
      [input.contact.email],
    );
    expect(row.phone).toBe('090-1234-5678');
  });

  it('is refused to an analyst (no customers:write)', async () => {
    const analyst = await server.loginAs('analyst@kizuna.example');
    const res = await server.gql(START_TRIAL, { input: trialInput() }, { token: analyst });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('records an audit event without personal data', async () => {
    const input = trialInput();
    await server.gql(START_TRIAL, { input }, { token: operator });
    const [event] = await server.db.dataSource.query(
      `SELECT action, actor_type, after FROM audit_event WHERE after->>'corporateNumber' = $1`,
      [input.corporateNumber],
    );
    expect(event).toMatchObject({ action: 'customer.trialStarted', actor_type: 'STAFF' });
    expect(JSON.stringify(event.after)).not.toContain(input.contact.email);
    expect(JSON.stringify(event.after)).not.toContain('山田');
  });
});

describe('customer queries', () => {
  const LIST = `query ($first: Int, $after: String, $filter: CustomerFilter, $orderBy: CustomerOrder) {
    customers(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id name nameKana corporateNumber stage subscription { plan { code } } } }
    }
  }`;
  let names: string[];

  beforeAll(async () => {
    names = [];
    for (let i = 0; i < 5; i += 1)
      names.push((await createTrialCustomer(server, { name: `ページ確認${i}株式会社` })).name);
  });

  it('pages forwards by keyset until the end without repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: GraphQLResponse = await server.gql(
        LIST,
        { first: 2, after, filter: { search: 'ページ確認' } },
        { token: operator },
      );
      const conn = res.data?.customers;
      expect(conn.totalCount).toBe(5);
      seen.push(...conn.edges.map((e: { node: { name: string } }) => e.node.name));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toEqual([...names].reverse());
  });

  it('orders by name ascending', async () => {
    const res = await server.gql(
      LIST,
      { first: 10, filter: { search: 'ページ確認' }, orderBy: { field: 'NAME', direction: 'ASC' } },
      { token: operator },
    );
    expect(res.data?.customers.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(
      [...names].sort(),
    );
  });

  it.each([
    ['ASC', [1, 2, 3, 4, null]],
    ['DESC', [null, 4, 3, 2, 1]],
  ] as const)(
    'orders by trial end %s across pages, a customer without one as never ending',
    async (direction, expectedDays) => {
      // names[0..3]: trial ends in 3, 1, 4, 2 days; names[4]: none (a lead).
      const days = [3, 1, 4, 2];
      for (const [i, name] of names.entries()) {
        await server.db.dataSource.query(
          `UPDATE customer SET trial_ends_at = CASE WHEN $2::int IS NULL THEN NULL
                  ELSE now() + make_interval(days => $2::int) END WHERE name = $1`,
          [name, days[i] ?? null],
        );
      }
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const res: GraphQLResponse = await server.gql(
          LIST,
          {
            first: 2,
            after,
            filter: { search: 'ページ確認' },
            orderBy: { field: 'TRIAL_ENDS_AT', direction },
          },
          { token: operator },
        );
        const conn = res.data?.customers;
        seen.push(...conn.edges.map((e: { node: { name: string } }) => e.node.name));
        if (!conn.pageInfo.hasNextPage) break;
        after = conn.pageInfo.endCursor;
      }
      const nameWith = (d: number | null) => names[d === null ? 4 : days.indexOf(d)];
      expect(seen).toEqual(expectedDays.map(nameWith));
    },
  );

  it('refuses a cursor of another order as bad input, not a fault', async () => {
    const byName = await server.gql(
      LIST,
      { first: 1, filter: { search: 'ページ確認' }, orderBy: { field: 'NAME', direction: 'ASC' } },
      { token: operator },
    );
    const after = byName.data?.customers.pageInfo.endCursor as string;
    const sameOrder = await server.gql(
      LIST,
      {
        first: 1,
        after,
        filter: { search: 'ページ確認' },
        orderBy: { field: 'NAME', direction: 'ASC' },
      },
      { token: operator },
    );
    expect(sameOrder.errors).toBeUndefined();
    for (const field of ['TRIAL_ENDS_AT', 'CREATED_AT']) {
      const res = await server.gql(
        LIST,
        { first: 1, after, orderBy: { field, direction: 'ASC' } },
        { token: operator },
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toMatch(/cursor of another list or order/);
    }
  });

  it.each([
    ['name', 'ページ確認3'],
    ['furigana in hiragana', 'かぶしきがいしゃてすと'],
  ])('searches by %s', async (_what, search) => {
    const res = await server.gql(LIST, { first: 100, filter: { search } }, { token: operator });
    expect(res.data?.customers.totalCount).toBeGreaterThan(0);
    for (const edge of res.data?.customers.edges ?? []) {
      expect(`${edge.node.name}|${edge.node.nameKana}`).toMatch(
        /ページ確認3|カブシキガイシャテスト/,
      );
    }
  });

  it('searches by corporate number, full match or prefix', async () => {
    const customer = await createTrialCustomer(server);
    for (const search of [customer.corporateNumber, customer.corporateNumber.slice(0, 9)]) {
      const res = await server.gql(LIST, { first: 10, filter: { search } }, { token: operator });
      const ids = res.data?.customers.edges.map((e: { node: { id: string } }) => e.node.id);
      expect(ids).toContain(customer.id);
    }
  });

  it('finds a name written in full-width letters by its half- or full-width spelling', async () => {
    const name = `株式会社ＵＸレビュー商事${Date.now() % 100000}`;
    const customer = await createTrialCustomer(server, { name });
    for (const search of ['ＵＸ', 'UX', 'ux', 'ｕｘレビュー', 'レビュー']) {
      const res = await server.gql(LIST, { first: 100, filter: { search } }, { token: operator });
      const ids = res.data?.customers.edges.map((e: { node: { id: string } }) => e.node.id);
      expect({ search, found: ids?.includes(customer.id) }).toEqual({ search, found: true });
    }
  });

  it('filters by stage and plan', async () => {
    await server.db.dataSource.query(`UPDATE customer SET stage = 'LEAD' WHERE name = $1`, [
      names[0],
    ]);
    const leads = await server.gql(
      LIST,
      { first: 100, filter: { stage: 'LEAD' } },
      { token: operator },
    );
    expect(leads.data?.customers.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(
      [names[0]],
    );
    const onBasic = await server.gql(
      LIST,
      { first: 100, filter: { planCode: 'BASIC' } },
      { token: operator },
    );
    expect(onBasic.data?.customers.totalCount).toBe(0);
    const onPremium = await server.gql(
      LIST,
      { first: 100, filter: { planCode: 'PREMIUM', search: 'ページ確認' } },
      { token: operator },
    );
    expect(onPremium.data?.customers.totalCount).toBe(5);
  });

  it.each([[101], [-1]])('refuses first: %i with BAD_USER_INPUT', async (first) => {
    const res = await server.gql(LIST, { first }, { token: operator });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a forged cursor with BAD_USER_INPUT', async () => {
    const res = await server.gql(
      LIST,
      { first: 1, after: 'bm90LWEtY3Vyc29y' },
      { token: operator },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('fetches one customer by id and through node(id)', async () => {
    const created = await createTrialCustomer(server);
    const one = await server.gql(
      `query ($id: ID!) { customer(id: $id) { id name } }`,
      { id: created.id },
      { token: operator },
    );
    expect(one.data?.customer).toEqual({ id: created.id, name: created.name });
    const node = await server.gql(
      `query ($id: ID!) { node(id: $id) { __typename id ... on Customer { name stage } } }`,
      { id: created.id },
      { token: operator },
    );
    expect(node.data?.node).toEqual({
      __typename: 'Customer',
      id: created.id,
      name: created.name,
      stage: 'TRIAL',
    });
  });

  it('answers null for an unknown but well-formed id', async () => {
    const id = Buffer.from('Customer:00000000-0000-4000-8000-000000000000').toString('base64url');
    const res = await server.gql(
      `query ($id: ID!) { customer(id: $id) { id } }`,
      { id },
      { token: operator },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.customer).toBeNull();
  });

  it('shows contacts to operators but not to analysts', async () => {
    const created = await createTrialCustomer(server);
    const q = `query ($id: ID!) { customer(id: $id) { name contacts { fullName email phone } } }`;
    const asOperator = await server.gql(q, { id: created.id }, { token: operator });
    expect(asOperator.data?.customer.contacts[0]).toMatchObject({ fullName: '山田 太郎' });
    const analyst = await server.loginAs('analyst@kizuna.example');
    const asAnalyst = await server.gql(q, { id: created.id }, { token: analyst });
    expect(asAnalyst.data?.customer).toEqual({ name: created.name, contacts: null });
    expect(asAnalyst.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(asAnalyst)).not.toContain('@example.co.jp');
  });

  it('lists the catalog', async () => {
    const res = await server.gql(
      `{ plans { code monthlyFeeYen monthlyFee { includingTax formattedIncludingTax } slaTargetPercent }
      options { code kind factorCategory } }`,
      {},
      { token: operator },
    );
    expect(res.data?.plans).toEqual([
      {
        code: 'BASIC',
        monthlyFeeYen: 990,
        monthlyFee: { includingTax: 1089, formattedIncludingTax: '￥1,089' },
        slaTargetPercent: 99.9,
      },
      {
        code: 'STANDARD',
        monthlyFeeYen: 1490,
        monthlyFee: { includingTax: 1639, formattedIncludingTax: '￥1,639' },
        slaTargetPercent: 99.95,
      },
      {
        code: 'PREMIUM',
        monthlyFeeYen: 1980,
        monthlyFee: { includingTax: 2178, formattedIncludingTax: '￥2,178' },
        slaTargetPercent: 99.99,
      },
    ]);
    const mfa = res.data?.options.filter((o: { kind: string }) => o.kind === 'MFA');
    expect(new Set(mfa.map((o: { factorCategory: string }) => o.factorCategory))).toEqual(
      new Set(['KNOWLEDGE', 'POSSESSION', 'INHERENCE']),
    );
  });
});
