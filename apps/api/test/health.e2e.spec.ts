import { Client } from 'pg';
import { DEFAULT_HEALTH_SETTINGS, isoDateJst, ManualClock } from '@kizuna/domain';
import { runDueContractWork } from '../src/features/contract-time/contract-time.worker';
import { seedCustomers } from '../src/features/demo/demo-seed';
import { seedSurveys } from '../src/features/demo/demo-surveys';
import { backfillHealthHistory } from '../src/features/health/health-backfill';
import { runHealthPass } from '../src/features/health/health.worker';
import { createTrialCustomer } from './helpers/factories';
import { approve, draftConversion } from './helpers/provisioning';
import { surveyIds } from './helpers/surveys';
import { startTestServer, type LooseData, type TestServer } from './helpers/test-server';

/**
 * Health scores (ADR 0022) through the real schema on PostgreSQL. Each test lives in a year of
 * its own (the clock moves, nobody sleeps), so that what one records — SLA months above all —
 * touches no other. Default weights: usage 30, surveys 25, SLA 10, options 10, open issues 10,
 * renewal 15; GOOD ≥ 70, WATCH ≥ 40.
 */
const clock = new ManualClock('2027-01-04T09:00:00+09:00');
let server: TestServer;
let admin: string;
let operator: string;
let surveys: Record<string, string>;

beforeAll(async () => {
  server = await startTestServer({ clock });
  await seedSurveys(server.db.dataSource);
  surveys = await surveyIds(server.db.dataSource);
  admin = await server.loginAs('admin@kizuna.example');
  operator = await server.loginAs('operator1@kizuna.example');
});
afterAll(() => server.close());

const dbId = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1]!;
const pass = () => runHealthPass(server.db.dataSource, clock);

async function at(instant: string) {
  clock.set(instant);
  await runDueContractWork(server.db.dataSource, clock);
}

async function gql(query: string, variables: Record<string, unknown> = {}, token = operator) {
  const res = await server.gql(query, variables, { token });
  expect(res.errors).toBeUndefined();
  return res.data!;
}

const HEALTH = `query ($id: ID!) { customer(id: $id) {
  health { score band computedAt components { key label value weight effectiveWeight contribution explanation missing } }
  companyNps { score respondents band } } }`;

async function healthOf(id: string, headers: Record<string, string> = {}) {
  const res = await server.gql(HEALTH, { id }, { token: operator, headers });
  expect(res.errors).toBeUndefined();
  return res.data!.customer as LooseData;
}

/** A trial converted today to STANDARD with password + TOTP (¥1,690 a month), double-checked. */
async function convertToday(customerId: string) {
  const effectiveDate = isoDateJst(clock.now());
  const request = await draftConversion(server, customerId, { effectiveDate });
  const result = await approve(server, 'checker1@kizuna.example', request, {
    planCode: 'STANDARD',
    optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'],
    effectiveDate,
  });
  expect(result.request.status).toBe('APPLIED');
}

async function recordUsage(customerId: string, date: string, activeUsers: number) {
  const data = await gql(
    `mutation ($input: RecordDailyUsageInput!) { recordDailyUsage(input: $input) { userErrors { code } } }`,
    { input: { customerId, date, activeUsers, storageGb: 1 } },
    admin,
  );
  expect(data.recordDailyUsage.userErrors).toEqual([]);
}

/** A survey answer as a file import leaves it, with its respondent's e-mail when given. */
async function answer(
  customerId: string,
  code: string,
  score: number,
  answeredAt: string,
  email: string | null,
) {
  const ds = server.db.dataSource;
  const [row]: { id: string }[] = await ds.query(
    `INSERT INTO survey_response (survey_id, customer_id, score, channel, answered_at, stage, dedupe_key)
     VALUES ($1, $2, $3, 'EMAIL', $4, 'ACTIVE', gen_random_uuid()::text) RETURNING id`,
    [surveys[code], dbId(customerId), score, answeredAt],
  );
  if (email)
    await ds.query(`INSERT INTO survey_respondent (response_id, email) VALUES ($1, $2)`, [
      row!.id,
      email,
    ]);
}

