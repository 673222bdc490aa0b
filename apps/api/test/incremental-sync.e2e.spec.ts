import { createTrialCustomer, trialInput } from './helpers/factories';
import { approve, draftConversion, REQUEST_OPTION_CHANGE, today } from './helpers/provisioning';
import { startTestServer, type TestServer } from './helpers/test-server';

let server: TestServer;
let operator: string;
afterAll(() => server.close());

const CUSTOMERS = `query ($filter: CustomerFilter, $first: Int, $after: String, $orderBy: CustomerOrder) {
  customers(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    edges { cursor node { id updatedAt } } pageInfo { hasNextPage endCursor } } }`;
const REQUESTS = `query ($filter: ProvisioningRequestFilter, $first: Int, $after: String) {
  provisioningRequests(filter: $filter, first: $first, after: $after) {
    edges { node { id updatedAt } } pageInfo { hasNextPage endCursor } } }`;
const CREATE_LEAD = `mutation ($input: CreateLeadInput!) { createLead(input: $input) {
  customer { id } userErrors { code } } }`;
const START_LEAD_TRIAL = `mutation ($input: StartTrialInput!) { startTrial(input: $input) {
  customer { id stage } userErrors { code } } }`;

type Node = { id: string; updatedAt: string };

async function customerIds(filter: Record<string, unknown>, first = 50): Promise<string[]> {
  const res = await server.gql(CUSTOMERS, { filter, first }, { token: operator });
  expect(res.errors).toBeUndefined();
  return res.data?.customers.edges.map((e: { node: Node }) => e.node.id);
}

async function requestIds(filter: Record<string, unknown>): Promise<string[]> {
  const res = await server.gql(REQUESTS, { filter, first: 50 }, { token: operator });
  expect(res.errors).toBeUndefined();
  return res.data?.provisioningRequests.edges.map((e: { node: Node }) => e.node.id);
}

// Before `since`: untouched (trial), converted (ACTIVE, then an option change drafted), lead,
// and a pending conversion of `untouched`. Everything written then is moved an hour back, so
// that `since` (half an hour ago) lies strictly between the two phases whatever the timing.
// After `since`: the option change is approved and applied (only the subscription changes),
// the lead starts a trial (the customer row changes), and the new trial gets a conversion draft.
const ids = {} as Record<
  'untouched' | 'converted' | 'lead' | 'untouchedRequest' | 'optionChange' | 'newRequest',
  string
>;
let since: string;

beforeAll(async () => {
  server = await startTestServer();
  operator = await server.loginAs('operator1@kizuna.example');
  const date = today();

  ids.untouched = (await createTrialCustomer(server)).id;
  ids.converted = (await createTrialCustomer(server)).id;
  const conversion = await draftConversion(server, ids.converted);
  await approve(server, 'checker1@kizuna.example', conversion, {
    planCode: 'STANDARD',
    optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'],
    effectiveDate: date,
  });
  const options = ['MFA_PASSWORD', 'MFA_TOTP', 'STORAGE_200GB'];
  const drafted = await server.gql(
    REQUEST_OPTION_CHANGE,
    { input: { customerId: ids.converted, optionCodes: options, effectiveDate: date } },
    { token: operator },
  );
  const optionChange = drafted.data?.requestOptionChange.request;
  ids.optionChange = optionChange.id;
  const lead = await server.gql(CREATE_LEAD, { input: trialInput() }, { token: operator });
  ids.lead = lead.data?.createLead.customer.id;
  ids.untouchedRequest = (await draftConversion(server, ids.untouched)).id;

  await server.db.asOwner(async (c) => {
    await c.query(`UPDATE customer SET updated_at = updated_at - interval '1 hour'`);
    await c.query(`UPDATE provisioning_request SET updated_at = updated_at - interval '1 hour'`);
  });
  const [{ at }] = await server.db.dataSource.query(
    `SELECT to_char((now() - interval '30 minutes') AT TIME ZONE 'Asia/Tokyo',
                    'YYYY-MM-DD"T"HH24:MI:SS.MS"+09:00"') AS at`,
  );
  since = at;

  await approve(server, 'checker1@kizuna.example', optionChange, {
    planCode: 'STANDARD',
    optionCodes: options,
    effectiveDate: date,
  });
  const trial = await server.gql(
    START_LEAD_TRIAL,
    { input: { customerId: ids.lead } },
    { token: operator },
  );
  expect(trial.data?.startTrial.customer.stage).toBe('TRIAL');
  ids.newRequest = (await draftConversion(server, ids.lead)).id;
});

