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
