import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ManualClock } from '@kizuna/domain';
import { LOGIN_THROTTLE, loginDelayMs } from '../src/features/auth/login-throttle';
import { buildKizunaSchema } from '../src/graphql/schema';
import { createApp } from '../src/http/app';
import { createTrialCustomer } from './helpers/factories';
import { APPROVE, draftConversion, today } from './helpers/provisioning';
import { startTestServer, type TestServer } from './helpers/test-server';

const clock = new ManualClock('2026-11-02T10:00:00+09:00');
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ clock });
});
afterAll(() => server.close());

const LOGIN = `mutation ($email: String!, $password: String!) {
  login(input: { email: $email, password: $password }) { token userErrors { code field message } }
}`;
const loginFrom = (email: string, password: string, headers: Record<string, string> = {}) =>
  server.gql(LOGIN, { email, password }, { headers: { 'accept-language': 'en', ...headers } });
const login = loginFrom;
const codeOf = (res: Awaited<ReturnType<typeof loginFrom>>) =>
  res.data?.login.userErrors[0]?.code ?? (res.data?.login.token ? 'OK' : res.errors?.[0]?.message);

describe('password guessing', () => {
  it('refuses two logins in one request before running either', async () => {
    const res = await server.gql(
      `mutation { a: login(input: { email: "analyst@kizuna.example", password: "x" }) { token }
                  b: login(input: { email: "analyst@kizuna.example", password: "kizuna-demo" }) { token } }`,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.data ?? null).toBeNull();
    // Nothing ran: no failure was counted.
    const rows = await server.db.dataSource.query(`SELECT * FROM login_throttle`);
    expect(rows).toEqual([]);
  });

  it.each([
    [5, 0],
    [6, 1_000],
    [7, 2_000],
    [10, 16_000],
    [15, 512_000],
    [16, 15 * 60_000],
    [1_000, 15 * 60_000],
  ])('after %i failures of an account the next attempt waits %i ms', (failures, ms) => {
    expect(loginDelayMs(failures, LOGIN_THROTTLE.freeAccountFailures)).toBe(ms);
  });

  it('delays an account progressively, does not check the password meanwhile, and a success resets it', async () => {
    const email = 'checker2@kizuna.example';
    const login = (e: string, password: string) =>
      loginFrom(e, password, { 'x-forwarded-for': '192.0.2.3' });
    for (let i = 0; i < 5; i++)
      expect(codeOf(await login(email, `wrong-${i}`))).toBe('INVALID_CREDENTIALS');
    expect(codeOf(await login(email, 'wrong-5'))).toBe('INVALID_CREDENTIALS'); // 6th: 1 s wait
    // Even the right password is refused while the account waits, with the time to come back.
    const refused = await login(email, 'kizuna-demo');
    expect(refused.data?.login.userErrors[0]).toMatchObject({
      code: 'TOO_MANY_ATTEMPTS',
      field: 'password',
    });
    expect(refused.data?.login.userErrors[0].message).toMatch(/1 s/);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(refused.data?.login.token).toBeNull();

    clock.advance(1_000);
    expect(codeOf(await login(email, 'wrong-6'))).toBe('INVALID_CREDENTIALS'); // 7th: 2 s
    clock.advance(1_000);
    const second = await login(email, 'kizuna-demo');
    expect(codeOf(second)).toBe('TOO_MANY_ATTEMPTS');
    expect(second.headers.get('retry-after')).toBe('1');
    clock.advance(1_000);
    expect(codeOf(await login(email, 'kizuna-demo'))).toBe('OK');
    // The success reset the account: five free failures again.
    for (let i = 0; i < 5; i++)
      expect(codeOf(await login(email, `again-${i}`))).toBe('INVALID_CREDENTIALS');
    expect(codeOf(await login(email, 'kizuna-demo'))).toBe('OK');
  });

  it('never locks out for more than 15 minutes, and forgets failures 15 minutes after the last', async () => {
    const email = 'operator2@kizuna.example';
    const login = (e: string, password: string) =>
      loginFrom(e, password, { 'x-forwarded-for': '192.0.2.4' });
    for (let i = 0; i < 30; i++) {
      await login(email, `wrong-${i}`);
      clock.advance(LOGIN_THROTTLE.maxDelayMs); // the attacker waits out every delay
    }
    clock.advance(-LOGIN_THROTTLE.maxDelayMs);
    const refused = await login(email, 'kizuna-demo');
    expect(codeOf(refused)).toBe('TOO_MANY_ATTEMPTS');
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(15 * 60);
    clock.advance(LOGIN_THROTTLE.maxDelayMs);
    expect(codeOf(await login(email, 'kizuna-demo'))).toBe('OK');
  });

  it('delays a client address that tries many accounts, not the others', async () => {
    const from = { 'x-forwarded-for': '203.0.113.7' };
    for (let i = 0; i < LOGIN_THROTTLE.freeAddressFailures + 1; i++)
      expect(codeOf(await login(`nobody${i}@kizuna.example`, 'x', from))).toBe(
        'INVALID_CREDENTIALS',
      );
    expect(codeOf(await login('analyst@kizuna.example', 'kizuna-demo', from))).toBe(
      'TOO_MANY_ATTEMPTS',
    );
    const elsewhere = { 'x-forwarded-for': '198.51.100.9' };
    expect(codeOf(await login('analyst@kizuna.example', 'kizuna-demo', elsewhere))).toBe('OK');
    clock.advance(LOGIN_THROTTLE.maxDelayMs);
  });
});

