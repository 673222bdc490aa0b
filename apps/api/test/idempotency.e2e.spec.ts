import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { parseGlobalId } from '../src/graphql/relay';
import { idempotencyKeyHash } from '../src/features/idempotency/idempotency-crypto';
import { deleteExpiredIdempotencyKeys } from '../src/features/idempotency/idempotency.store';
import { trialInput } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/test-server';

let server: TestServer;
let operator: string;
beforeAll(async () => {
  server = await startTestServer();
  operator = await server.loginAs('operator1@kizuna.example');
});
afterAll(() => server.close());

const CREATE_LEAD = `mutation CreateLead($input: CreateLeadInput!) { createLead(input: $input) {
  customer { id name stage contacts { email } } userErrors { code field } } }`;
const START_LEAD_TRIAL = `mutation StartTrial($input: StartTrialInput!) { startTrial(input: $input) {
  customer { id stage } userErrors { code field } } }`;

interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  json: { data?: Record<string, any>; errors?: { extensions?: { code?: string } }[] }; // eslint-disable-line @typescript-eslint/no-explicit-any -- test data
}

/** POST /graphql and keep the body as sent, to compare replays byte for byte. */
async function post(
  body: Record<string, unknown>,
  options: { key?: string; token?: string | null } = {},
): Promise<RawResponse> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.key !== undefined) headers['idempotency-key'] = options.key;
  const token = options.token === undefined ? operator : options.token;
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: JSON.parse(text) };
}

const createLead = (input: Record<string, unknown>, key?: string, token?: string | null) =>
  post({ query: CREATE_LEAD, variables: { input } }, { key, token });

const customersNamed = async (name: string): Promise<number> =>
  (
    await server.db.dataSource.query(`SELECT count(*)::int AS n FROM customer WHERE name = $1`, [
      name,
    ])
  )[0].n;

const codeOf = (res: RawResponse) => res.json.errors?.[0]?.extensions?.code;

/** Runs `sql` as the database owner (a test playing the operator of the database). */
const asOwner = (sql: string, params: unknown[] = []) =>
  server.db.asOwner((c) => c.query(sql, params));

/** The stored row's key_hash of operator1's `key`. */
async function keyHashOf(key: string): Promise<Buffer> {
  const [{ id }] = await server.db.dataSource.query(
    `SELECT id FROM staff_user WHERE email = 'operator1@kizuna.example'`,
  );
  return idempotencyKeyHash({ kind: 'STAFF', id }, key);
}

/** Change operator1's row of `key` (e.g. move its time back). */
const updateRow = async (key: string, set: string) =>
  asOwner(`UPDATE idempotency_key SET ${set} WHERE key_hash = $1`, [await keyHashOf(key)]);

