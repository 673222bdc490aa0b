import { isoDateJst, ManualClock } from '@kizuna/domain';
import { runDueContractWork } from '../src/features/contract-time/contract-time.worker';
import { createTrialCustomer } from './helpers/factories';
import { APPROVE, RESUBMIT } from './helpers/provisioning';
import { startTestServer, type LooseData, type TestServer } from './helpers/test-server';

/**
 * SLA and service credits (ADR 0020), through the API on a real PostgreSQL. Fees (税抜):
 * STANDARD 1,490 and PREMIUM 1,980, each with MFA_PASSWORD 0 + MFA_TOTP 200.
 *
 *   P  STANDARD + MFA (1,690) from 2027-03-01
 *   R  STANDARD + MFA (1,690) from 2027-03-10 — joined mid-March: 22 of 31 days
 *   S  STANDARD + MFA (1,690) from 2027-03-01, cancelled from 2027-03-20: 19 of 31 days
 *   Q  PREMIUM + MFA (2,180) from 2027-03-01 — another plan
 *
 * Targets: STANDARD 99.95 %, PREMIUM 99.99 %. Default credit table: below target 10 %, below
 * 99.0 % 25 %, below 95.0 % 50 %. Each test records its own month or plan.
 */
const clock = new ManualClock('2027-02-20T09:00:00+09:00');
let server: TestServer;
let admin: string;
let operator: string;
let checker1: string;
let checker2: string;
let analyst: string;
const ids = new Map<string, string>();
const MFA = ['MFA_PASSWORD', 'MFA_TOTP'];

const dbId = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1]!;
const nameOf = (customerId: string) => [...ids].find(([, id]) => id === customerId)?.[0];

async function on(day: string) {
  clock.set(`${day}T09:00:00+09:00`);
  await runDueContractWork(server.db.dataSource, clock);
}

/** A conversion or cancellation by operator1, approved by checker1, dated today. */
async function contract(name: string, kind: 'CONVERSION' | 'CANCELLATION', planCode = '') {
  const effectiveDate = isoDateJst(clock.now());
  const [mutation, input, fields, confirmation] =
    kind === 'CONVERSION'
      ? [
          'requestConversion',
          'RequestConversionInput',
          { planCode, optionCodes: MFA },
          { planCode, optionCodes: MFA },
        ]
      : ['requestCancellation', 'RequestCancellationInput', { churnReason: 'PRICE' }, {}];
  const drafted = await server.gql(
    `mutation ($input: ${input}!) { ${mutation}(input: $input) { request { id version } userErrors { code } } }`,
    { input: { customerId: ids.get(name), effectiveDate, ...fields } },
    { token: operator },
  );
  const request = drafted.data?.[mutation].request;
  const approved = await server.gql(
    APPROVE,
    {
      input: {
        requestId: request.id,
        version: request.version,
        confirmation: { ...confirmation, effectiveDate },
      },
    },
    { token: checker1 },
  );
  expect(approved.data?.approveProvisioningRequest.request?.status).toBe('APPLIED');
}

const RECORD = `mutation ($input: RecordAvailabilityInput!) { recordAvailability(input: $input) {
  availability { month planCode availabilityPercent targetPercent breached incidentNote version }
  creditRequestsRaised creditRequestsUpdated creditRequestsWithdrawn userErrors { code field } } }`;

async function record(month: string, planCode: string, availabilityPercent: number, note?: string) {
  const res = await server.gql(
    RECORD,
    { input: { month, planCode, availabilityPercent, incidentNote: note ?? null } },
    { token: admin },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.recordAvailability;
}

const CREDIT_REQUESTS = `query ($customerId: ID) {
  provisioningRequests(first: 50, filter: { kind: SERVICE_CREDIT, customerId: $customerId }) { edges { node {
    id kind status version customer { id } maker { displayName }
    proposal { planCode preview { planBefore planAfter monthlyFeeAfter { excludingTax } }
      serviceCredit { month planCode measuredPercent targetPercent creditPercent serviceDays daysInMonth
        feeExcludingTax credit { excludingTax tax includingTax } } } } } } }`;

interface CreditRequest {
  id: string;
  name: string | undefined;
  status: string;
  version: number;
  proposal: LooseData | null;
  credit: LooseData | null;
}

/** The SERVICE_CREDIT requests of a month and plan, as `token` sees them, by customer name. */
async function creditRequests(month: string, planCode: string, token = admin) {
  const res = await server.gql(CREDIT_REQUESTS, {}, { token });
  expect(res.errors).toBeUndefined();
  const all: CreditRequest[] = res.data!.provisioningRequests.edges.map(
    ({ node }: { node: LooseData }): CreditRequest => ({
      id: node.id,
      name: nameOf(node.customer.id),
      status: node.status,
      version: node.version,
      proposal: node.proposal,
      credit: node.proposal?.serviceCredit ?? null,
    }),
  );
  return all
    .filter(
      (r) => r.credit === null || (r.credit.month === month && r.credit.planCode === planCode),
    )
    .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''));
}