async function nearMiss(customerId: string): Promise<string> {
  const data = await gql(
    `mutation ($input: RecordNearMissInput!) { recordNearMiss(input: $input) { nearMiss { id } userErrors { code } } }`,
    { input: { kind: 'NEAR_MISS', description: '確認漏れ', customerId } },
  );
  return data.recordNearMiss.nearMiss.id;
}

async function closeNearMiss(nearMissId: string) {
  const data = await gql(
    `mutation ($input: UpdateNearMissInput!) { updateNearMiss(input: $input) { userErrors { code } } }`,
    {
      input: {
        nearMissId,
        status: 'CLOSED',
        causeCategory: 'INPUT_ERROR',
        countermeasure: '手順を追加',
      },
    },
  );
  expect(data.updateNearMiss.userErrors).toEqual([]);
}

async function recordAvailability(month: string, availabilityPercent: number) {
  const data = await gql(
    `mutation ($input: RecordAvailabilityInput!) { recordAvailability(input: $input) { userErrors { code } } }`,
    { input: { month, planCode: 'STANDARD', availabilityPercent } },
    admin,
  );
  expect(data.recordAvailability.userErrors).toEqual([]);
}

/** Apply the customer's open SERVICE_CREDIT request, re-entering the credit blind. */
async function applyCredit(customerId: string, creditAmountYen: number) {
  const data = await gql(
    `query ($customerId: ID) { provisioningRequests(first: 5, filter: { kind: SERVICE_CREDIT, customerId: $customerId }) {
       edges { node { id version status } } } }`,
    { customerId },
    admin,
  );
  const [request] = data.provisioningRequests.edges.map((e: LooseData) => e.node);
  const res = await server.gql(
    `mutation ($input: ApproveProvisioningRequestInput!) { approveProvisioningRequest(input: $input) {
       request { status } userErrors { code } } }`,
    {
      input: { requestId: request.id, version: request.version, confirmation: { creditAmountYen } },
    },
    { token: await server.loginAs('checker1@kizuna.example') },
  );
  expect(res.data?.approveProvisioningRequest).toEqual({
    request: { status: 'APPLIED' },
    userErrors: [],
  });
}

