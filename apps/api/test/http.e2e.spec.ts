import { startTestServer, type TestServer } from './helpers/test-server';
import { formatError } from '../src/graphql/errors';
import { GraphQLError } from 'graphql';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('HTTP surface', () => {
  it('answers /healthz when the database is reachable', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('returns a request id on every response, echoing a sane incoming one', async () => {
    const res = await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': 'abc-123' } });
    expect(res.headers.get('x-request-id')).toBe('abc-123');
    const generated = await fetch(`${server.url}/healthz`, {
      headers: { 'x-request-id': 'bad id; drop table' },
    });
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('writes a GraphQL response whole: exact byte length (Japanese text), JSON type, no ETag', async () => {
    const token = await server.loginAs('admin@kizuna.example');
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ plans { code name } }' }),
    });
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(Number(res.headers.get('content-length'))).toBe(bytes.length);
    expect(res.headers.get('etag')).toBeNull();
    const body = JSON.parse(bytes.toString('utf8'));
    expect(body.data.plans.length).toBeGreaterThan(0);
    expect(bytes.length).toBeGreaterThan(bytes.toString('utf8').length); // multi-byte names
    expect(res.headers.get('x-sql-statements')).toMatch(/^\d+$/);
    // Also where Express routes GraphQL under another spelling of the path.
    for (const path of ['/graphql/', '/GraphQL']) {
      const other = await fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ plans { code } }' }),
      });
      expect(other.status).toBe(200);
      expect(other.headers.get('x-sql-statements')).toMatch(/^\d+$/);
    }
  });

  it('serves GraphQL queries over GET, reading the query string', async () => {
    const token = await server.loginAs('admin@kizuna.example');
    const query = encodeURIComponent('{ viewer { roles } }');
    const res = await fetch(`${server.url}/graphql?query=${query}`, {
      headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: { viewer: { roles: string[] } } };
    expect(body.data.viewer.roles).toContain('ADMIN');
  });

  it('refuses an operation name that matches nothing, running nothing (anonymous or not)', async () => {
    const anonymous = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ viewer { roles } }', operationName: 'Nope' }),
    });
    expect(anonymous.status).toBe(400);
    const refused = (await anonymous.json()) as { errors: { message: string }[]; data?: unknown };
    expect(refused.errors[0]!.message).toBe('Unknown operation named "Nope".');
    expect(refused.data).toBeUndefined();

    // A mutation over GET under a wrong name: not run (the token still works afterwards).
    const token = await server.loginAs('operator2@kizuna.example');
    const query = encodeURIComponent('mutation A { logout { success } }');
    const res = await fetch(`${server.url}/graphql?query=${query}&operationName=Nope`, {
      headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(400);
    const viewer = await server.gql('{ viewer { email } }', {}, { token });
    expect(viewer.errors).toBeUndefined();
    expect(viewer.data?.viewer.email).toBe('operator2@kizuna.example');
  });

  it('refuses a query asking for too much before it runs (cost estimate), after the sign-in check', async () => {
    const pages = Array.from(
      { length: 13 },
      (_, i) =>
        `p${i}: customers(first: 100) { edges { node { id name stage subscription { status plan { code name } options { code kind factorCategory } } } } }`,
    );
    const body = JSON.stringify({ query: `{ ${pages.join(' ')} }` });
    const anonymous = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(anonymous.status).toBe(401);

    const token = await server.loginAs('admin@kizuna.example');
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body,
    });
    expect(res.status).toBe(400);
    const refused = (await res.json()) as {
      data?: unknown;
      errors: { message: string; extensions: { code: string; cost: number; maxCost: number } }[];
    };
    expect(refused.data).toBeUndefined();
    expect(refused.errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', maxCost: 50000 });
    expect(refused.errors[0]!.extensions.cost).toBeGreaterThan(50000);
    expect(refused.errors[0]!.message).toMatch(/fewer items \(first\)/);
    // Only the caller was looked up: not one page was read.
    expect(res.headers.get('x-sql-statements')).toBe('1');
  });

  it('refuses a POST that is not JSON with 400, not a fault', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{ plans { code } }',
    });
    expect(res.status).toBe(400);
  });

  it.each([
    ['not JSON', '{ "query": ', 400, 'BAD_REQUEST', /not valid JSON/],
    [
      'over 1 MB',
      JSON.stringify({ query: `{ plans { code } }${' '.repeat(1_100_000)}` }),
      413,
      'BAD_REQUEST',
      /over 1 MB/,
    ],
  ])(
    'answers a body that is %s as a JSON error with the request id, no HTML or stack',
    async (_case, body, status, code, message) => {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'bad-body-1' },
        body,
      });
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      const text = await res.text();
      expect(text).not.toMatch(/<html|at .*\.js/i);
      const json = JSON.parse(text) as { errors: { message: string; extensions: object }[] };
      expect(json.errors[0]!.message).toMatch(message);
      expect(json.errors[0]!.extensions).toEqual({ code, requestId: 'bad-body-1' });
    },
  );

  it('reports a syntax error without a stack trace', async () => {
    const res = await server.gql(`{ customers(first: }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|at .*\.js/);
  });
});

describe('formatError', () => {
  it('hides unexpected errors behind INTERNAL_SERVER_ERROR with the request id', () => {
    const original = new Error('relation "secret_table" does not exist');
    const wrapped = new GraphQLError(original.message, { originalError: original });
    const formatted = formatError(
      {
        message: original.message,
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x.js'] },
      },
      wrapped,
      'req-1',
    );
    expect(formatted).toEqual({
      message: expect.stringContaining('Internal server error'),
      path: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-1' },
    });
  });

  it('passes known codes through, minus any stack trace', () => {
    const formatted = formatError(
      { message: 'no', extensions: { code: 'FORBIDDEN', stacktrace: ['x'] } },
      new GraphQLError('no'),
      'r',
    );
    expect(formatted).toEqual({ message: 'no', extensions: { code: 'FORBIDDEN' } });
  });
});