const credit = (days: number, fee: number, percent: number, excl: number, tax: number) => ({
  serviceDays: days,
  feeExcludingTax: fee,
  creditPercent: percent,
  credit: { excludingTax: excl, tax, includingTax: excl + tax },
});

async function approve(requestId: string, version: number, creditAmountYen: number, token: string) {
  const res = await server.gql(
    APPROVE,
    { input: { requestId, version, confirmation: { creditAmountYen } } },
    { token },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.approveProvisioningRequest;
}

beforeAll(async () => {
  server = await startTestServer({ clock });
  admin = await server.loginAs('admin@kizuna.example');
  operator = await server.loginAs('operator1@kizuna.example');
  checker1 = await server.loginAs('checker1@kizuna.example');
  checker2 = await server.loginAs('checker2@kizuna.example');
  analyst = await server.loginAs('analyst@kizuna.example');
  for (const name of ['P', 'Q', 'R', 'S']) ids.set(name, (await createTrialCustomer(server)).id);
  await on('2027-03-01');
  await contract('P', 'CONVERSION', 'STANDARD');
  await contract('Q', 'CONVERSION', 'PREMIUM');
  await contract('S', 'CONVERSION', 'STANDARD');
  await on('2027-03-10');
  await contract('R', 'CONVERSION', 'STANDARD');
  await on('2027-03-20');
  await contract('S', 'CANCELLATION');
  await on('2027-06-02');
}, 60_000);
afterAll(() => server.close());

describe('recordAvailability below target', () => {
  it('raises one SERVICE_CREDIT request per customer on the plan that month, prorated, hidden from checkers', async () => {
    const recorded = await record('2027-03', 'STANDARD', 99.5, '3/14 DB障害 ストレージ切替に失敗');
    expect(recorded).toEqual({
      availability: {
        month: '2027-03',
        planCode: 'STANDARD',
        availabilityPercent: 99.5,
        targetPercent: 99.95,
        breached: true,
        incidentNote: '3/14 DB障害 ストレージ切替に失敗',
        version: 1,
      },
      creditRequestsRaised: 3,
      creditRequestsUpdated: 0,
      creditRequestsWithdrawn: 0,
      userErrors: [],
    });
    const requests = await creditRequests('2027-03', 'STANDARD');
    // Q (PREMIUM) is not affected. 10 % (below 99.95, not below 99.0) of what each paid in March:
    expect(
      requests.map(({ name, status, version, credit: c }) => ({ name, status, version, ...c })),
    ).toEqual([
      // P: the whole month, 1,690 → 169, tax 16.9 → 16
      {
        name: 'P',
        status: 'PENDING_CHECK',
        version: 1,
        month: '2027-03',
        planCode: 'STANDARD',
        measuredPercent: 99.5,
        targetPercent: 99.95,
        daysInMonth: 31,
        ...credit(31, 1_690, 10, 169, 16),
      },
      // R: from the 10th, 22 of 31 days: 1,690 × 22 ÷ 31 = 1,199.35 → 1,199 → 119.9 → 119, tax 11
      {
        name: 'R',
        status: 'PENDING_CHECK',
        version: 1,
        month: '2027-03',
        planCode: 'STANDARD',
        measuredPercent: 99.5,
        targetPercent: 99.95,
        daysInMonth: 31,
        ...credit(22, 1_199, 10, 119, 11),
      },
      // S: the 1st to the 19th, 19 days: 1,690 × 19 ÷ 31 = 1,035.8 → 1,035 → 103.5 → 103, tax 10
      {
        name: 'S',
        status: 'PENDING_CHECK',
        version: 1,
        month: '2027-03',
        planCode: 'STANDARD',
        measuredPercent: 99.5,
        targetPercent: 99.95,
        daysInMonth: 31,
        ...credit(19, 1_035, 10, 103, 10),
      },
    ]);
    // The preview says the contract does not change.
    expect(requests[0]!.proposal?.preview).toEqual({
      planBefore: 'STANDARD',
      planAfter: 'STANDARD',
      monthlyFeeAfter: { excludingTax: 1_690 },
    });

    // The checker sees neither the amount nor the computation before the blind check.
    const blind = await creditRequests('2027-03', 'STANDARD', checker1);
    expect(blind.map((r) => r.proposal)).toEqual([null, null, null]);
    // Only what it is about: month, plan, target and measured (the rest is the checker's work).
    const subjects = await server.gql(
      `query ($id: ID!) { node(id: $id) { ... on ProvisioningRequest {
        serviceCreditSubject { month planCode targetPercent measuredPercent } } } }`,
      { id: requests[0]!.id },
      { token: checker1 },
    );
    expect(subjects.data?.node.serviceCreditSubject).toEqual({
      month: '2027-03',
      planCode: 'STANDARD',
      targetPercent: 99.95,
      measuredPercent: 99.5,
    });

    // Recording the same month again duplicates nothing and changes no open request.
    const again = await record('2027-03', 'STANDARD', 99.5, '3/14 DB障害 ストレージ切替に失敗');
    expect(again).toMatchObject({
      availability: { version: 2 },
      creditRequestsRaised: 0,
      creditRequestsUpdated: 0,
      creditRequestsWithdrawn: 0,
    });
    const same = await creditRequests('2027-03', 'STANDARD');
    expect(same.map((r) => [r.name, r.version])).toEqual([
      ['P', 1],
      ['R', 1],
      ['S', 1],
    ]);

    // Audited, without the incident note (free text), nor the amounts of the blind check.
    const trail: { action: string; before: unknown; after: unknown }[] =
      await server.db.dataSource.query(
        `SELECT action, before, after FROM audit_event
          WHERE action IN ('slaAvailability.recorded', 'provisioningRequest.submitted')
            AND (action = 'slaAvailability.recorded' OR after->>'kind' = 'SERVICE_CREDIT')
          ORDER BY id`,
      );
    expect(trail.filter((e) => e.action === 'slaAvailability.recorded')[0]).toEqual({
      action: 'slaAvailability.recorded',
      before: null,
      after: {
        month: '2027-03',
        planCode: 'STANDARD',
        availabilityPercent: 99.5,
        targetPercent: 99.95,
        breached: true,
        creditPercent: 10,
        version: 1,
        creditRequests: { raised: 3, updated: 0, withdrawn: 0 },
      },
    });
    expect(JSON.stringify(trail)).not.toContain('DB障害');
    expect(trail.filter((e) => e.action === 'provisioningRequest.submitted')).toEqual(
      ['P', 'R', 'S'].map(() => ({
        action: 'provisioningRequest.submitted',
        before: null,
        after: {
          kind: 'SERVICE_CREDIT',
          status: 'PENDING_CHECK',
          version: 1,
          customerId: expect.any(String),
        },
      })),
    );
  });

  it('is for admins: operators, checkers and analysts may not record', async () => {
    for (const token of [operator, checker1, analyst]) {
      const res = await server.gql(
        RECORD,
        { input: { month: '2027-04', planCode: 'BASIC', availabilityPercent: 90 } },
        { token },
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const bad = await record('2027-06', 'NOPE', 100.5);
    expect(bad.userErrors).toEqual([
      { code: 'MONTH_NOT_ENDED', field: 'month' },
      { code: 'OUT_OF_RANGE', field: 'availabilityPercent' },
    ]);
    expect((await record('2027-05', 'NOPE', 99)).userErrors).toEqual([
      { code: 'UNKNOWN_PLAN', field: 'planCode' },
    ]);
  });
});

describe('the blind check of a service credit', () => {
  it('returns a wrong amount, applies the right one, lists it and counts it in revenue', async () => {
    // April: P and R the whole month (S left in March): 10 % of 1,690 = 169 each.
    expect((await record('2027-04', 'STANDARD', 99.9)).creditRequestsRaised).toBe(2);
    const [p, r] = await creditRequests('2027-04', 'STANDARD');
    expect([p!.name, r!.name]).toEqual(['P', 'R']);

    // checker1 types the amount including tax: a mismatch returns it to its maker.
    const wrong = await approve(p!.id, 1, 185, checker1);
    expect(wrong.userErrors.map((e: { code: string }) => e.code)).toEqual([
      'CONFIRMATION_MISMATCH',
    ]);
    expect(wrong.mismatchedFields).toEqual(['creditAmountYen']);
    expect(wrong.request.status).toBe('RETURNED');
    const [miss]: { maker_values: unknown; checker_values: unknown }[] =
      await server.db.dataSource.query(
        `SELECT maker_values, checker_values FROM near_miss WHERE request_id = $1`,
        [dbId(p!.id)],
      );
    expect(miss).toEqual({
      maker_values: { creditAmountYen: 169 },
      checker_values: { creditAmountYen: 185 },
    });

    // The maker sends it back unchanged; another checker re-enters 169 and it is applied.
    const resubmitted = await server.gql(
      RESUBMIT,
      { input: { requestId: p!.id, version: 1, note: '金額は税抜です' } },
      { token: admin },
    );
    expect(resubmitted.data?.resubmitProvisioningRequest.request.status).toBe('PENDING_CHECK');
    expect((await approve(p!.id, 2, 169, checker1)).userErrors[0].code).toBe(
      'CHECKER_ALREADY_DECIDED',
    );
    const applied = await approve(p!.id, 2, 169, checker2);
    expect(applied.userErrors).toEqual([]);
    expect(applied.request.status).toBe('APPLIED');
    expect((await approve(r!.id, 1, 169, checker1)).request.status).toBe('APPLIED');

    // The event for integrators: ids, codes and amounts.
    const [event]: { payload: Record<string, unknown> }[] = await server.db.dataSource.query(
      `SELECT payload FROM outbox_event WHERE type = 'service_credit.applied' AND payload->>'provisioningRequestId' = $1`,
      [p!.id],
    );
    expect(event!.payload).toEqual({
      customerId: ids.get('P'),
      subscriptionId: expect.any(String),
      provisioningRequestId: p!.id,
      month: '2027-04',
      planCode: 'STANDARD',
      targetPercent: 99.95,
      measuredPercent: 99.9,
      creditPercent: 10,
      serviceDays: 30,
      daysInMonth: 30,
      feeExcludingTax: 1_690,
      credit: { excludingTax: 169, tax: 16, includingTax: 185 },
    });

    // Listed on the customer; the subscription is unchanged.
    const customer = await server.gql(
      `query ($id: ID!) { customer(id: $id) { subscription { version plan { code } }
         serviceCredits { month planCode creditPercent credit { excludingTax tax includingTax } provisioningRequestId } } }`,
      { id: ids.get('P') },
      { token: operator },
    );
    expect(customer.data?.customer.serviceCredits).toEqual([
      {
        month: '2027-04',
        planCode: 'STANDARD',
        creditPercent: 10,
        credit: { excludingTax: 169, tax: 16, includingTax: 185 },
        provisioningRequestId: p!.id,
      },
    ]);
    expect(customer.data?.customer.subscription).toEqual({
      version: 2,
      plan: { code: 'STANDARD' },
    });

    // The month's report: 2 customers affected, 338 credited.
    const report = await server.gql(
      `query { slaReport(month: "2027-04") { month plans { planCode targetPercent measuredPercent breached
         creditPercent customersAffected creditTotalYen creditRequestsOpen } } }`,
      {},
      { token: analyst },
    );
    expect(report.data?.slaReport).toEqual({
      month: '2027-04',
      plans: [
        {
          planCode: 'BASIC',
          targetPercent: 99.9,
          measuredPercent: null,
          breached: false,
          creditPercent: null,
          customersAffected: 0,
          creditTotalYen: 0,
          creditRequestsOpen: 0,
        },
        {
          planCode: 'STANDARD',
          targetPercent: 99.95,
          measuredPercent: 99.9,
          breached: true,
          creditPercent: 10,
          customersAffected: 2,
          creditTotalYen: 338,
          creditRequestsOpen: 0,
        },
        {
          planCode: 'PREMIUM',
          targetPercent: 99.99,
          measuredPercent: null,
          breached: false,
          creditPercent: null,
          customersAffected: 0,
          creditTotalYen: 0,
          creditRequestsOpen: 0,
        },
      ],
    });
    const forbidden = await server.gql(
      `query { slaReport(month: "2027-04") { month } }`,
      {},
      { token: operator },
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // revenueReport: April's MRR (P 1,690 + Q 2,180 + R 1,690 = 5,560) is not reduced; revenue is.
    const revenue = await server.gql(
      `query { revenueReport(groupBy: MONTH, filter: { from: "2027-04-01", to: "2027-04-30" }) {
         periods { period mrr credits revenue } } }`,
      {},
      { token: analyst },
    );
    expect(revenue.data?.revenueReport.periods).toEqual([
      { period: '2027-04', mrr: 5_560, credits: 338, revenue: 5_222 },
    ]);

    // A month with an applied credit can no longer be re-recorded.
    expect((await record('2027-04', 'STANDARD', 99.0)).userErrors).toEqual([
      { code: 'SLA_CREDIT_ALREADY_APPLIED', field: 'month' },
    ]);
  });
});

describe('recording a month again', () => {
  it('revises open requests to the new credit, withdraws them above target, raises them again below', async () => {
    // May, PREMIUM: Q alone. 99.9 < 99.99 → 10 % of 2,180 = 218.
    await record('2027-05', 'PREMIUM', 99.9);
    const [q1] = await creditRequests('2027-05', 'PREMIUM');
    expect([q1!.name, q1!.version, q1!.credit?.credit]).toEqual([
      'Q',
      1,
      { excludingTax: 218, tax: 21, includingTax: 239 },
    ]);
    // 98.5 < 99.0 → 25 %: 545, a new version for a new blind check.
    expect(await record('2027-05', 'PREMIUM', 98.5)).toMatchObject({
      creditRequestsRaised: 0,
      creditRequestsUpdated: 1,
    });
    const [q2] = await creditRequests('2027-05', 'PREMIUM');
    expect([q2!.id, q2!.status, q2!.version, q2!.credit?.credit]).toEqual([
      q1!.id,
      'PENDING_CHECK',
      2,
      { excludingTax: 545, tax: 54, includingTax: 599 },
    ]);
    // The old amount no longer passes.
    expect((await approve(q2!.id, 2, 218, checker1)).mismatchedFields).toEqual(['creditAmountYen']);
    // Met after all: the (returned) request is withdrawn.
    expect(await record('2027-05', 'PREMIUM', 99.99)).toMatchObject({
      availability: { breached: false },
      creditRequestsWithdrawn: 1,
    });
    expect((await creditRequests('2027-05', 'PREMIUM')).map((r) => r.status)).toEqual([
      'WITHDRAWN',
    ]);
    // Below again: a new request (the withdrawn one stays withdrawn).
    expect((await record('2027-05', 'PREMIUM', 99.9)).creditRequestsRaised).toBe(1);
    const statuses = (await creditRequests('2027-05', 'PREMIUM')).map((r) => r.status);
    expect(statuses.sort()).toEqual(['PENDING_CHECK', 'WITHDRAWN']);
  });
});

describe('the credit table', () => {
  const TIERS = `mutation ($input: ReplaceSlaCreditTiersInput!) { replaceSlaCreditTiers(input: $input) {
    tiers { belowPercent creditPercent } userErrors { code field } } }`;
  const DEFAULTS = [
    { belowPercent: null, creditPercent: 10 },
    { belowPercent: 99, creditPercent: 25 },
    { belowPercent: 95, creditPercent: 50 },
  ];
  afterEach(async () => {
    await server.gql(TIERS, { input: { tiers: DEFAULTS } }, { token: admin });
  });

  it('is data: admins replace it (validated, audited) and the next recording uses it', async () => {
    const current = await server.gql(
      `{ slaCreditTiers { belowPercent creditPercent } }`,
      {},
      { token: operator },
    );
    expect(current.data?.slaCreditTiers).toEqual(DEFAULTS);

    const forbidden = await server.gql(TIERS, { input: { tiers: DEFAULTS } }, { token: operator });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const invalid = await server.gql(
      TIERS,
      {
        input: {
          tiers: [
            { belowPercent: 99.6, creditPercent: 30 },
            { belowPercent: 99, creditPercent: 20 },
          ],
        },
      },
      { token: admin },
    );
    expect(invalid.data?.replaceSlaCreditTiers.userErrors).toEqual([
      { code: 'SLA_TARGET_TIER_REQUIRED', field: 'tiers' },
    ]);

    const tiers = [
      { belowPercent: null, creditPercent: 5 },
      { belowPercent: 99.6, creditPercent: 30 },
    ];
    const replaced = await server.gql(TIERS, { input: { tiers } }, { token: admin });
    expect(replaced.data?.replaceSlaCreditTiers).toEqual({
      tiers: [
        { belowPercent: null, creditPercent: 5 },
        { belowPercent: 99.6, creditPercent: 30 },
      ],
      userErrors: [],
    });
    const [audit]: { after: unknown }[] = await server.db.dataSource.query(
      `SELECT after FROM audit_event WHERE action = 'slaCreditTiers.replaced' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit!.after).toEqual({ tiers });

    // March, PREMIUM (Q alone, the whole month): 99.5 < 99.6 → 30 % of 2,180 = 654, tax 65.
    // The default table would have given 10 %.
    await record('2027-03', 'PREMIUM', 99.5);
    const [q] = await creditRequests('2027-03', 'PREMIUM');
    expect([q!.name, q!.credit?.creditPercent, q!.credit?.credit]).toEqual([
      'Q',
      30,
      { excludingTax: 654, tax: 65, includingTax: 719 },
    ]);
  });
});