describe('Customer.health', () => {
  it('is computed from hand-made data, component by component, in the caller’s language', async () => {
    await at('2027-01-04T09:00:00+09:00');
    const a = await createTrialCustomer(server, { name: '株式会社ヘルス手計算' });
    await convertToday(a.id); // monthly from 4 January: renews on the 4th
    await at('2027-03-20T09:00:00+09:00');

    // Usage: last 30 days 19 Feb – 20 Mar, previous 30 days 20 Jan – 18 Feb.
    await recordUsage(a.id, '2027-01-19', 1000); // before both windows: ignored
    await recordUsage(a.id, '2027-01-25', 10);
    await recordUsage(a.id, '2027-02-10', 14); // previous mean 12
    await recordUsage(a.id, '2027-02-19', 2);
    await recordUsage(a.id, '2027-03-01', 4);
    await recordUsage(a.id, '2027-03-20', 24); // recent mean 10, peak 24

    // NPS by respondent, latest answer of the last 180 days (from 2026-09-21).
    await answer(a.id, 'NPS-RELATIONSHIP', 3, '2027-01-10T10:00:00+09:00', 'a@example.co.jp');
    await answer(a.id, 'NPS-RELATIONSHIP', 10, '2027-03-01T10:00:00+09:00', 'a@example.co.jp');
    await answer(a.id, 'NPS-RELATIONSHIP', 0, '2027-02-01T10:00:00+09:00', 'P2@example.co.jp');
    await answer(a.id, 'NPS-RELATIONSHIP', 9, '2027-03-02T10:00:00+09:00', 'p2@example.co.jp');
    await answer(a.id, 'NPS-RELATIONSHIP', 5, '2027-03-03T10:00:00+09:00', 'c@example.co.jp');
    await answer(a.id, 'NPS-RELATIONSHIP', 8, '2027-03-04T10:00:00+09:00', 'd@example.co.jp');
    await answer(a.id, 'NPS-RELATIONSHIP', 9, '2027-03-05T10:00:00+09:00', null);
    await answer(a.id, 'NPS-RELATIONSHIP', 0, '2026-09-01T10:00:00+09:00', 'e@example.co.jp');
    for (const [score, who] of [
      [5, 'f'],
      [4, 'g'],
      [4, 'h'],
      [2, 'i'],
    ] as const)
      await answer(
        a.id,
        'CSAT-SUPPORT',
        score,
        '2027-03-06T10:00:00+09:00',
        `${who}@example.co.jp`,
      );

    // SLA: January met the target (99.95 %), February did not (a 10 % credit of ¥1,690, applied).
    await recordAvailability('2027-01', 99.99);
    await recordAvailability('2027-02', 99.5);
    await applyCredit(a.id, 169);

    // Near-misses: two recorded, one closed.
    await nearMiss(a.id);
    await closeNearMiss(await nearMiss(a.id));

    await pass();
    const { health, companyNps } = await healthOf(a.id);
    // Options are held (2) but their use is not measured: missing, its weight 10 shared by the
    // other 90. usage: trend 50 + (10/12 − 1)·250 = 8.33, stickiness 10/24 ÷ 0.5 → 83.33, mean
    // 45.83; surveys: NPS (3 − 1)/5 = +40 → 70, CSAT 3/4 → 75, mean 72.5; SLA 100 − 40 − 15 = 45;
    // open 100 − 25 = 75; renewal 4 April, 15 days: 16.67.
    // 45.83·30/90 + 72.5·25/90 + 45·10/90 + 75·10/90 + 16.67·15/90 = 51.53 → 51.5 (WATCH)
    expect(health.score).toBe(51.5);
    expect(health.band).toBe('WATCH');
    expect(health.computedAt).toBe('2027-03-20T00:00:00.000Z');
    const byKey = Object.fromEntries(
      health.components.map((c: LooseData) => [
        c.key,
        [c.value, c.weight, Math.round(c.effectiveWeight * 1000) / 1000, c.contribution, c.missing],
      ]),
    );
    expect(byKey).toEqual({
      USAGE: [45.8, 30, 0.333, 15.3, false],
      SURVEYS: [72.5, 25, 0.278, 20.1, false],
      SLA: [45, 10, 0.111, 5, false],
      OPTION_ADOPTION: [null, 10, 0, 0, true],
      OPEN_ISSUES: [75, 10, 0.111, 8.3, false],
      RENEWAL: [16.7, 15, 0.167, 2.8, false],
    });
    expect(health.components.map((c: LooseData) => c.explanation)).toEqual([
      '直近30日の平均DAU 10.0、前の30日比 −17 %、DAU/MAU 0.42（欠けている要素の分を含め重み 33.3 %）',
      'NPS +40.0、CSAT 満足 75 %（欠けている要素の分を含め重み 27.8 %）',
      '90日間のクレジット 1件、SLA未達の月 1件（欠けている要素の分を含め重み 11.1 %）',
      '契約 2件。オプション利用のデータがありません。重み 10 は他の要素に配分しました',
      '未解決 1件（欠けている要素の分を含め重み 11.1 %）',
      '更新まで 15日（欠けている要素の分を含め重み 16.7 %）',
    ]);
    expect(health.components[0].label).toBe('利用の推移（DAU・DAU/MAU）');
    expect(companyNps).toEqual({ score: 40, respondents: 5, band: 'PROMOTER' });

    const en = (await healthOf(a.id, { 'accept-language': 'en' })).health;
    expect(en.components[3].label).toBe('Option adoption');
    expect(en.components[3].explanation).toBe(
      '2 option(s) held. No option usage data; its weight 10 is shared among the other signals',
    );
  });

  it('is null for a lead, and for a customer not computed yet', async () => {
    await at('2027-06-01T09:00:00+09:00');
    const lead = await gql(
      `mutation ($input: CreateLeadInput!) { createLead(input: $input) { customer { id } } }`,
      {
        input: {
          name: '株式会社ヘルスリード',
          contact: { familyName: '佐藤', email: 'sato@lead.example.co.jp' },
        },
      },
    );
    const trial = await createTrialCustomer(server);
    expect((await healthOf(trial.id)).health).toBeNull();
    await pass();
    expect((await healthOf(lead.createLead.customer.id)).health).toBeNull();
    expect((await healthOf(trial.id)).health).not.toBeNull();
  });
});

