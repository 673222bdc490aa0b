import { createTrialCustomer } from './helpers/factories';
import {
  approve,
  draftConversion,
  REJECT,
  REQUEST_CANCELLATION,
  REQUEST_OPTION_CHANGE,
  REQUEST_PLAN_CHANGE,
  RETURN,
  subscriptionOf,
  today,
  WITHDRAW,
} from './helpers/provisioning';
import { startTestServer, type TestServer } from './helpers/test-server';

let server: TestServer;
let operator: string;
beforeAll(async () => {
  server = await startTestServer();
  operator = await server.loginAs('operator1@kizuna.example');
});
afterAll(() => server.close());

const dbId = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1];

/** A customer converted to STANDARD with password + TOTP, through the real double check. */
async function activeCustomer() {
  const customer = await createTrialCustomer(server);
  const date = today();
  const request = await draftConversion(server, customer.id, { effectiveDate: date });
  const result = await approve(server, 'checker1@kizuna.example', request, {
    planCode: 'STANDARD',
    optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'],
    effectiveDate: date,
  });
  expect(result.request.status).toBe('APPLIED');
  return customer;
}

describe('plan, option and cancellation requests', () => {
  it('upgrades a plan after the check and emits subscription.changed', async () => {
    const customer = await activeCustomer();
    const date = today();
    const res = await server.gql(
      REQUEST_PLAN_CHANGE,
      { input: { customerId: customer.id, planCode: 'PREMIUM', effectiveDate: date } },
      { token: operator },
    );
    const request = res.data?.requestPlanChange.request;
    expect(request.proposal.preview).toMatchObject({
      planBefore: 'STANDARD',
      planAfter: 'PREMIUM',
      kept: ['MFA_PASSWORD', 'MFA_TOTP'],
      monthlyFeeBefore: { excludingTax: 1690 },
      monthlyFeeAfter: { excludingTax: 2180 },
    });
    const result = await approve(server, 'checker2@kizuna.example', request, {
      planCode: 'PREMIUM',
      optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'],
      effectiveDate: date,
    });
    expect(result.request.status).toBe('APPLIED');
    expect((await subscriptionOf(server, operator, customer.id)).plan).toBe('PREMIUM');
    const events = await server.db.dataSource.query(
      `SELECT type FROM outbox_event WHERE aggregate_id = $1 AND type NOT LIKE 'provisioning_request.%'
        ORDER BY tx_id, seq`,
      [dbId(customer.id)],
    );
    expect(events.map((e: { type: string }) => e.type)).toEqual([
      'customer.trial_started',
      'subscription.changed',
      'customer.converted',
      'subscription.changed',
    ]);
  });

  it('refuses an MFA change that would claim MFA without being multi-factor', async () => {
    const customer = await activeCustomer();
    const res = await server.gql(
      REQUEST_OPTION_CHANGE,
      {
        input: {
          customerId: customer.id,
          optionCodes: ['MFA_PASSWORD', 'MFA_PIN'],
          effectiveDate: today(),
        },
      },
      { token: operator },
    );
    expect(res.data?.requestOptionChange.request).toBeNull();
    expect(res.data?.requestOptionChange.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_MULTI_FACTOR', field: 'optionCodes' }),
    ]);
  });

  it('adds an option after the check', async () => {
    const customer = await activeCustomer();
    const date = today();
    const options = ['MFA_PASSWORD', 'MFA_TOTP', 'STORAGE_200GB'];
    const res = await server.gql(
      REQUEST_OPTION_CHANGE,
      { input: { customerId: customer.id, optionCodes: options, effectiveDate: date } },
      { token: operator },
    );
    const request = res.data?.requestOptionChange.request;
    expect(request.proposal.preview.added).toEqual(['STORAGE_200GB']);
    await approve(server, 'checker1@kizuna.example', request, {
      planCode: 'STANDARD',
      optionCodes: options,
      effectiveDate: date,
    });
    expect((await subscriptionOf(server, operator, customer.id)).options).toEqual(options);
  });

  it.each([
    ['a conversion of an active customer', 'conversion', 'NOT_IN_TRIAL'],
    ['a plan change of a trial', 'planChangeOfTrial', 'NOT_ACTIVE'],
    ['an unknown plan', 'unknownPlan', 'UNKNOWN_PLAN'],
    ['a date in the past', 'pastDate', 'DATE_IN_PAST'],
    ['a malformed date', 'badDate', 'INVALID_DATE'],
  ])('refuses %s', async (_name, scenario, code) => {
    const trial = await createTrialCustomer(server);
    const active = scenario === 'conversion' ? await activeCustomer() : null;
    const variables = {
      conversion: [
        `mutation ($i: RequestConversionInput!) { requestConversion(input: $i) { userErrors { code } } }`,
        { customerId: active?.id, planCode: 'BASIC', optionCodes: [], effectiveDate: today() },
      ],
      planChangeOfTrial: [
        `mutation ($i: RequestPlanChangeInput!) { requestPlanChange(input: $i) { userErrors { code } } }`,
        { customerId: trial.id, planCode: 'BASIC', effectiveDate: today() },
      ],
      unknownPlan: [
        `mutation ($i: RequestConversionInput!) { requestConversion(input: $i) { userErrors { code } } }`,
        { customerId: trial.id, planCode: 'GOLD', optionCodes: [], effectiveDate: today() },
      ],
      pastDate: [
        `mutation ($i: RequestConversionInput!) { requestConversion(input: $i) { userErrors { code } } }`,
        { customerId: trial.id, planCode: 'BASIC', optionCodes: [], effectiveDate: '2020-01-01' },
      ],
      badDate: [
        `mutation ($i: RequestConversionInput!) { requestConversion(input: $i) { userErrors { code } } }`,
        { customerId: trial.id, planCode: 'BASIC', optionCodes: [], effectiveDate: '2026-02-30' },
      ],
    }[scenario] as [string, Record<string, unknown>];
    const res = await server.gql(variables[0], { i: variables[1] }, { token: operator });
    const payload = Object.values(res.data ?? {})[0] as { userErrors: { code: string }[] };
    expect(payload.userErrors.map((e) => e.code)).toContain(code);
  });

  it('cancels with a churn reason: subscription CANCELLED, customer CHURNED, subscription.cancelled emitted', async () => {
    const customer = await activeCustomer();
    const date = today();
    const bad = await server.gql(
      REQUEST_CANCELLATION,
      { input: { customerId: customer.id, churnReason: 'OTHER', effectiveDate: date } },
      { token: operator },
    );
    // OTHER without its description: the refusal names the text box.
    expect(bad.data?.requestCancellation.userErrors).toEqual([
      expect.objectContaining({ code: 'REQUIRED', field: 'churnNote' }),
    ]);
    const res = await server.gql(
      REQUEST_CANCELLATION,
      {
        input: {
          customerId: customer.id,
          churnReason: 'MOVED_TO_COMPETITOR',
          churnNote: '他社製品へ',
          effectiveDate: date,
        },
      },
      { token: operator },
    );
    const request = res.data?.requestCancellation.request;
    expect(request.proposal).toMatchObject({
      planCode: null,
      optionCodes: [],
      churnReason: 'MOVED_TO_COMPETITOR',
    });
    const result = await approve(server, 'checker1@kizuna.example', request, {
      planCode: null,
      optionCodes: [],
      effectiveDate: date,
    });
    expect(result.request.status).toBe('APPLIED');
    const sub = await subscriptionOf(server, operator, customer.id);
    expect(sub).toMatchObject({ stage: 'CHURNED', status: 'CANCELLED' });
    const [event] = await server.db.dataSource.query(
      `SELECT payload FROM outbox_event WHERE aggregate_id = $1 AND type = 'customer.churned'`,
      [dbId(customer.id)],
    );
    expect(event.payload).toMatchObject({
      churnReason: 'MOVED_TO_COMPETITOR',
      effectiveDate: date,
    });
  });
});