describe('Idempotency-Key on mutations', () => {
  it('replays the stored response of a retry without running the mutation again', async () => {
    const key = randomUUID();
    // No corporate number: were it run twice, the company would be registered twice.
    const input = trialInput({ corporateNumber: null });
    const first = await createLead(input, key);
    expect(first.status).toBe(200);
    expect(first.json.data?.createLead.userErrors).toEqual([]);
    expect(first.headers.get('idempotent-replayed')).toBeNull();

    const retry = await createLead(input, key);
    expect(retry.status).toBe(200);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.headers.get('content-type')).toBe(first.headers.get('content-type'));
    expect(retry.text).toBe(first.text);
    expect(await customersNamed(input.name)).toBe(1);
  });

  it('keeps neither the key nor the response readable in the database', async () => {
    const key = `lead-${randomUUID()}`;
    const input = trialInput();
    const first = await createLead(input, key);
    expect(first.status).toBe(200);
    const rows: { key_hash: Buffer; response: Buffer }[] = await asOwner(
      `SELECT key_hash, response FROM idempotency_key`,
    ).then((r) => r.rows);
    const stored = Buffer.concat(rows.flatMap((row) => [row.key_hash, row.response]));
    expect(rows.length).toBeGreaterThan(0);
    for (const secret of [key, input.contact.email, input.name])
      expect(stored.includes(Buffer.from(secret, 'utf8'))).toBe(false);
  });

  it('refuses the same key with a different request (422 IDEMPOTENCY_KEY_REUSED)', async () => {
    const key = randomUUID();
    const first = trialInput();
    expect((await createLead(first, key)).status).toBe(200);
    const other = trialInput();
    const reused = await createLead(other, key);
    expect(reused.status).toBe(422);
    expect(codeOf(reused)).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await customersNamed(other.name)).toBe(0);
    // The operation name is part of the request too.
    const renamed = await post(
      { query: CREATE_LEAD, variables: { input: first }, operationName: 'CreateLead' },
      { key },
    );
    expect(renamed.status).toBe(422);
    // Layout is not: the same document formatted otherwise is the same request.
    const reformatted = await post(
      { query: CREATE_LEAD.replace(/\s+/g, '  '), variables: { input: first } },
      { key },
    );
    expect(reformatted.headers.get('idempotent-replayed')).toBe('true');
    expect(await customersNamed(first.name)).toBe(1);
  });

  it('answers 409 IDEMPOTENCY_KEY_IN_FLIGHT while the first request still runs', async () => {
    const lead = await createLead(trialInput());
    const customerId = lead.json.data?.createLead.customer.id as string;
    const dbId = parseGlobalId(customerId, 'Customer')!;
    const key = randomUUID();
    const body = { query: START_LEAD_TRIAL, variables: { input: { customerId } } };

    // Hold the customer's row lock: startTrial locks it FOR UPDATE and waits for us.
    const blocker = new Client({ connectionString: server.db.ownerUrl });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query(`SELECT 1 FROM customer WHERE id = $1 FOR UPDATE`, [dbId]);
      const first = post(body, { key });
      await waitUntilABackendWaitsForALock(blocker);

      const second = await post(body, { key });
      expect(second.status).toBe(409);
      expect(codeOf(second)).toBe('IDEMPOTENCY_KEY_IN_FLIGHT');
      expect(second.headers.get('retry-after')).toBe('1');

      await blocker.query('ROLLBACK');
      const done = await first;
      expect(done.status).toBe(200);
      expect(done.json.data?.startTrial.customer.stage).toBe('TRIAL');

      const third = await post(body, { key });
      expect(third.headers.get('idempotent-replayed')).toBe('true');
      expect(third.text).toBe(done.text);
      const [{ n }] = await server.db.dataSource.query(
        `SELECT count(*)::int AS n FROM subscription WHERE customer_id = $1`,
        [dbId],
      );
      expect(n).toBe(1);
    } finally {
      await blocker.end();
    }
  });

  it('lets a retry take over a claim whose lease lapsed (a crashed request)', async () => {
    const key = randomUUID();
    // No corporate number: a second run registers the company again instead of refusing it.
    const input = trialInput({ corporateNumber: null });
    expect((await createLead(input, key)).status).toBe(200);
    // As a replica that crashed mid-request leaves it: claimed, no response.
    await updateRow(
      key,
      `completed_at = NULL, response_status = NULL, response = NULL,
       locked_until = now() + interval '1 minute'`,
    );
    const whileLeased = await createLead(input, key);
    expect(codeOf(whileLeased)).toBe('IDEMPOTENCY_KEY_IN_FLIGHT');

    await updateRow(key, `locked_until = now() - interval '1 second'`);
    const retry = await createLead(input, key);
    expect(retry.status).toBe(200);
    expect(retry.headers.get('idempotent-replayed')).toBeNull();
    // The crashed attempt had committed, so the company now exists twice: what a lapsed lease
    // costs, and why it is extended while a request runs.
    expect(await customersNamed(input.name)).toBe(2);
  });

  it('keeps keys per caller: the same key from another caller runs', async () => {
    const key = randomUUID();
    // No corporate number: a second run registers the company again instead of refusing it.
    const input = trialInput({ corporateNumber: null });
    const admin = await server.loginAs('admin@kizuna.example');
    const created = await server.gql(
      `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { key userErrors { code } } }`,
      { input: { name: 'crm', scopes: ['customers:write', 'customers:read'] } },
      { token: admin },
    );
    const apiKey = created.data?.createApiKey.key as string;
    expect(apiKey).toMatch(/^kzk_/);
    const operator2 = await server.loginAs('operator2@kizuna.example');

    for (const token of [operator, operator2, apiKey]) {
      const res = await createLead(input, key, token);
      expect(res.status).toBe(200);
      expect(res.headers.get('idempotent-replayed')).toBeNull();
    }
    // Each caller's own retry is a replay.
    expect((await createLead(input, key, apiKey)).headers.get('idempotent-replayed')).toBe('true');
    expect(await customersNamed(input.name)).toBe(3);
  });

  it('runs a stored key again after 24 hours, and the sweep deletes expired keys', async () => {
    const key = randomUUID();
    // No corporate number: a second run registers the company again instead of refusing it.
    const input = trialInput({ corporateNumber: null });
    expect((await createLead(input, key)).status).toBe(200);
    await updateRow(key, `created_at = now() - interval '25 hours'`);

    const later = await createLead(input, key);
    expect(later.status).toBe(200);
    expect(later.headers.get('idempotent-replayed')).toBeNull();
    expect(await customersNamed(input.name)).toBe(2);
    // The key now holds the new run: a retry replays it.
    expect((await createLead(input, key)).headers.get('idempotent-replayed')).toBe('true');

    const expired = randomUUID();
    const fresh = randomUUID();
    expect((await createLead(trialInput(), expired)).status).toBe(200);
    expect((await createLead(trialInput(), fresh)).status).toBe(200);
    await updateRow(expired, `created_at = now() - interval '24 hours 1 second'`);
    await updateRow(fresh, `created_at = now() - interval '23 hours 59 minutes'`);
    const exists = async (k: string) =>
      (
        await asOwner(`SELECT count(*)::int AS n FROM idempotency_key WHERE key_hash = $1`, [
          await keyHashOf(k),
        ])
      ).rows[0].n === 1;
    expect(await deleteExpiredIdempotencyKeys(server.db.dataSource)).toBeGreaterThanOrEqual(1);
    expect(await exists(expired)).toBe(false);
    expect(await exists(fresh)).toBe(true);
    expect(await exists(key)).toBe(true);
  });

  it('does not keep a fault: the retry runs the mutation', async () => {
    const key = randomUUID();
    const input = trialInput();
    await asOwner(`
      CREATE FUNCTION test_fail_lead() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'disk on fire'; END $$`);
    await asOwner(`CREATE TRIGGER test_fail_lead BEFORE INSERT ON customer
                   FOR EACH ROW WHEN (NEW.name = ${`'${input.name}'`}) EXECUTE FUNCTION test_fail_lead()`);
    try {
      const failed = await createLead(input, key);
      expect(codeOf(failed)).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await asOwner(`DROP TRIGGER test_fail_lead ON customer`);
      await asOwner(`DROP FUNCTION test_fail_lead()`);
    }
    const retry = await createLead(input, key);
    expect(retry.status).toBe(200);
    expect(retry.headers.get('idempotent-replayed')).toBeNull();
    expect(retry.json.data?.createLead.userErrors).toEqual([]);
    expect(await customersNamed(input.name)).toBe(1);
  });

  it('ignores the key on queries: they just run and claim nothing', async () => {
    const key = randomUUID();
    const query = { query: `{ customers(first: 1) { totalCount } }` };
    const first = await post(query, { key });
    const input = trialInput();
    expect((await createLead(input, key)).status).toBe(200);
    const second = await post(query, { key });
    expect(second.headers.get('idempotent-replayed')).toBeNull();
    expect(second.json.data?.customers.totalCount).toBe(first.json.data?.customers.totalCount + 1);
  });

  it('ignores the key on anonymous mutations (login): each one runs', async () => {
    const key = randomUUID();
    const login = {
      query: `mutation ($input: LoginInput!) { login(input: $input) { token } }`,
      variables: { input: { email: 'checker1@kizuna.example', password: 'kizuna-demo' } },
    };
    const first = await post(login, { key, token: null });
    const second = await post(login, { key, token: null });
    expect(first.json.data?.login.token).toMatch(/^kzs_/);
    expect(second.json.data?.login.token).toMatch(/^kzs_/);
    expect(second.json.data?.login.token).not.toBe(first.json.data?.login.token);
    expect(second.headers.get('idempotent-replayed')).toBeNull();
  });

  it.each([
    ['too long', 'k'.repeat(256)],
    ['not ASCII', 'clé-1'],
    ['empty', ''],
  ])('refuses a key that is %s (400 IDEMPOTENCY_KEY_INVALID) and runs nothing', async (_, key) => {
    const input = trialInput();
    const res = await createLead(input, key);
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe('IDEMPOTENCY_KEY_INVALID');
    expect(await customersNamed(input.name)).toBe(0);
  });

  it('accepts a key of 255 printable characters', async () => {
    const key = `${'k'.repeat(250)} ~!@#`;
    const input = trialInput();
    expect((await createLead(input, key)).status).toBe(200);
    expect((await createLead(input, key)).headers.get('idempotent-replayed')).toBe('true');
  });
});

/** Until some backend waits for a lock `blocker` holds (pg_locks is read live, not snapshotted). */
async function waitUntilABackendWaitsForALock(blocker: Client): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const { rows } = await blocker.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted`,
    );
    if ((rows[0]?.n ?? 0) > 0) return;
    if (Date.now() > deadline) throw new Error('the first request never reached the lock');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