describe('the recompute job', () => {
  const computedAt = async (id: string) => (await healthOf(id)).health.computedAt as string;

  it('recomputes after a relevant change at once, and otherwise at 03:00 JST', async () => {
    await at('2028-05-10T10:00:00+09:00');
    const b = await createTrialCustomer(server);
    await pass();
    expect(await computedAt(b.id)).toBe('2028-05-10T01:00:00.000Z');

    clock.set('2028-05-10T15:00:00+09:00');
    await pass();
    expect(await computedAt(b.id)).toBe('2028-05-10T01:00:00.000Z');

    // A near-miss about the customer: due at once.
    await nearMiss(b.id);
    await pass();
    expect(await computedAt(b.id)).toBe('2028-05-10T06:00:00.000Z');
    const open = (await healthOf(b.id)).health.components.find(
      (c: LooseData) => c.key === 'OPEN_ISSUES',
    );
    expect(open.value).toBe(75);

    // A survey answer: due at once.
    clock.set('2028-05-10T16:00:00+09:00');
    await answer(b.id, 'NPS-RELATIONSHIP', 10, '2028-05-10T15:30:00+09:00', 'b@example.co.jp');
    await pass();
    expect(await computedAt(b.id)).toBe('2028-05-10T07:00:00.000Z');
    expect((await healthOf(b.id)).companyNps).toEqual({
      score: 100,
      respondents: 1,
      band: 'PROMOTER',
    });

    // Nothing changes before the night; at 03:00 JST it is due again.
    clock.set('2028-05-11T02:59:00+09:00');
    await pass();
    expect(await computedAt(b.id)).toBe('2028-05-10T07:00:00.000Z');
    clock.set('2028-05-11T03:00:00+09:00');
    await pass();
    expect(await computedAt(b.id)).toBe('2028-05-10T18:00:00.000Z');
  });

  it('closes a month with its last score, and lists it in healthHistory', async () => {
    const HISTORY = `query ($id: ID!) { customer(id: $id) { healthHistory(months: 3) { month score band nps closed } } }`;
    await at('2029-01-20T10:00:00+09:00');
    const c = await createTrialCustomer(server);
    await pass(); // open issues 0: 100, the only known signal
    clock.set('2029-01-31T23:00:00+09:00');
    await nearMiss(c.id);
    await nearMiss(c.id);
    await pass(); // 100 − 2 × 25 = 50
    expect((await gql(HISTORY, { id: c.id })).customer.healthHistory).toEqual([
      { month: '2029-01', score: 50, band: 'WATCH', nps: null, closed: false },
    ]);

    // February has begun and nothing ran yet: January is over, its last score final.
    clock.set('2029-02-01T00:30:00+09:00');
    expect((await gql(HISTORY, { id: c.id })).customer.healthHistory).toEqual([
      { month: '2029-01', score: 50, band: 'WATCH', nps: null, closed: true },
    ]);
    await nearMiss(c.id);
    await pass(); // closes January, then 100 − 75 = 25
    expect((await gql(HISTORY, { id: c.id })).customer.healthHistory).toEqual([
      { month: '2029-01', score: 50, band: 'WATCH', nps: null, closed: true },
      { month: '2029-02', score: 25, band: 'AT_RISK', nps: null, closed: false },
    ]);
    const [row] = await server.db.dataSource.query(
      `SELECT score::float8 AS score, computed_at FROM customer_health_month WHERE customer_id = $1 AND month = '2029-01-01'`,
      [dbId(c.id)],
    );
    expect(row).toEqual({ score: 50, computed_at: new Date('2029-01-31T23:00:00+09:00') });
  });

  it('backfills the last months’ history for the demo, as the job would have closed them', async () => {
    await at('2036-04-15T10:00:00+09:00');
    const c = await createTrialCustomer(server);
    await nearMiss(c.id);
    await backfillHealthHistory(server.db.dataSource, clock, 2);
    await pass();
    const { customer } = await gql(
      `query ($id: ID!) { customer(id: $id) { healthHistory(months: 3) { month score closed } } }`,
      { id: c.id },
    );
    expect(customer.healthHistory).toEqual([
      { month: '2036-02', score: 75, closed: true },
      { month: '2036-03', score: 75, closed: true },
      { month: '2036-04', score: 75, closed: false },
    ]);
    const [row] = await server.db.dataSource.query(
      `SELECT computed_at FROM customer_health_month WHERE customer_id = $1 AND month = '2036-02-01'`,
      [dbId(c.id)],
    );
    expect(row.computed_at).toEqual(new Date('2036-02-29T23:00:00+09:00'));
  });

  it('records a fall to AT_RISK once per fall and raises its follow-up task', async () => {
    await at('2030-04-01T10:00:00+09:00');
    const d = await createTrialCustomer(server);
    const falls = async () =>
      (
        await server.db.dataSource.query(
          `SELECT band_before, score::float8 AS score FROM customer_health_fall WHERE customer_id = $1 ORDER BY fell_at`,
          [dbId(d.id)],
        )
      ).map((r: LooseData) => [r.band_before, r.score]);
    await pass(); // 100: GOOD
    const issues = [await nearMiss(d.id), await nearMiss(d.id), await nearMiss(d.id)];
    await pass(); // 25: AT_RISK
    expect(await falls()).toEqual([['GOOD', 25]]);
    const followUps = async () =>
      (
        await server.db.dataSource.query(
          `SELECT kind, status, due_on::text AS due FROM task
            WHERE customer_id = $1 AND source_type = 'HEALTH_FALL' ORDER BY created_at`,
          [dbId(d.id)],
        )
      ).map((r: LooseData) => [r.kind, r.status, r.due]);
    expect(await followUps()).toEqual([['FOLLOW_UP', 'OPEN', '2030-04-04']]);
    await nearMiss(d.id);
    await pass(); // 0: still AT_RISK, no second fall
    expect(await falls()).toEqual([['GOOD', 25]]);
    for (const id of issues) await closeNearMiss(id);
    await pass(); // 75: GOOD again
    clock.set('2030-04-02T10:00:00+09:00');
    for (let i = 0; i < 3; i++) await nearMiss(d.id);
    await pass(); // 0: a second fall
    expect(await falls()).toEqual([
      ['GOOD', 25],
      ['GOOD', 0],
    ]);
    // The first follow-up is still open: one at a time is enough.
    expect(await followUps()).toEqual([['FOLLOW_UP', 'OPEN', '2030-04-04']]);
  });

  it('hands each due customer to one of two passes running at once; a locked one is skipped', async () => {
    await at('2033-02-01T09:00:00+09:00');
    for (let i = 0; i < 12; i++) await createTrialCustomer(server);
    const ds = server.db.dataSource;
    await pass();
    await ds.query(`UPDATE customer_health SET due_at = '-infinity'`);
    const [{ due }] = await ds.query(`SELECT count(*)::int AS due FROM customer_health`);
    const locked = await createTrialCustomer(server);
    // Another replica in the middle of computing `locked`: its row is held.
    const other = new Client({ connectionString: server.db.ownerUrl });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query(`SELECT 1 FROM customer_health WHERE customer_id = $1 FOR UPDATE`, [
        dbId(locked.id),
      ]);
      const [one, two] = await Promise.all([
        runHealthPass(ds, clock, { batchSize: 3 }),
        runHealthPass(ds, clock, { batchSize: 3 }),
      ]);
      expect(one.recomputed + two.recomputed).toBe(due);
      expect(one.recomputed).toBeGreaterThan(0);
      expect(two.recomputed).toBeGreaterThan(0);
      await other.query('COMMIT');
    } finally {
      await other.end();
    }
    expect(await pass()).toMatchObject({ recomputed: 1 });
    expect((await healthOf(locked.id)).health).not.toBeNull();
  });
});