describe('cost limit gaps', () => {
  it('refuses 3,000 aliased counts before running any', async () => {
    const token = await server.loginAs('admin@kizuna.example');
    const one = await server.gql(`{ customers(first: 0) { totalCount } }`, {}, { token });
    expect(one.errors).toBeUndefined();
    const aliases = Array.from(
      { length: 3000 },
      (_, i) => `c${i}: customers(first: 0) { totalCount }`,
    );
    const res = await server.gql(`{ ${aliases.join(' ')} }`, {}, { token });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.cost).toBeGreaterThan(300_000);
    expect(Number(res.headers.get('x-sql-statements'))).toBeLessThanOrEqual(2);
  });

  it('walks the audit chain once per request however many aliases ask', async () => {
    const token = await server.loginAs('admin@kizuna.example');
    await createTrialCustomer(server); // some events to walk
    const statements = async (n: number) => {
      const aliases = Array.from({ length: n }, (_, i) => `s${i}: auditChainStatus { ok checked }`);
      const res = await server.gql(`{ ${aliases.join(' ')} }`, {}, { token });
      expect(res.errors).toBeUndefined();
      const results = Object.values(res.data ?? {});
      expect(new Set(results.map((r) => JSON.stringify(r))).size).toBe(1);
      return Number(res.headers.get('x-sql-statements'));
    };
    expect(await statements(20)).toBe(await statements(1));
    // 1,000 aliases: refused by cost before anything runs.
    const many = Array.from({ length: 1000 }, (_, i) => `s${i}: auditChainStatus { ok }`);
    const res = await server.gql(`{ ${many.join(' ')} }`, {}, { token });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('refused authorisation', () => {
  it('records one audit event for a request of many refused decisions', async () => {
    const customer = await createTrialCustomer(server);
    const request = await draftConversion(server, customer.id);
    const analyst = await server.loginAs('analyst@kizuna.example');
    const input = {
      requestId: request.id,
      version: request.version,
      confirmation: {
        planCode: 'STANDARD',
        optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'],
        effectiveDate: today(clock),
      },
    };
    const mutation = APPROVE.replace(
      /^mutation \(\$input: ([\w!]+)\) \{\s*/,
      'mutation ($input: $1) { ',
    );
    const body = mutation.slice(mutation.indexOf('{') + 1, mutation.lastIndexOf('}'));
    const aliased = `mutation ($input: ApproveProvisioningRequestInput!) { ${Array.from(
      { length: 50 },
      (_, i) => `a${i}: ${body.trim()}`,
    ).join(' ')} }`;
    const res = await server.gql(aliased, { input }, { token: analyst });
    const requestId = res.headers.get('x-request-id');
    const payloads = Object.values(res.data ?? {}) as { userErrors: { code: string }[] }[];
    expect(payloads).toHaveLength(50);
    expect(payloads.every((p) => p.userErrors.length > 0)).toBe(true);
    const [{ n }] = await server.db.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE request_id = $1`,
      [requestId],
    );
    expect(n).toBe(1);
  });
});

describe('what the API tells whom', () => {
  it('sends x-sql-statements to signed-in callers only', async () => {
    const anonymous = await login('analyst@kizuna.example', 'wrong');
    expect(anonymous.headers.get('x-sql-statements')).toBeNull();
    const token = await server.loginAs('analyst@kizuna.example');
    const signedIn = await server.gql(`{ viewer { kind } }`, {}, { token });
    expect(signedIn.headers.get('x-sql-statements')).toMatch(/^\d+$/);
  });

  it('sends security headers on the API and the console, HSTS only when configured', async () => {
    const res = await fetch(`${server.url}/healthz`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('strict-transport-security')).toBeNull();
    // Behind a TLS-terminating proxy (trust proxy is on): HSTS.
    const tls = await fetch(`${server.url}/healthz`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(tls.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
  });
});

describe('production mode', () => {
  let prod: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    const { app, stop } = await createApp({
      dataSource: server.db.dataSource,
      schema: await buildKizunaSchema(),
      production: true,
      clock,
      hsts: 'never',
    });
    const http: Server = await new Promise((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    prod = {
      url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
      close: async () => {
        await new Promise((resolve) => http.close(resolve));
        await stop();
      },
    };
  });
  afterAll(() => prod.close());

  const post = async (query: string, token?: string) => {
    const res = await fetch(`${prod.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query }),
    });
    return {
      headers: res.headers,
      ...((await res.json()) as {
        data?: Record<string, unknown>;
        errors?: { message: string; extensions?: { code?: string } }[];
      }),
    };
  };

  it('gives anonymous callers no "Did you mean" suggestions; signed-in callers keep them', async () => {
    const anonymous = await post(
      `mutation { logn(input: { email: "a", password: "b" }) { token } }`,
    );
    expect(anonymous.errors?.[0]?.message).toMatch(/Cannot query field "logn"/);
    expect(anonymous.errors?.[0]?.message).not.toMatch(/Did you mean/);
    const token = await server.loginAs('analyst@kizuna.example');
    const signedIn = await post(`{ custmers(first: 1) { totalCount } }`, token);
    expect(signedIn.errors?.[0]?.message).toMatch(/Did you mean "customers"/);
  });

  it('answers introspection to staff with the ADMIN role only', async () => {
    const INTROSPECT = `{ __schema { queryType { name } } }`;
    expect((await post(INTROSPECT)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const analyst = await server.loginAs('analyst@kizuna.example');
    expect((await post(INTROSPECT, analyst)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const typeQuery = `{ __type(name: "Customer") { name } }`;
    expect((await post(typeQuery, analyst)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = await server.loginAs('admin@kizuna.example');
    expect((await post(INTROSPECT, admin)).data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
    // __typename tells nothing and stays open.
    expect((await post(`{ __typename }`, analyst)).data).toEqual({ __typename: 'Query' });
  });
});
