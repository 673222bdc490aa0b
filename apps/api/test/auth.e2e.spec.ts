import { startTestServer, type TestServer } from './helpers/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const LOGIN = `mutation ($input: LoginInput!) {
  login(input: $input) { token expiresAt viewer { displayName roles } userErrors { code field message } }
}`;
const VIEWER = `{ viewer { kind displayName email roles permissions } }`;

describe('login and viewer', () => {
  it('signs a demo operator in and tells who is calling', async () => {
    const login = await server.gql(LOGIN, {
      input: { email: 'operator1@kizuna.example', password: 'kizuna-demo' },
    });
    expect(login.data?.login.userErrors).toEqual([]);
    expect(login.data?.login.token).toMatch(/^kzs_/);
    const viewer = await server.gql(VIEWER, {}, { token: login.data?.login.token });
    expect(viewer.data?.viewer).toMatchObject({
      kind: 'STAFF',
      email: 'operator1@kizuna.example',
      roles: ['OPERATOR'],
    });
    expect(viewer.data?.viewer.permissions).toContain('customers:write');
    expect(viewer.data?.viewer.permissions).not.toContain('provisioning:check');
  });

  it.each([
    ['wrong password', 'operator1@kizuna.example', 'nope'],
    ['unknown email', 'nobody@kizuna.example', 'kizuna-demo'],
  ])('refuses a %s with INVALID_CREDENTIALS and no token', async (_case, email, password) => {
    const res = await server.gql(LOGIN, { input: { email, password } });
    expect(res.data?.login.token).toBeNull();
    expect(res.data?.login.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_CREDENTIALS', field: 'password' }),
    ]);
  });

  it('answers messages in English when asked', async () => {
    const res = await server.gql(
      LOGIN,
      { input: { email: 'operator1@kizuna.example', password: 'x' } },
      { headers: { 'accept-language': 'en-US,en;q=0.9' } },
    );
    const message = res.data?.login.userErrors[0].message as string;
    expect(message).toMatch(/[a-z]/i);
    expect(message).not.toMatch(/[ぁ-んァ-ン一-龯]/);
  });

  it.each([
    ['no token', null],
    ['a garbage token', 'garbage'],
    ['an unknown session', 'kzs_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
  ])('refuses every operation but login with %s: UNAUTHENTICATED', async (_case, token) => {
    const res = await server.gql(`{ customers(first: 1) { totalCount } }`, {}, { token });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.data?.customers ?? null).toBeNull();
  });

  it('ends a session on logout', async () => {
    const login = await server.gql(LOGIN, {
      input: { email: 'checker1@kizuna.example', password: 'kizuna-demo' },
    });
    const token = login.data?.login.token as string;
    await server.gql(`mutation { logout { success } }`, {}, { token });
    const res = await server.gql(VIEWER, {}, { token });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('API keys', () => {
  const CREATE = `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKeyId userErrors { code field } } }`;

  it('issues a key once, which then authenticates with exactly its scopes', async () => {
    const admin = await server.loginAs('admin@kizuna.example');
    const created = await server.gql(
      CREATE,
      { input: { name: 'billing', scopes: ['catalog:read'] } },
      { token: admin },
    );
    const key = created.data?.createApiKey.key as string;
    expect(key).toMatch(/^kzk_/);
    const viewer = await server.gql(VIEWER, {}, { token: key });
    expect(viewer.data?.viewer).toMatchObject({
      kind: 'API_KEY',
      displayName: 'billing',
      roles: [],
      permissions: ['catalog:read'],
    });
    const plans = await server.gql(`{ plans { code } }`, {}, { token: key });
    expect(plans.data?.plans.map((p: { code: string }) => p.code)).toEqual([
      'BASIC',
      'STANDARD',
      'PREMIUM',
    ]);
    const customers = await server.gql(
      `{ customers(first: 1) { totalCount } }`,
      {},
      { token: key },
    );
    expect(customers.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const stored = await server.db.dataSource.query(`SELECT secret_hash FROM api_key`);
    // The secret is everything after the second underscore (base64url may contain more).
    expect(JSON.stringify(stored)).not.toContain(key.split('_').slice(2).join('_'));
  });

  it('refuses unknown scopes and non-admins', async () => {
    const admin = await server.loginAs('admin@kizuna.example');
    const bad = await server.gql(
      CREATE,
      { input: { name: 'x', scopes: ['root:everything'] } },
      { token: admin },
    );
    expect(bad.data?.createApiKey.userErrors).toEqual([{ code: 'INVALID_SCOPE', field: 'scopes' }]);
    const operator = await server.loginAs('operator1@kizuna.example');
    const denied = await server.gql(
      CREATE,
      { input: { name: 'x', scopes: ['catalog:read'] } },
      { token: operator },
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('rejects a tampered key', async () => {
    const admin = await server.loginAs('admin@kizuna.example');
    const created = await server.gql(
      CREATE,
      { input: { name: 'crm', scopes: ['catalog:read'] } },
      { token: admin },
    );
    const key = created.data?.createApiKey.key as string;
    const tampered = key.slice(0, -1) + (key.endsWith('A') ? 'B' : 'A');
    const res = await server.gql(VIEWER, {}, { token: tampered });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