const SETTINGS = `{ healthSettings { version goodAtLeast watchAtLeast weights { signal label weight }
  touchModel { highTouchRevenueYen engagedHighTouchRevenueYen techTouchRevenueBelowYen techTouchCurrentRatioBelow } } }`;
const UPDATE_SETTINGS = `mutation ($input: UpdateHealthSettingsInput!) { updateHealthSettings(input: $input) {
  healthSettings { version goodAtLeast weights { signal weight } } userErrors { code field } } }`;
const DEFAULT_INPUT = {
  weights: { usage: 30, surveys: 25, sla: 10, optionAdoption: 10, openIssues: 10, renewal: 15 },
  goodAtLeast: 70,
  watchAtLeast: 40,
  touchModel: {
    highTouchRevenueYen: 1_000_000_000,
    engagedHighTouchRevenueYen: 300_000_000,
    techTouchRevenueBelowYen: 100_000_000,
    techTouchCurrentRatioBelow: 1,
  },
};

describe('health settings', () => {
  it('are edited by admins only, validated, versioned and audited; every score follows', async () => {
    await at('2034-03-01T10:00:00+09:00');
    const before = (await gql(SETTINGS)).healthSettings;
    expect(before.weights.map((w: LooseData) => w.weight)).toEqual(
      Object.values(DEFAULT_HEALTH_SETTINGS.weights),
    );
    const version = before.version as number;

    const forbidden = await server.gql(
      UPDATE_SETTINGS,
      { input: { ...DEFAULT_INPUT, version } },
      { token: operator },
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const refused = await gql(
      UPDATE_SETTINGS,
      {
        input: {
          ...DEFAULT_INPUT,
          version,
          watchAtLeast: 80,
          touchModel: { ...DEFAULT_INPUT.touchModel, techTouchRevenueBelowYen: -1 },
        },
      },
      admin,
    );
    expect(refused.updateHealthSettings.userErrors).toEqual([
      { code: 'OUT_OF_RANGE', field: 'watchAtLeast' },
      { code: 'OUT_OF_RANGE', field: 'touchModel.techTouchRevenueBelowYen' },
    ]);

    const d = await createTrialCustomer(server);
    await nearMiss(d.id);
    await pass();
    expect((await healthOf(d.id)).health).toMatchObject({ score: 75, band: 'GOOD' });

    try {
      const saved = await gql(
        UPDATE_SETTINGS,
        { input: { ...DEFAULT_INPUT, version, goodAtLeast: 80 } },
        admin,
      );
      expect(saved.updateHealthSettings).toMatchObject({
        healthSettings: { version: version + 1, goodAtLeast: 80 },
        userErrors: [],
      });
      const stale = await gql(UPDATE_SETTINGS, { input: { ...DEFAULT_INPUT, version } }, admin);
      expect(stale.updateHealthSettings.userErrors).toEqual([
        { code: 'STALE_VERSION', field: 'version' },
      ]);
      const [audit] = await server.db.dataSource.query(
        `SELECT before -> 'health' ->> 'goodAtLeast' AS before, after -> 'health' ->> 'goodAtLeast' AS after
           FROM audit_event WHERE action = 'healthSettings.updated' ORDER BY id DESC LIMIT 1`,
      );
      expect(audit).toEqual({ before: '70', after: '80' });

      // Every score is due again: 75 is WATCH under the new threshold.
      await pass();
      expect((await healthOf(d.id)).health).toMatchObject({ score: 75, band: 'WATCH' });
    } finally {
      const current = (await gql(SETTINGS)).healthSettings.version;
      await gql(UPDATE_SETTINGS, { input: { ...DEFAULT_INPUT, version: current } }, admin);
    }
  });
});

describe('customers by health', () => {
  const LIST = `query ($filter: CustomerFilter, $orderBy: CustomerOrder, $first: Int, $after: String) {
    customers(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      edges { node { name health { score band } } } pageInfo { hasNextPage endCursor } } }`;

  it('filters by band and orders by score, keyset-paginated, unscored last', async () => {
    await at('2031-06-01T10:00:00+09:00');
    const make = async (name: string, issues: number) => {
      const c = await createTrialCustomer(server, { name });
      for (let i = 0; i < issues; i++) await nearMiss(c.id);
    };
    await make('株式会社順序ヘルス良好', 0); // 100 GOOD
    await make('株式会社順序ヘルス要観察', 2); // 50 WATCH
    await make('株式会社順序ヘルス危険', 4); // 0 AT_RISK
    await gql(
      `mutation ($input: CreateLeadInput!) { createLead(input: $input) { customer { id } } }`,
      {
        input: {
          name: '株式会社順序ヘルス見込み',
          contact: { familyName: '鈴木', email: 'suzuki@lead.example.co.jp' },
        },
      },
    );
    await pass();
    const names = (data: LooseData) =>
      data.customers.edges.map((e: LooseData) => [
        e.node.name.replace('株式会社順序ヘルス', ''),
        e.node.health?.score ?? null,
      ]);
    const search = '順序ヘルス';

    const first = await gql(LIST, {
      filter: { search },
      orderBy: { field: 'HEALTH_SCORE', direction: 'ASC' },
      first: 2,
    });
    expect(names(first)).toEqual([
      ['危険', 0],
      ['要観察', 50],
    ]);
    const rest = await gql(LIST, {
      filter: { search },
      orderBy: { field: 'HEALTH_SCORE', direction: 'ASC' },
      first: 5,
      after: first.customers.pageInfo.endCursor,
    });
    expect(names(rest)).toEqual([
      ['良好', 100],
      ['見込み', null],
    ]);

    const bands = await gql(LIST, {
      filter: { search, healthBands: ['AT_RISK', 'WATCH'] },
      orderBy: { field: 'HEALTH_SCORE', direction: 'DESC' },
    });
    expect(names(bands)).toEqual([
      ['要観察', 50],
      ['危険', 0],
    ]);
  });
});

describe('statement counts', () => {
  const PAGE = `query ($first: Int!) { customers(first: $first) { edges { node {
    id health { score band components { key contribution explanation } } healthHistory { month score }
    companyNps { score } touchModel touchModelAssessment { derived reason override { reason } } } } } }`;

  it('resolves health, history and touch model for 50 customers in as many statements as for 10', async () => {
    await at('2035-01-10T10:00:00+09:00');
    await seedCustomers(server.db.dataSource, { count: 60, seed: 16, now: clock.now() });
    await pass();
    const count = async (first: number) => {
      const res = await server.gql(PAGE, { first }, { token: operator });
      expect(res.errors).toBeUndefined();
      expect(res.data?.customers.edges).toHaveLength(first);
      return Number(res.headers.get('x-sql-statements'));
    };
    await count(10); // the shared catalog's first read, if any
    const ten = await count(10);
    const fifty = await count(50);
    expect(fifty).toBe(ten);
    // auth + page + stored scores + history + overrides + settings
    expect(fifty).toBe(6);
  });
});
