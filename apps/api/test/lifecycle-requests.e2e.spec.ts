import { ManualClock } from '@kizuna/domain';
import { runDueContractWork } from '../src/features/contract-time/contract-time.worker';
import { createTrialCustomer, trialInput } from './helpers/factories';
import {
  APPROVE,
  approve,
  draftConversion,
  REQUEST_CANCELLATION,
  REQUEST_CONVERSION,
  RESUBMIT,
  RETURN,
  subscriptionOf,
} from './helpers/provisioning';
import { startTestServer, type TestServer } from './helpers/test-server';

const clock = new ManualClock('2027-03-01T09:00:00+09:00');
let server: TestServer;
let operator: string;
beforeAll(async () => {
  server = await startTestServer({ clock });
  operator = await server.loginAs('operator1@kizuna.example');
});
afterAll(() => server.close());
beforeEach(() => clock.set('2027-03-01T09:00:00+09:00'));

const dbId = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1]!;
const payload = `request { id version status kind proposal { trialEndsOn trialExtensionDays note planCode } }
  userErrors { code field message }`;
const CREATE_LEAD = `mutation ($input: CreateLeadInput!) { createLead(input: $input) {
  customer { id stage subscription { status } } userErrors { code field } } }`;
const START_LEAD_TRIAL = `mutation ($input: StartTrialInput!) { startTrial(input: $input) {
  customer { id stage trialEndsAt subscription { status options { code } } } userErrors { code field } } }`;
const EXTEND = `mutation ($input: RequestTrialExtensionInput!) { requestTrialExtension(input: $input) { ${payload} } }`;
const SECOND_TRIAL = `mutation ($input: RequestSecondTrialInput!) { requestSecondTrial(input: $input) { ${payload} } }`;
const REACTIVATE = `mutation ($input: RequestReactivationInput!) { requestReactivation(input: $input) { ${payload} } }`;

async function createLead() {
  const res = await server.gql(CREATE_LEAD, { input: trialInput() }, { token: operator });
  expect(res.data?.createLead.userErrors).toEqual([]);
  return res.data?.createLead.customer as { id: string; stage: string };
}