describe('customers(filter: {updatedSince})', () => {
  it('returns exactly the customers changed after the instant, oldest change first', async () => {
    // The subscription change counts as a change of its customer; the new request does not.
    expect(await customerIds({ updatedSince: since })).toEqual([ids.converted, ids.lead]);
    expect(await customerIds({})).toEqual(
      expect.arrayContaining([ids.untouched, ids.converted, ids.lead]),
    );
  });

  it('combines with the other filters', async () => {
    expect(await customerIds({ updatedSince: since, stage: 'TRIAL' })).toEqual([ids.lead]);
    expect(await customerIds({ updatedSince: since, stage: 'ACTIVE' })).toEqual([ids.converted]);
  });

  it('pages in (updatedAt, id) order with stable cursors', async () => {
    const first = await server.gql(
      CUSTOMERS,
      { filter: { updatedSince: since }, first: 1 },
      { token: operator },
    );
    const page1 = first.data?.customers;
    expect(page1.edges.map((e: { node: Node }) => e.node.id)).toEqual([ids.converted]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await server.gql(
      CUSTOMERS,
      { filter: { updatedSince: since }, first: 1, after: page1.pageInfo.endCursor },
      { token: operator },
    );
    expect(second.data?.customers.edges.map((e: { node: Node }) => e.node.id)).toEqual([ids.lead]);
    expect(second.data?.customers.pageInfo.hasNextPage).toBe(false);
    const [a, b] = [page1.edges[0].node, second.data?.customers.edges[0].node] as Node[];
    expect(Date.parse(a!.updatedAt)).toBeGreaterThan(Date.parse(since));
    expect(Date.parse(b!.updatedAt)).toBeGreaterThanOrEqual(Date.parse(a!.updatedAt));
  });

  it('follows an explicit orderBy', async () => {
    const res = await server.gql(
      CUSTOMERS,
      {
        filter: { updatedSince: since },
        orderBy: { field: 'UPDATED_AT', direction: 'DESC' },
      },
      { token: operator },
    );
    expect(res.data?.customers.edges.map((e: { node: Node }) => e.node.id)).toEqual([
      ids.lead,
      ids.converted,
    ]);
  });

  it('reads the same instant written with another offset', async () => {
    const utc = new Date(since).toISOString();
    expect(utc.endsWith('Z')).toBe(true);
    expect(await customerIds({ updatedSince: utc })).toEqual([ids.converted, ids.lead]);
  });

  it.each(['yesterday', '2026-13-01T00:00:00Z', '2026-01-01T00:00:00'])(
    'refuses updatedSince %s as BAD_USER_INPUT',
    async (value) => {
      const res = await server.gql(
        CUSTOMERS,
        { filter: { updatedSince: value } },
        { token: operator },
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    },
  );

  it('reads the sync order through the (updated_at, id) index', async () => {
    const plan = await server.db.asOwner(async (c) => {
      await c.query('BEGIN');
      await c.query('SET LOCAL enable_seqscan = off');
      const { rows } = await c.query(
        `EXPLAIN SELECT id FROM customer c WHERE c.updated_at > $1
          ORDER BY c.updated_at, c.id LIMIT 21`,
        [since],
      );
      await c.query('ROLLBACK');
      return rows.map((r: { 'QUERY PLAN': string }) => r['QUERY PLAN']).join('\n');
    });
    expect(plan).toContain('customer_updated_at_idx');
  });
});

describe('provisioningRequests(filter: {updatedSince, statuses, kinds, customerId})', () => {
  it('returns exactly the requests changed after the instant, oldest change first', async () => {
    expect(await requestIds({ updatedSince: since })).toEqual([ids.optionChange, ids.newRequest]);
  });

  it.each([
    ['kinds', { kinds: ['OPTION_CHANGE'] }, ['optionChange']],
    ['kinds (several)', { kinds: ['OPTION_CHANGE', 'CONVERSION'] }, ['optionChange', 'newRequest']],
    ['statuses', { statuses: ['PENDING_CHECK'] }, ['newRequest']],
    ['statuses and kinds', { statuses: ['APPLIED'], kinds: ['CONVERSION'] }, []],
    ['customerId', { customerIdOf: 'converted' }, ['optionChange']],
    ['customerId of an unchanged request', { customerIdOf: 'untouched' }, []],
  ] as const)('combines with %s', async (_name, filter, expected) => {
    const { customerIdOf, ...rest } = filter as Record<string, unknown> & {
      customerIdOf?: keyof typeof ids;
    };
    const ids2 = await requestIds({
      updatedSince: since,
      ...rest,
      ...(customerIdOf ? { customerId: ids[customerIdOf] } : {}),
    });
    expect(ids2).toEqual(expected.map((name) => ids[name as keyof typeof ids]));
  });

  it('still lists the unchanged request without updatedSince', async () => {
    expect(await requestIds({ customerId: ids.untouched })).toEqual([ids.untouchedRequest]);
  });

  it('refuses a malformed updatedSince as BAD_USER_INPUT', async () => {
    const res = await server.gql(
      REQUESTS,
      { filter: { updatedSince: 'not a date' } },
      { token: operator },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