describe('return, reject and withdraw', () => {
  it('returns with a reason to the maker, who may withdraw', async () => {
    const customer = await createTrialCustomer(server);
    const request = await draftConversion(server, customer.id);
    const checker = await server.loginAs('checker1@kizuna.example');
    const noReason = await server.gql(
      RETURN,
      { input: { requestId: request.id, reason: ' ' } },
      { token: checker },
    );
    expect(noReason.data?.returnProvisioningRequest.userErrors).toEqual([
      expect.objectContaining({ code: 'REQUIRED', field: 'reason' }),
    ]);
    const returned = await server.gql(
      RETURN,
      { input: { requestId: request.id, reason: 'お客様にプランを再確認してください' } },
      { token: checker },
    );
    expect(returned.data?.returnProvisioningRequest.request).toMatchObject({
      status: 'RETURNED',
      decisionReason: 'お客様にプランを再確認してください',
    });
    const otherMaker = await server.loginAs('operator2@kizuna.example');
    const notMine = await server.gql(
      WITHDRAW,
      { input: { requestId: request.id } },
      { token: otherMaker },
    );
    expect(notMine.data?.withdrawProvisioningRequest.userErrors[0].code).toBe('FORBIDDEN');
    const withdrawn = await server.gql(
      WITHDRAW,
      { input: { requestId: request.id } },
      { token: operator },
    );
    expect(withdrawn.data?.withdrawProvisioningRequest.request.status).toBe('WITHDRAWN');
    // The customer may now get a new request.
    await expect(draftConversion(server, customer.id)).resolves.toMatchObject({ version: 1 });
  });

  it('rejects for good', async () => {
    const customer = await createTrialCustomer(server);
    const request = await draftConversion(server, customer.id);
    const checker = await server.loginAs('checker2@kizuna.example');
    const rejected = await server.gql(
      REJECT,
      { input: { requestId: request.id, reason: '与信NG' } },
      { token: checker },
    );
    expect(rejected.data?.rejectProvisioningRequest.request.status).toBe('REJECTED');
    const again = await approve(server, 'checker1@kizuna.example', request, {
      planCode: 'STANDARD',
      optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'],
      effectiveDate: today(),
    });
    expect(again.userErrors[0].code).toBe('NOT_PENDING');
  });

  it('lists requests awaiting my check, never my own', async () => {
    const customer = await createTrialCustomer(server);
    const mine = await draftConversion(server, customer.id, {}, 'admin@kizuna.example');
    const admin = await server.loginAs('admin@kizuna.example');
    const q = `query ($f: ProvisioningRequestFilter) { provisioningRequests(first: 100, filter: $f) { totalCount edges { node { id status } } } }`;
    const awaiting = await server.gql(q, { f: { awaitingMyCheck: true } }, { token: admin });
    const ids = awaiting.data?.provisioningRequests.edges.map(
      (e: { node: { id: string } }) => e.node.id,
    );
    expect(ids).not.toContain(mine.id);
    const checker = await server.loginAs('checker1@kizuna.example');
    const forChecker = await server.gql(q, { f: { awaitingMyCheck: true } }, { token: checker });
    expect(
      forChecker.data?.provisioningRequests.edges.map((e: { node: { id: string } }) => e.node.id),
    ).toContain(mine.id);
    const byCustomer = await server.gql(q, { f: { customerId: customer.id } }, { token: checker });
    expect(byCustomer.data?.provisioningRequests.totalCount).toBe(1);
  });
});
