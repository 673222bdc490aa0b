import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLSchema } from 'graphql';
import { systemClock, type Clock } from '@kizuna/domain';
import { seedCatalog, seedStaff, DEMO_PASSWORD } from '../../src/features/demo/demo-seed';
import { buildKizunaSchema } from '../../src/graphql/schema';
import { createApp } from '../../src/http/app';
import { keepConnectionsAlive } from '../../src/http/keep-alive';
import { createTestDatabase, type TestDatabase } from './test-database';

let schema: Promise<GraphQLSchema> | undefined;

/** Test responses are checked by assertions, not by the compiler. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export type LooseData = Record<string, any>;

export interface GraphQLResponse<T = LooseData> {
  status: number;
  headers: Headers;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export interface TestServer {
  url: string;
  db: TestDatabase;
  /** The clock the API reads "now" from (a ManualClock when the test passed one). */
  clock: Clock;
  /** POST a GraphQL operation; token is sent as Authorization: Bearer. */
  gql<T = LooseData>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string | null; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<T>>;
  /** Log in as a demo staff member; returns the bearer token. */
  loginAs(email: string): Promise<string>;
  close(): Promise<void>;
}

/** The real HTTP app on a fresh database (catalog + demo staff), on a free port. */
export async function startTestServer(options: { clock?: Clock } = {}): Promise<TestServer> {
  const clock = options.clock ?? systemClock;
  const db = await createTestDatabase();
  await seedCatalog(db.dataSource);
  await seedStaff(db.dataSource);
  schema ??= buildKizunaSchema();
  const { app, stop } = await createApp({ dataSource: db.dataSource, schema: await schema, clock });
  const server: Server = await new Promise((resolve) => {
    const s = keepConnectionsAlive(app.listen(0, '127.0.0.1', () => resolve(s)));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const tokens = new Map<string, string>();

  const gql: TestServer['gql'] = async (query, variables, options = {}) => {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      ...options.headers,
    };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as Omit<GraphQLResponse, 'status' | 'headers'>;
    return { status: res.status, headers: res.headers, ...body } as GraphQLResponse<never>;
  };

  const loginAs = async (email: string) => {
    const cached = tokens.get(email);
    if (cached) return cached;
    const res = await gql<{ login: { token: string | null } }>(
      `mutation ($input: LoginInput!) { login(input: $input) { token userErrors { code } } }`,
      { input: { email, password: DEMO_PASSWORD } },
    );
    const token = res.data?.login.token;
    if (!token) throw new Error(`login as ${email} failed: ${JSON.stringify(res)}`);
    tokens.set(email, token);
    return token;
  };

  return {
    url,
    db,
    clock,
    gql,
    loginAs,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await stop();
      await db.drop();
    },
  };
}
