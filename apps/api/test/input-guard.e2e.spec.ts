import { seedCustomers } from '../src/features/demo/demo-seed';
import { startTestServer, type TestServer } from './helpers/test-server';

/**
 * The malformed inputs an attacker's run turned into INTERNAL_SERVER_ERROR, each refused as
 * BAD_USER_INPUT before it reaches SQL (the fuzzer, fuzz.e2e.spec.ts, looks for more).
 */
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

describe('malformed GraphQL input is refused as BAD_USER_INPUT', () => {
  let server: TestServer;
  let token: string;
  /** A real cursor of `customers` (newest first): its tag is valid, the rest will be forged. */
  let tag: string;

  beforeAll(async () => {
    server = await startTestServer();
    await seedCustomers(server.db.dataSource, { count: 3 });
    token = await server.loginAs('admin@kizuna.example');
    const page = await server.gql(`{ customers(first: 1) { edges { cursor } } }`, {}, { token });
    const cursor = page.data!.customers.edges[0].cursor as string;
    [tag] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string];
  });
  afterAll(() => server.close());

  const refusal = async (
    query: string,
    variables: Record<string, unknown> = {},
    signedIn = true,
  ) => {
    const res = await server.gql(query, variables, { token: signedIn ? token : null });
    return { status: res.status < 500, codes: (res.errors ?? []).map((e) => e.extensions?.code) };
  };
  const refused = { status: true, codes: ['BAD_USER_INPUT'] };

  it.each([
    [
      'a month 13 in nearMisses(filter: {from})',
      `{ nearMisses(filter: {from: "2026-13-01"}) { totalCount } }`,
    ],
    [
      'a quoted date in nearMisses(filter: {to})',
      `{ nearMisses(filter: {to: "\\"2026-01-01\\""}) { totalCount } }`,
    ],
    [
      'an impossible date in nearMissReport(from)',
      `{ nearMissReport(from: "2026-02-30") { requestsChecked } }`,
    ],
    [
      'a quoted date in nearMissReport(to)',
      `{ nearMissReport(to: "'2026-01-01'") { requestsChecked } }`,
    ],
    [
      'trialEndingWithinDays = 2147483647',
      `{ customers(filter: {trialEndingWithinDays: 2147483647}) { totalCount } }`,
    ],
    [
      'trialExpiredWithinDays = -1',
      `{ customers(filter: {trialExpiredWithinDays: -1}) { totalCount } }`,
    ],
    ['scoreMin = 2147483647', `{ surveyComments(filter: {scoreMin: 2147483647}) { totalCount } }`],
    ['scoreMax = -1', `{ surveyComments(filter: {scoreMax: -1}) { totalCount } }`],
    [
      'scoreMax = 6 on CSAT (1–5)',
      `{ surveyComments(filter: {kind: CSAT, scoreMax: 6}) { totalCount } }`,
    ],
    [
      'a NUL byte in a string literal',
      `{ customers(filter: {search: "a\\u0000b"}) { totalCount } }`,
    ],
  ])('%s', async (_what, query) => {
    expect(await refusal(query)).toEqual(refused);
  });

  it('accepts the edges of the ranges (0 and 3650 days; scores 0 and 10) and takes a blank date for none', async () => {
    const res = await server.gql(
      `{ a: customers(filter: {trialEndingWithinDays: 3650, trialExpiredWithinDays: 0}) { totalCount }
         b: surveyComments(filter: {scoreMin: 0, scoreMax: 10}) { totalCount }
         c: nearMissReport(from: "2026-01-01", to: "２０２６/１/３１") { requestsChecked }
         d: nearMisses(filter: {from: " ", to: ""}) { totalCount } }`,
      {},
      { token },
    );
    expect(res.errors).toBeUndefined();
  });

  it('refuses a NUL byte in any variable, even the anonymous login', async () => {
    const login = `mutation ($input: LoginInput!) { login(input: $input) { token } }`;
    expect(
      await refusal(
        login,
        { input: { email: 'admin@kizuna.example\u0000', password: 'x' } },
        false,
      ),
    ).toEqual(refused);
    expect(
      await refusal(`query ($f: CustomerFilter) { customers(filter: $f) { totalCount } }`, {
        f: { planCode: 'PREMIUM\u0000' },
      }),
    ).toEqual(refused);
  });

  it.each([
    [
      'a sort key that is no timestamp',
      () => [tag, 'garbage', '00000000-0000-0000-0000-000000000000'],
    ],
    [
      'an impossible timestamp',
      () => [tag, '2026-02-30 00:00:00+00', '00000000-0000-0000-0000-000000000000'],
    ],
    ['an id that is no uuid', () => [tag, '2026-01-15 00:00:00+00', 'garbage']],
    ['a number for a timestamp', () => [tag, 12, '00000000-0000-0000-0000-000000000000']],
    [
      'a NUL byte in the key',
      () => [tag, '2026-01-15\u0000', '00000000-0000-0000-0000-000000000000'],
    ],
  ])('refuses a forged cursor with a valid tag: %s', async (_what, values) => {
    expect(
      await refusal(`query ($after: String) { customers(after: $after) { totalCount } }`, {
        after: b64(values()),
      }),
    ).toEqual(refused);
  });

  it('still follows a real cursor', async () => {
    const first = await server.gql(
      `{ customers(first: 1) { edges { cursor node { id } } } }`,
      {},
      { token },
    );
    const after = first.data!.customers.edges[0].cursor as string;
    const next = await server.gql(
      `query ($after: String) { customers(first: 1, after: $after) { edges { node { id } } } }`,
      { after },
      { token },
    );
    expect(next.errors).toBeUndefined();
    expect(next.data!.customers.edges[0].node.id).not.toBe(first.data!.customers.edges[0].node.id);
  });
});
