import { Client } from 'pg';
import { ManualClock } from '@kizuna/domain';
import { runDueContractWork } from '../src/features/contract-time/contract-time.worker';
import { claimDueScheduledRequest } from '../src/features/contract-time/scheduled-change.service';
import { createTrialCustomer } from './helpers/factories';
import {
  approve,
  draftConversion,
  REQUEST_CANCELLATION,
  REQUEST_OPTION_CHANGE,
  REQUEST_PLAN_CHANGE,
  subscriptionOf,
} from './helpers/provisioning';
import { startTestServer, type TestServer } from './helpers/test-server';

// Thursday 2027-01-01 10:00 in Tokyo. Every test moves this clock; none sleeps.
const START = '2027-01-01T10:00:00+09:00';
const clock = new ManualClock(START);
let server: TestServer;
let operator: string;

beforeAll(async () => {
  server = await startTestServer({ clock });
  operator = await server.loginAs('operator1@kizuna.example');
});
afterAll(() => server.close());
beforeEach(async () => {
  clock.set(START);
  // Each test starts from a clean contract clock: nothing left due from an earlier test.
  await runDueContractWork(server.db.dataSource, clock);
});

const dbId = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1]!;
const run = () => runDueContractWork(server.db.dataSource, clock);
const CONVERSION = { planCode: 'STANDARD', optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'] };

async function requestOf(id: string, token = operator) {
  const res = await server.gql(
    `query ($id: ID!) { node(id: $id) { ... on ProvisioningRequest {
       id status version appliedAt effectiveDate failureReason { code field message }
       withdrawal { reason } withdrawalRequestedBy { displayName } } } }`,
    { id },
    { token },
  );
  return res.data?.node;
}

/** A trial converted on 2027-01-01 (today), through the real double check. */
async function activeCustomer() {
  const customer = await createTrialCustomer(server);
  const request = await draftConversion(server, customer.id, { effectiveDate: '2027-01-01' });
  const result = await approve(server, 'checker1@kizuna.example', request, {
    ...CONVERSION,
    effectiveDate: '2027-01-01',
  });
  expect(result.request.status).toBe('APPLIED');
  return customer;
}

async function scheduledConversion(effectiveDate = '2027-01-03') {
  const customer = await createTrialCustomer(server);
  const request = await draftConversion(server, customer.id, { ...CONVERSION, effectiveDate });
  const result = await approve(server, 'checker1@kizuna.example', request, {
    ...CONVERSION,
    effectiveDate,
  });
  expect(result.userErrors).toEqual([]);
  expect(result.request.status).toBe('SCHEDULED');
  return { customer, request: result.request as { id: string; version: number } };
}

describe('scheduled changes', () => {
  it('applies a conversion at 00:00 JST of its date and not a second earlier', async () => {
    const { customer, request } = await scheduledConversion('2027-01-03');
    // Approved but not applied: the trial keeps every option.
    const trial = await subscriptionOf(server, operator, customer.id);
    expect(trial).toMatchObject({ stage: 'TRIAL', status: 'TRIAL', plan: 'PREMIUM' });
    expect(trial.options.length).toBeGreaterThan(2);
    const listed = await server.gql(
      `query ($id: ID!) { customer(id: $id) { scheduledChanges { id status effectiveDate
         proposal { planCode optionCodes preview { planAfter proratedFirstMonth { days daysInMonth fee { excludingTax includingTax } } } } } } }`,
      { id: customer.id },
      { token: await server.loginAs('checker2@kizuna.example') },
    );
    expect(listed.data?.customer.scheduledChanges).toEqual([
      {
        id: request.id,
        status: 'SCHEDULED',
        effectiveDate: '2027-01-03',
        proposal: {
          planCode: 'STANDARD',
          optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'],
          // STANDARD ¥1,490 + TOTP ¥200 = ¥1,690 a month; 29 of January's 31 days.
          preview: {
            planAfter: 'STANDARD',
            proratedFirstMonth: {
              days: 29,
              daysInMonth: 31,
              fee: { excludingTax: 1580, includingTax: 1738 },
            },
          },
        },
      },
    ]);

    clock.set('2027-01-02T23:59:59+09:00');
    expect(await run()).toEqual({ applied: 0, failed: 0, expiredTrials: 0, pricesApplied: 0 });
    expect((await subscriptionOf(server, operator, customer.id)).stage).toBe('TRIAL');

    clock.set('2027-01-03T00:00:00+09:00');
    expect(await run()).toEqual({ applied: 1, failed: 0, expiredTrials: 0, pricesApplied: 0 });
    expect(await subscriptionOf(server, operator, customer.id)).toMatchObject({
      stage: 'ACTIVE',
      status: 'ACTIVE',
      plan: 'STANDARD',
      options: ['MFA_PASSWORD', 'MFA_TOTP'],
    });
    expect(await requestOf(request.id)).toMatchObject({
      status: 'APPLIED',
      appliedAt: '2027-01-02T15:00:00.000Z',
    });
    const audit = await server.db.dataSource.query(
      `SELECT actor_type FROM audit_event WHERE action = 'provisioningRequest.applied' AND after->>'provisioningRequestId' = $1`,
      [dbId(request.id)],
    );
    expect(audit).toEqual([{ actor_type: 'SYSTEM' }]);
    const outbox = await server.db.dataSource.query(
      `SELECT type FROM outbox_event WHERE aggregate_id = $1 AND type = 'customer.converted'`,
      [dbId(customer.id)],
    );
    expect(outbox).toHaveLength(1);
    // Nothing is left to do: a second pass applies nothing again.
    expect(await run()).toEqual({ applied: 0, failed: 0, expiredTrials: 0, pricesApplied: 0 });
  });

  it('applies once when two workers race', async () => {
    const scheduled = await Promise.all([1, 2, 3, 4].map(() => scheduledConversion('2027-01-02')));
    clock.set('2027-01-02T00:00:01+09:00');
    const [a, b] = await Promise.all([run(), run()]);
    expect(a.applied + b.applied).toBe(4);
    expect(a.failed + b.failed).toBe(0);
    const ids = scheduled.map((s) => dbId(s.request.id));
    const [applied] = await server.db.dataSource.query(
      `SELECT count(*)::int AS n FROM provisioning_request_event WHERE action = 'APPLIED' AND request_id = ANY($1::uuid[])`,
      [ids],
    );
    expect(applied.n).toBe(4);
    const [history] = await server.db.dataSource.query(
      `SELECT count(*)::int AS n FROM subscription_history h JOIN subscription s ON s.id = h.subscription_id
        WHERE h.change_kind = 'CONVERSION' AND s.customer_id = ANY($1::uuid[])`,
      [scheduled.map((s) => dbId(s.customer.id))],
    );
    expect(history.n).toBe(4);
  });

  it('a claim whose connection dies is released and applied by another worker', async () => {
    const { customer, request } = await scheduledConversion('2027-01-02');
    clock.set('2027-01-02T09:00:00+09:00');
    // A worker that claimed the request and was killed before its commit.
    const dying = new Client({ connectionString: server.db.url });
    dying.on('error', () => undefined);
    await dying.connect();
    await dying.query('BEGIN');
    const claimed = await claimDueScheduledRequest(
      {
        query: async <T>(sql: string, params?: unknown[]) =>
          (await dying.query(sql, params)).rows as T,
      },
      '2027-01-02',
    );
    expect(claimed?.id).toBe(dbId(request.id));
    // While it holds the claim, another worker skips it instead of applying twice.
    expect(await run()).toEqual({ applied: 0, failed: 0, expiredTrials: 0, pricesApplied: 0 });
    const { rows } = await dying.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    // As the owner: the dying session is the owner's login (under SET ROLE).
    await server.db.asOwner((owner) =>
      owner.query('SELECT pg_terminate_backend($1)', [rows[0]!.pid]),
    );
    await dying.end().catch(() => undefined);
    expect((await requestOf(request.id)).status).toBe('SCHEDULED');
    expect((await subscriptionOf(server, operator, customer.id)).stage).toBe('TRIAL');

    expect(await run()).toEqual({ applied: 1, failed: 0, expiredTrials: 0, pricesApplied: 0 });
    expect((await subscriptionOf(server, operator, customer.id)).stage).toBe('ACTIVE');
  });

  it('fails a scheduled change cleanly when the subscription moved since it was built', async () => {
    const customer = await activeCustomer();
    const planChange = await server.gql(
      REQUEST_PLAN_CHANGE,
      { input: { customerId: customer.id, planCode: 'PREMIUM', effectiveDate: '2027-02-01' } },
      { token: operator },
    );
    const scheduled = await approve(
      server,
      'checker1@kizuna.example',
      planChange.data?.requestPlanChange.request,
      { planCode: 'PREMIUM', optionCodes: CONVERSION.optionCodes, effectiveDate: '2027-02-01' },
    );
    expect(scheduled.request.status).toBe('SCHEDULED');
    // Meanwhile an option change applies today: the plan change's base version is gone.
    const optionChange = await server.gql(
      REQUEST_OPTION_CHANGE,
      {
        input: {
          customerId: customer.id,
          optionCodes: ['MFA_TOTP', 'MFA_FACE'],
          effectiveDate: '2027-01-01',
        },
      },
      { token: operator },
    );
    const applied = await approve(
      server,
      'checker2@kizuna.example',
      optionChange.data?.requestOptionChange.request,
      { planCode: 'STANDARD', optionCodes: ['MFA_TOTP', 'MFA_FACE'], effectiveDate: '2027-01-01' },
    );
    expect(applied.request.status).toBe('APPLIED');

    clock.set('2027-02-01T00:00:00+09:00');
    expect(await run()).toEqual({ applied: 0, failed: 1, expiredTrials: 0, pricesApplied: 0 });
    expect(await requestOf(scheduled.request.id)).toMatchObject({
      status: 'FAILED',
      appliedAt: null,
      failureReason: { code: 'SUBSCRIPTION_CHANGED', field: 'requestId' },
    });
    expect(await subscriptionOf(server, operator, customer.id)).toMatchObject({
      plan: 'STANDARD',
      options: ['MFA_FACE', 'MFA_TOTP'],
    });
    const failedForChecker = await server.gql(
      `{ provisioningRequests(first: 100, filter: { status: FAILED }) { edges { node { id } } } }`,
      {},
      { token: await server.loginAs('checker2@kizuna.example') },
    );
    expect(
      failedForChecker.data?.provisioningRequests.edges.map(
        (e: { node: { id: string } }) => e.node.id,
      ),
    ).toContain(scheduled.request.id);
    const [audit] = await server.db.dataSource.query(
      `SELECT actor_type, after FROM audit_event WHERE action = 'provisioningRequest.failed' AND entity_id = $1`,
      [dbId(scheduled.request.id)],
    );
    expect(audit).toMatchObject({ actor_type: 'SYSTEM', after: { code: 'SUBSCRIPTION_CHANGED' } });
  });

  it('a cancellation keeps the customer ACTIVE until the day before its date', async () => {
    const customer = await activeCustomer();
    const res = await server.gql(
      REQUEST_CANCELLATION,
      {
        input: {
          customerId: customer.id,
          churnReason: 'PRICE',
          effectiveDate: '2027-02-01',
        },
      },
      { token: operator },
    );
    const result = await approve(
      server,
      'checker2@kizuna.example',
      res.data?.requestCancellation.request,
      { planCode: null, optionCodes: [], effectiveDate: '2027-02-01' },
    );
    expect(result.request.status).toBe('SCHEDULED');
    clock.set('2027-01-31T23:59:59+09:00');
    await run();
    expect(await subscriptionOf(server, operator, customer.id)).toMatchObject({
      stage: 'ACTIVE',
      status: 'ACTIVE',
    });
    clock.set('2027-02-01T00:00:00+09:00');
    await run();
    expect(await subscriptionOf(server, operator, customer.id)).toMatchObject({
      stage: 'CHURNED',
      status: 'CANCELLED',
    });
  });

  it('a cancellation dated today is immediate', async () => {
    const customer = await activeCustomer();
    const res = await server.gql(
      REQUEST_CANCELLATION,
      { input: { customerId: customer.id, churnReason: 'PRICE', effectiveDate: '2027-01-01' } },
      { token: operator },
    );
    const result = await approve(
      server,
      'checker2@kizuna.example',
      res.data?.requestCancellation.request,
      { planCode: null, optionCodes: [], effectiveDate: '2027-01-01' },
    );
    expect(result.request.status).toBe('APPLIED');
    expect((await subscriptionOf(server, operator, customer.id)).stage).toBe('CHURNED');
  });

  it('refuses to approve a request whose date passed while it waited', async () => {
    const customer = await createTrialCustomer(server);
    const request = await draftConversion(server, customer.id, { effectiveDate: '2027-01-02' });
    clock.set('2027-01-03T09:00:00+09:00');
    const result = await approve(server, 'checker1@kizuna.example', request, {
      ...CONVERSION,
      effectiveDate: '2027-01-02',
    });
    expect(result.userErrors).toEqual([
      expect.objectContaining({ code: 'EFFECTIVE_DATE_PASSED', field: 'effectiveDate' }),
    ]);
    expect((await requestOf(request.id)).status).toBe('PENDING_CHECK');
  });
});

describe('withdrawing a scheduled change takes two people', () => {
  const ASK = `mutation ($input: RequestScheduledChangeWithdrawalInput!) {
    requestScheduledChangeWithdrawal(input: $input) { request { status } userErrors { code } } }`;
  const CONFIRM = `mutation ($input: ConfirmScheduledChangeWithdrawalInput!) {
    confirmScheduledChangeWithdrawal(input: $input) { request { status } userErrors { code } } }`;
  const WITHDRAW = `mutation ($input: WithdrawProvisioningRequestInput!) {
    withdrawProvisioningRequest(input: $input) { request { status } userErrors { code } } }`;

  it('the maker asks, another checker confirms, and nothing applies on the date', async () => {
    const { customer, request } = await scheduledConversion('2027-01-05');
    const direct = await server.gql(
      WITHDRAW,
      { input: { requestId: request.id } },
      { token: operator },
    );
    expect(direct.data?.withdrawProvisioningRequest.userErrors).toEqual([{ code: 'NOT_PENDING' }]);

    const asked = await server.gql(
      ASK,
      { input: { requestId: request.id, reason: 'お客様が移行時期を延期' } },
      { token: operator },
    );
    expect(asked.data?.requestScheduledChangeWithdrawal).toEqual({
      request: { status: 'SCHEDULED' },
      userErrors: [],
    });
    expect(await requestOf(request.id)).toMatchObject({
      withdrawal: { reason: 'お客様が移行時期を延期' },
      withdrawalRequestedBy: { displayName: expect.any(String) },
    });
    const byAnother = await server.gql(
      CONFIRM,
      { input: { requestId: request.id } },
      { token: await server.loginAs('admin@kizuna.example') },
    );
    expect(byAnother.data?.confirmScheduledChangeWithdrawal.userErrors).toEqual([]);
    expect((await requestOf(request.id)).status).toBe('WITHDRAWN');

    clock.set('2027-01-05T00:00:00+09:00');
    expect(await run()).toEqual({ applied: 0, failed: 0, expiredTrials: 0, pricesApplied: 0 });
    expect((await subscriptionOf(server, operator, customer.id)).stage).toBe('TRIAL');
  });

  it('the person who asked cannot confirm it', async () => {
    const { request } = await scheduledConversion('2027-01-05');
    // The admin holds both roles: may ask, and may confirm others' requests — not their own.
    const admin = await server.loginAs('admin@kizuna.example');
    const asked = await server.gql(
      ASK,
      { input: { requestId: request.id, reason: '重複' } },
      { token: admin },
    );
    expect(asked.data?.requestScheduledChangeWithdrawal.userErrors).toEqual([]);
    const self = await server.gql(CONFIRM, { input: { requestId: request.id } }, { token: admin });
    expect(self.data?.confirmScheduledChangeWithdrawal.userErrors).toEqual([
      { code: 'SELF_APPROVAL_NOT_ALLOWED' },
    ]);
    const again = await server.gql(
      ASK,
      { input: { requestId: request.id, reason: '重複' } },
      { token: operator },
    );
    expect(again.data?.requestScheduledChangeWithdrawal.userErrors).toEqual([
      { code: 'WITHDRAWAL_ALREADY_REQUESTED' },
    ]);
    expect((await requestOf(request.id)).status).toBe('SCHEDULED');
  });
});

describe('trials end', () => {
  const CUSTOMER = `query ($id: ID!) { customer(id: $id) {
    stage isTrialExpired trialExpiredAt trialEndsAt trialExtendedDays
    subscription { status options { code } }
    stageHistory { fromStage toStage note } } }`;

  it('an expired trial returns to LEAD with no option, and is not churn', async () => {
    const customer = await createTrialCustomer(server);
    clock.set('2027-01-31T09:59:59+09:00');
    expect((await run()).expiredTrials).toBe(0);
    clock.set('2027-01-31T10:00:00+09:00');
    // Trials of earlier tests started at the same moment expire with it.
    expect((await run()).expiredTrials).toBeGreaterThanOrEqual(1);
    const res = await server.gql(CUSTOMER, { id: customer.id }, { token: operator });
    expect(res.data?.customer).toMatchObject({
      stage: 'LEAD',
      isTrialExpired: true,
      trialExpiredAt: '2027-01-31T01:00:00.000Z',
      subscription: { status: 'EXPIRED', options: [] },
    });
    expect(res.data?.customer.stageHistory.at(-1)).toEqual({
      fromStage: 'TRIAL',
      toStage: 'LEAD',
      note: 'TRIAL_EXPIRED',
    });
    const churned = await server.db.dataSource.query(
      `SELECT 1 FROM customer_stage_change WHERE customer_id = $1 AND to_stage = 'CHURNED'`,
      [dbId(customer.id)],
    );
    expect(churned).toEqual([]);
    const lists = await server.gql(
      `{ expired: customers(first: 100, filter: { trialExpiredWithinDays: 7 }) { edges { node { id } } } }`,
      {},
      { token: operator },
    );
    expect(lists.data?.expired.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(
      customer.id,
    );
  });

  it('a trial with a scheduled conversion keeps every option until the conversion applies', async () => {
    const { customer } = await scheduledConversion('2027-02-05');
    clock.set('2027-02-02T00:00:00+09:00');
    expect((await run()).expiredTrials).toBe(0);
    const trial = await subscriptionOf(server, operator, customer.id);
    expect(trial).toMatchObject({ stage: 'TRIAL', status: 'TRIAL' });
    expect(trial.options.length).toBeGreaterThan(2);
    clock.set('2027-02-05T00:00:00+09:00');
    expect(await run()).toMatchObject({ applied: 1, expiredTrials: 0, pricesApplied: 0 });
    expect((await subscriptionOf(server, operator, customer.id)).stage).toBe('ACTIVE');
  });

  it('lists trials ending within 7 days from the clock, not the machine time', async () => {
    const customer = await createTrialCustomer(server);
    const ending = () =>
      server.gql(
        `{ customers(first: 100, filter: { trialEndingWithinDays: 7 }) { edges { node { id } } } }`,
        {},
        { token: operator },
      );
    const ids = async () =>
      (await ending()).data?.customers.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(await ids()).not.toContain(customer.id);
    clock.set('2027-01-25T10:00:00+09:00');
    expect(await ids()).toContain(customer.id);
  });
});

describe('one scheduled change of a kind at a time', () => {
  it('refuses a second conversion while one is scheduled', async () => {
    const { customer } = await scheduledConversion('2027-01-10');
    const res = await server.gql(
      `mutation ($input: RequestConversionInput!) { requestConversion(input: $input) {
         request { id } userErrors { code field message } } }`,
      { input: { customerId: customer.id, ...CONVERSION, effectiveDate: '2027-01-05' } },
      { token: operator },
    );
    expect(res.data?.requestConversion).toEqual({
      request: null,
      userErrors: [
        expect.objectContaining({
          code: 'SCHEDULED_CHANGE_EXISTS',
          field: 'customerId',
          message: expect.stringContaining('2027-01-10'),
        }),
      ],
    });
  });
});