async function check(
  request: { id: string; version: number },
  confirmation: Record<string, unknown>,
  checker = 'checker1@kizuna.example',
) {
  const res = await server.gql(
    APPROVE,
    { input: { requestId: request.id, version: request.version, confirmation } },
    { token: await server.loginAs(checker) },
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.approveProvisioningRequest;
}

describe('leads', () => {
  it('creates a LEAD and starts its trial; a second trial needs a double-checked request', async () => {
    const lead = await createLead();
    expect(lead).toMatchObject({ stage: 'LEAD', subscription: null });
    const started = await server.gql(
      START_LEAD_TRIAL,
      { input: { customerId: lead.id } },
      { token: operator },
    );
    expect(started.data?.startTrial).toMatchObject({
      customer: {
        stage: 'TRIAL',
        trialEndsAt: '2027-03-31T00:00:00.000Z',
        subscription: { status: 'TRIAL' },
      },
      userErrors: [],
    });
    // The trial holds one storage tier of the exclusive group, the largest.
    const codes = started.data?.startTrial.customer.subscription.options.map(
      (o: { code: string }) => o.code,
    );
    expect(codes.filter((c: string) => c.startsWith('STORAGE_'))).toEqual(['STORAGE_2TB']);

    clock.set('2027-03-31T09:00:00+09:00');
    await runDueContractWork(server.db.dataSource, clock);
    const again = await server.gql(
      START_LEAD_TRIAL,
      { input: { customerId: lead.id } },
      { token: operator },
    );
    expect(again.data?.startTrial.userErrors).toEqual([
      { code: 'TRIAL_ALREADY_USED', field: 'customerId' },
    ]);

    const asked = await server.gql(
      SECOND_TRIAL,
      { input: { customerId: lead.id, reason: '新しい部署で再評価したい' } },
      { token: operator },
    );
    const request = asked.data?.requestSecondTrial.request;
    expect(request).toMatchObject({ kind: 'SECOND_TRIAL', status: 'PENDING_CHECK' });
    const result = await check(request, { effectiveDate: '2027-03-31' });
    expect(result.userErrors).toEqual([]);
    expect(result.request.status).toBe('APPLIED');
    const sub = await subscriptionOf(server, operator, lead.id);
    expect(sub).toMatchObject({ stage: 'TRIAL', status: 'TRIAL', plan: 'PREMIUM' });
    expect(sub.options).toContain('STORAGE_2TB');
  });

  it('refuses a second trial for a lead that never had one, and a trial for a paying customer', async () => {
    const lead = await createLead();
    const asked = await server.gql(
      SECOND_TRIAL,
      { input: { customerId: lead.id, reason: '再評価' } },
      { token: operator },
    );
    expect(asked.data?.requestSecondTrial.userErrors).toEqual([
      expect.objectContaining({ code: 'TRIAL_NOT_EXPIRED' }),
    ]);
    const trial = await createTrialCustomer(server);
    const started = await server.gql(
      START_LEAD_TRIAL,
      { input: { customerId: trial.id } },
      { token: operator },
    );
    expect(started.data?.startTrial.userErrors).toEqual([
      { code: 'NOT_LEAD', field: 'customerId' },
    ]);
  });

  it('validates a lead like a trial sign-up', async () => {
    const res = await server.gql(
      CREATE_LEAD,
      { input: trialInput({ corporateNumber: '1234567890123' }, { email: 'nope' }) },
      { token: operator },
    );
    expect(res.data?.createLead.customer).toBeNull();
    expect(res.data?.createLead.userErrors).toEqual(
      expect.arrayContaining([
        { code: 'INVALID_CORPORATE_NUMBER', field: 'corporateNumber' },
        { code: 'INVALID_EMAIL', field: 'contact.email' },
      ]),
    );
  });
});

describe('trial extension', () => {
  it('is checked blind on the new end date, and capped at 30 days per trial', async () => {
    const customer = await createTrialCustomer(server); // ends 2027-03-31 09:00 JST
    const asked = await server.gql(
      EXTEND,
      { input: { customerId: customer.id, days: 10, reason: '導入検証が長引いている' } },
      { token: operator },
    );
    const request = asked.data?.requestTrialExtension.request;
    expect(request.proposal).toMatchObject({ trialEndsOn: '2027-04-10', trialExtensionDays: 10 });

    const wrong = await check(request, { trialEndsOn: '2027-04-11' });
    expect(wrong.mismatchedFields).toEqual(['trialEndsOn']);
    const [nearMiss] = await server.db.dataSource.query(
      `SELECT maker_values, checker_values, description FROM near_miss WHERE request_id = $1`,
      [dbId(request.id)],
    );
    expect(nearMiss).toEqual({
      maker_values: { trialEndsOn: '2027-04-10' },
      checker_values: { trialEndsOn: '2027-04-11' },
      description: expect.stringContaining('トライアル終了日'),
    });
    expect(nearMiss.description).not.toContain('trialEndsOn');

    const resubmitted = await server.gql(
      RESUBMIT,
      { input: { requestId: request.id, version: 1, note: '日付を再確認しました' } },
      { token: operator },
    );
    const v2 = resubmitted.data?.resubmitProvisioningRequest.request;
    expect(v2).toMatchObject({ version: 2, status: 'PENDING_CHECK' });
    const again = await check(v2, { trialEndsOn: '2027-04-10' }, 'checker1@kizuna.example');
    expect(again.userErrors).toEqual([
      expect.objectContaining({ code: 'CHECKER_ALREADY_DECIDED' }),
    ]);
    const ok = await check(v2, { trialEndsOn: '2027/4/10' }, 'checker2@kizuna.example');
    expect(ok.userErrors).toEqual([]);
    expect(ok.request.status).toBe('APPLIED');
    const [row] = await server.db.dataSource.query(
      `SELECT trial_ends_at, trial_extended_days FROM customer WHERE id = $1`,
      [dbId(customer.id)],
    );
    expect(row.trial_ends_at.toISOString()).toBe('2027-04-10T00:00:00.000Z');
    expect(row.trial_extended_days).toBe(10);

    const tooMuch = await server.gql(
      EXTEND,
      { input: { customerId: customer.id, days: 21, reason: 'さらに延長' } },
      { token: operator },
    );
    expect(tooMuch.data?.requestTrialExtension.userErrors).toEqual([
      expect.objectContaining({ code: 'TRIAL_EXTENSION_LIMIT', field: 'days' }),
    ]);
  });
});

describe('reactivation (win-back)', () => {
  it('brings a churned customer back to ACTIVE through a blind check', async () => {
    const customer = await createTrialCustomer(server);
    const conversion = await draftConversion(server, customer.id, { effectiveDate: '2027-03-01' });
    await approve(server, 'checker1@kizuna.example', conversion, {
      planCode: 'STANDARD',
      optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'],
      effectiveDate: '2027-03-01',
    });
    const cancel = await server.gql(
      REQUEST_CANCELLATION,
      { input: { customerId: customer.id, churnReason: 'PRICE', effectiveDate: '2027-03-01' } },
      { token: operator },
    );
    await approve(server, 'checker2@kizuna.example', cancel.data?.requestCancellation.request, {
      planCode: null,
      optionCodes: [],
      effectiveDate: '2027-03-01',
    });
    expect((await subscriptionOf(server, operator, customer.id)).stage).toBe('CHURNED');

    const asked = await server.gql(
      REACTIVATE,
      {
        input: {
          customerId: customer.id,
          planCode: 'BASIC',
          optionCodes: ['MFA_TOTP'],
          effectiveDate: '2027-03-01',
        },
      },
      { token: operator },
    );
    const request = asked.data?.requestReactivation.request;
    expect(request).toMatchObject({ kind: 'REACTIVATION', status: 'PENDING_CHECK' });
    const result = await check(request, {
      planCode: 'BASIC',
      optionCodes: ['MFA_TOTP'],
      effectiveDate: '2027-03-01',
    });
    expect(result.request.status).toBe('APPLIED');
    expect(await subscriptionOf(server, operator, customer.id)).toMatchObject({
      stage: 'ACTIVE',
      status: 'ACTIVE',
      plan: 'BASIC',
      options: ['MFA_TOTP'],
    });
    const [change] = await server.db.dataSource.query(
      `SELECT from_stage, to_stage, note FROM customer_stage_change WHERE customer_id = $1 ORDER BY id DESC LIMIT 1`,
      [dbId(customer.id)],
    );
    expect(change).toEqual({ from_stage: 'CHURNED', to_stage: 'ACTIVE', note: 'REACTIVATION' });
  });

  it('refuses customers that have not churned', async () => {
    const trial = await createTrialCustomer(server);
    const asked = await server.gql(
      REACTIVATE,
      {
        input: {
          customerId: trial.id,
          planCode: 'BASIC',
          optionCodes: [],
          effectiveDate: '2027-03-01',
        },
      },
      { token: operator },
    );
    expect(asked.data?.requestReactivation.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_CHURNED' }),
    ]);
  });
});

describe('catalog rules and the check', () => {
  it('refuses two options of one exclusive group', async () => {
    const customer = await createTrialCustomer(server);
    const res = await server.gql(
      REQUEST_CONVERSION,
      {
        input: {
          customerId: customer.id,
          planCode: 'BASIC',
          optionCodes: ['STORAGE_50GB', 'STORAGE_2TB'],
          effectiveDate: '2027-03-01',
        },
      },
      { token: operator },
    );
    expect(res.data?.requestConversion.userErrors).toEqual([
      expect.objectContaining({ code: 'OPTION_GROUP_CONFLICT', field: 'optionCodes' }),
    ]);
  });

  it('a checker who returned a request neither sees it in their queue nor checks it again', async () => {
    const customer = await createTrialCustomer(server);
    const request = await draftConversion(server, customer.id, { effectiveDate: '2027-03-01' });
    const checker1 = await server.loginAs('checker1@kizuna.example');
    await server.gql(
      RETURN,
      { input: { requestId: request.id, reason: 'プランを確認してください' } },
      { token: checker1 },
    );
    await server.gql(
      RESUBMIT,
      { input: { requestId: request.id, version: 1, note: 'お客様に確認済み' } },
      { token: operator },
    );
    const queue = async (token: string) =>
      (
        await server.gql(
          `{ provisioningRequests(first: 100, filter: { awaitingMyCheck: true }, orderBy: { field: CREATED_AT, direction: ASC }) {
             edges { node { id } } } }`,
          {},
          { token },
        )
      ).data?.provisioningRequests.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(await queue(checker1)).not.toContain(request.id);
    expect(await queue(await server.loginAs('checker2@kizuna.example'))).toContain(request.id);
    const history = await server.gql(
      `query ($id: ID!) { node(id: $id) { ... on ProvisioningRequest { history { action note } } } }`,
      { id: request.id },
      { token: operator },
    );
    expect(history.data?.node.history).toContainEqual({
      action: 'RESUBMITTED',
      note: 'お客様に確認済み',
    });
  });

  it('a blind mismatch keeps both values on the near-miss, labelled without codes', async () => {
    const customer = await createTrialCustomer(server);
    const request = await draftConversion(server, customer.id, { effectiveDate: '2027-03-01' });
    const result = await check(request, {
      planCode: 'PREMIUM',
      optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'],
      effectiveDate: '2027-03-01',
    });
    expect(result.mismatchedFields).toEqual(['planCode']);
    const [nearMiss] = await server.db.dataSource.query(
      `SELECT maker_values, checker_values, description FROM near_miss WHERE request_id = $1`,
      [dbId(request.id)],
    );
    expect(nearMiss).toEqual({
      maker_values: { planCode: 'STANDARD' },
      checker_values: { planCode: 'PREMIUM' },
      description: 'ダブルチェックで不一致を検出（プラン） / Blind check caught a mismatch (plan)',
    });
  });
});

describe('a customer holding a set that the current rules refuse', () => {
  it('may still make changes that do not touch MFA, but not keep a non-MFA set when touching it', async () => {
    const customer = await createTrialCustomer(server);
    const conversion = await draftConversion(server, customer.id, { effectiveDate: '2027-03-01' });
    await approve(server, 'checker1@kizuna.example', conversion, {
      planCode: 'STANDARD',
      optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'],
      effectiveDate: '2027-03-01',
    });
    // Held from before the rule: PIN alone (password + PIN is not multi-factor).
    await server.db.dataSource.query(
      `DELETE FROM subscription_option so USING subscription s, catalog_option o
        WHERE so.subscription_id = s.id AND o.id = so.option_id AND s.customer_id = $1 AND o.code = 'MFA_TOTP'`,
      [dbId(customer.id)],
    );
    await server.db.dataSource.query(
      `INSERT INTO subscription_option (subscription_id, option_id)
       SELECT s.id, o.id FROM subscription s, catalog_option o WHERE s.customer_id = $1 AND o.code = 'MFA_PIN'`,
      [dbId(customer.id)],
    );
    const OPTION_CHANGE = `mutation ($input: RequestOptionChangeInput!) { requestOptionChange(input: $input) {
      request { id } userErrors { code field } } }`;
    const unrelated = await server.gql(
      OPTION_CHANGE,
      {
        input: {
          customerId: customer.id,
          optionCodes: ['MFA_PASSWORD', 'MFA_PIN', 'SSO_SAML'],
          effectiveDate: '2027-03-01',
        },
      },
      { token: operator },
    );
    expect(unrelated.data?.requestOptionChange.userErrors).toEqual([]);
    await server.gql(
      `mutation ($input: WithdrawProvisioningRequestInput!) { withdrawProvisioningRequest(input: $input) { userErrors { code } } }`,
      { input: { requestId: unrelated.data?.requestOptionChange.request.id } },
      { token: operator },
    );
    const touching = await server.gql(
      OPTION_CHANGE,
      {
        input: {
          customerId: customer.id,
          optionCodes: ['MFA_PIN'],
          effectiveDate: '2027-03-01',
        },
      },
      { token: operator },
    );
    expect(touching.data?.requestOptionChange.userErrors).toEqual([
      { code: 'NOT_MULTI_FACTOR', field: 'optionCodes' },
    ]);
  });
});
