import { randomUUID } from 'node:crypto';
import { corporateNumber } from './helpers/factories';
import { startTestServer, type LooseData, type TestServer } from './helpers/test-server';

/**
 * A hand-built history (Tokyo times), compared with figures computed by hand. Fees: BASIC 990,
 * STANDARD 1,490, PREMIUM 1,980, SSO_SAML 800, PRIORITY_SUPPORT 1,000 (税抜).
 *
 *   A  ACTIVE 2025-10-01 STANDARD+SSO_SAML → CHURNED 2026-02-10 10:00, PRICE (note with a name and a phone)
 *   B  ACTIVE 2025-11-01 BASIC             → CHURNED 2026-03-31 23:30, LOW_ADOPTION (still March in Tokyo)
 *   C  ACTIVE 2025-12-01 PREMIUM+PRIORITY  → CHURNED 2026-04-01 00:30, PRICE (already April in Tokyo)
 *   D  ACTIVE 2025-09-01 STANDARD          → CHURNED 2026-01-20, MOVED_TO_COMPETITOR (reason only on
 *      the applied cancellation) → reactivated 2026-03-01
 *   E  TRIAL 2026-01-05 → expired (LEAD) 2026-02-05: not churn
 *   F  ACTIVE 2025-08-01 BASIC, stays
 *   G  ACTIVE 2026-02-01 10:00 STANDARD, stays
 *   H  ACTIVE 2025-06-01 BASIC → CHURNED 2025-12-15: before the period
 *
 * Period 2026-01-01 … 2026-06-30. Active at 01-01: A B C D F = 5 (STANDARD 2, BASIC 2,
 * PREMIUM 1). Churns: D ¥1,490, A ¥2,290, B ¥990, C ¥2,980 = 4, ¥7,750.
 */
let server: TestServer;
let analyst: string;
let operator: string;

const jst = (local: string) => new Date(`${local}+09:00`);
const PERIOD = { from: '2026-01-01', to: '2026-06-30' };
const A_NOTE = '担当の鈴木さんから 090-1234-5678 に連絡あり、価格が合わない';

type Step =
  | { at: string; from: string | null; to: string; note: string }
  | {
      at: string;
      sub: string;
      before: string | null;
      after: string;
      plan: string;
      options?: string[];
    };

async function customer(
  name: string,
  steps: Step[],
  sub?: { plan: string; status: string; reason?: string; note?: string; cancelledAt?: string },
) {
  const db = server.db.dataSource;
  const id = randomUUID();
  await db.query(
    `INSERT INTO customer (id, name, corporate_number, stage, created_at) VALUES ($1, $2, $3, 'LEAD', $4)`,
    [id, name, corporateNumber(), jst('2025-01-01T00:00:00')],
  );
  const subId = randomUUID();
  if (sub)
    await db.query(
      `INSERT INTO subscription (id, customer_id, plan_id, status, cancelled_at, churn_reason, churn_note)
       SELECT $1, $2, id, $4, $5, $6, $7 FROM plan WHERE code = $3`,
      [
        subId,
        id,
        sub.plan,
        sub.status,
        sub.cancelledAt ? jst(sub.cancelledAt) : null,
        sub.reason ?? null,
        sub.note ?? null,
      ],
    );
  for (const s of steps) {
    if ('note' in s) {
      await db.query(
        `INSERT INTO customer_stage_change (customer_id, from_stage, to_stage, changed_at, note) VALUES ($1, $2, $3, $4, $5)`,
        [id, s.from, s.to, jst(s.at), s.note],
      );
      await db.query(`UPDATE customer SET stage = $2 WHERE id = $1`, [id, s.to]);
    } else {
      const options = s.options ?? [];
      await db.query(
        `INSERT INTO subscription_history (subscription_id, changed_at, change_kind, status_before, status_after,
           plan_code_before, plan_code_after, option_codes_before, option_codes_after)
         VALUES ($1, $2, $3, $4, $5, $6, $6, $7, $7)`,
        [subId, jst(s.at), s.sub, s.before, s.after, s.plan, options],
      );
    }
  }
  return id;
}

const convert = (at: string, plan: string, options?: string[]): Step[] => [
  { at, from: 'TRIAL', to: 'ACTIVE', note: 'CONVERSION' },
  { at, sub: 'CONVERSION', before: 'TRIAL', after: 'ACTIVE', plan, options },
];
const cancel = (at: string, plan: string, options?: string[]): Step[] => [
  { at, from: 'ACTIVE', to: 'CHURNED', note: 'CANCELLATION' },
  { at, sub: 'CANCELLATION', before: 'ACTIVE', after: 'CANCELLED', plan, options },
];

beforeAll(async () => {
  server = await startTestServer();
  analyst = await server.loginAs('analyst@kizuna.example');
  operator = await server.loginAs('operator1@kizuna.example');
  const at = (d: string) => `${d}T00:00:00`;

  await customer(
    'A',
    [
      ...convert(at('2025-10-01'), 'STANDARD', ['SSO_SAML']),
      ...cancel('2026-02-10T10:00:00', 'STANDARD', ['SSO_SAML']),
    ],
    {
      plan: 'STANDARD',
      status: 'CANCELLED',
      reason: 'PRICE',
      note: A_NOTE,
      cancelledAt: at('2026-02-10'),
    },
  );
  await customer(
    'B',
    [...convert(at('2025-11-01'), 'BASIC'), ...cancel('2026-03-31T23:30:00', 'BASIC')],
    { plan: 'BASIC', status: 'CANCELLED', reason: 'LOW_ADOPTION', cancelledAt: at('2026-03-31') },
  );
  await customer(
    'C',
    [
      ...convert(at('2025-12-01'), 'PREMIUM', ['PRIORITY_SUPPORT']),
      ...cancel('2026-04-01T00:30:00', 'PREMIUM', ['PRIORITY_SUPPORT']),
    ],
    { plan: 'PREMIUM', status: 'CANCELLED', reason: 'PRICE', cancelledAt: at('2026-04-01') },
  );
  const d = await customer(
    'D',
    [
      ...convert(at('2025-09-01'), 'STANDARD'),
      ...cancel('2026-01-20T00:00:00', 'STANDARD'),
      { at: at('2026-03-01'), from: 'CHURNED', to: 'ACTIVE', note: 'REACTIVATION' },
      {
        at: at('2026-03-01'),
        sub: 'REACTIVATION',
        before: 'CANCELLED',
        after: 'ACTIVE',
        plan: 'STANDARD',
      },
    ],
    { plan: 'STANDARD', status: 'ACTIVE' },
  );
  await server.db.dataSource.query(
    `INSERT INTO provisioning_request (kind, status, customer_id, maker_id, effective_date, churn_reason, churn_note, preview)
     SELECT 'CANCELLATION', 'APPLIED', $1, id, '2026-01-20', 'MOVED_TO_COMPETITOR', '他社製品へ移行', '{}'
       FROM staff_user WHERE email = 'operator1@kizuna.example'`,
    [d],
  );
  await customer('E', [
    { at: at('2026-01-05'), from: 'LEAD', to: 'TRIAL', note: 'TRIAL_STARTED' },
    { at: at('2026-02-05'), from: 'TRIAL', to: 'LEAD', note: 'TRIAL_EXPIRED' },
  ]);
  await customer('F', convert(at('2025-08-01'), 'BASIC'), { plan: 'BASIC', status: 'ACTIVE' });
  await customer('G', convert('2026-02-01T10:00:00', 'STANDARD'), {
    plan: 'STANDARD',
    status: 'ACTIVE',
  });
  await customer(
    'H',
    [...convert(at('2025-06-01'), 'BASIC'), ...cancel(at('2025-12-15'), 'BASIC')],
    {
      plan: 'BASIC',
      status: 'CANCELLED',
      reason: 'PRICE',
      cancelledAt: at('2025-12-15'),
    },
  );
});

afterAll(() => server?.close());

const REPORT = `query ($groupBy: ChurnGroupBy!, $filter: ChurnReportFilter, $group: String) {
  churnReport(groupBy: $groupBy, filter: $filter) {
    totalCustomersLost totalMrrLost logoChurnRate activeAtStart smallSample
    groups { key label customersLost mrrLost share logoChurnRate activeAtStart smallSample periodStart }
    notes(group: $group, first: 10) { totalCount edges { node { customerName reason planCode note maskedPersonalData } } }
  } }`;

async function report(
  groupBy: string,
  options: { group?: string; token?: string; filter?: object } = {},
) {
  const res = await server.gql(
    REPORT,
    { groupBy, filter: options.filter ?? PERIOD, group: options.group },
    { token: options.token ?? analyst },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.churnReport as LooseData;
}

const row = (r: LooseData, key: string) =>
  (r.groups as LooseData[]).find((g) => g.key === key) as LooseData;

it('counts every churn of the period once, expired trials and earlier churns excluded', async () => {
  const r = await report('REASON');
  expect(r).toMatchObject({ totalCustomersLost: 4, totalMrrLost: 7750, logoChurnRate: 0.8 });
  // 4 of 5: a rate over so few customers is flagged as indicative.
  expect(r).toMatchObject({ activeAtStart: 5, smallSample: true });
});

it.each([
  // key, lost, MRR, share, rate (÷ 5 active at 2026-01-01)
  ['PRICE', 2, 2290 + 2980, 0.5, 0.4],
  ['LOW_ADOPTION', 1, 990, 0.25, 0.2],
  ['MOVED_TO_COMPETITOR', 1, 1490, 0.25, 0.2],
  ['OTHER', 0, 0, 0, 0],
])('by reason: %s', async (key, lost, mrr, share, rate) => {
  expect(row(await report('REASON'), key)).toMatchObject({
    customersLost: lost,
    mrrLost: mrr,
    share,
    logoChurnRate: rate,
    periodStart: '2026-01-01',
  });
});

it.each([
  // a plan's rate is over the customers on it at 2026-01-01: STANDARD 2, BASIC 2, PREMIUM 1
  ['STANDARD', 2, 1490 + 2290, 0.5, 1],
  ['BASIC', 1, 990, 0.25, 0.5],
  ['PREMIUM', 1, 2980, 0.25, 1],
])('by plan: %s', async (key, lost, mrr, share, rate) => {
  expect(row(await report('PLAN'), key)).toMatchObject({
    customersLost: lost,
    mrrLost: mrr,
    share,
    logoChurnRate: rate,
    activeAtStart: Math.round(lost / rate),
    smallSample: true,
  });
});

it.each([
  // active at 02-01: A B C F (D churned, G converts at 10:00) = 4; at 04-01 00:00: C D F G = 4
  ['MONTH', '2026-01', 1, 1490, 0.2],
  ['MONTH', '2026-02', 1, 2290, 0.25],
  ['MONTH', '2026-03', 1, 990, 0.25],
  ['MONTH', '2026-04', 1, 2980, 0.25],
  ['MONTH', '2026-06', 0, 0, 0],
  ['QUARTER', 'FY2025-Q4', 3, 1490 + 2290 + 990, 0.6],
  ['QUARTER', 'FY2026-Q1', 1, 2980, 0.25],
  ['FISCAL_YEAR', 'FY2025', 3, 4770, 0.6],
  ['FISCAL_YEAR', 'FY2026', 1, 2980, 0.25],
])('by %s: %s', async (groupBy, key, lost, mrr, rate) => {
  const g = row(await report(groupBy), key);
  expect(g).toMatchObject({ customersLost: lost, mrrLost: mrr });
  if (rate !== null) expect(g.logoChurnRate).toBe(rate);
});

const BY_REASON = `query ($groupBy: ChurnGroupBy!, $filter: ChurnReportFilter) {
  churnReport(groupBy: $groupBy, filter: $filter) {
    groups { key customersLost byReason { reason label customersLost mrrLost } }
  } }`;

/** A group's non-zero reasons as { reason: [lost, MRR] }, after checking every reason is listed. */
async function byReason(groupBy: string, key: string, headers?: Record<string, string>) {
  const res = await server.gql(BY_REASON, { groupBy, filter: PERIOD }, { token: analyst, headers });
  expect(res.errors).toBeUndefined();
  const reasons = row(res.data!.churnReport as LooseData, key).byReason as LooseData[];
  return reasons;
}
const nonZero = (reasons: LooseData[]) =>
  Object.fromEntries(
    reasons.filter((r) => r.customersLost > 0).map((r) => [r.reason, [r.customersLost, r.mrrLost]]),
  );

it.each([
  // Hand-computed from the history above: D MOVED_TO_COMPETITOR ¥1,490 (01), A PRICE ¥2,290
  // (02), B LOW_ADOPTION ¥990 (03, 23:30 Tokyo), C PRICE ¥2,980 (04, 00:30 Tokyo).
  ['MONTH', '2026-01', { MOVED_TO_COMPETITOR: [1, 1490] }],
  ['MONTH', '2026-02', { PRICE: [1, 2290] }],
  ['MONTH', '2026-03', { LOW_ADOPTION: [1, 990] }],
  ['MONTH', '2026-04', { PRICE: [1, 2980] }],
  ['MONTH', '2026-05', {}],
  [
    'QUARTER',
    'FY2025-Q4',
    { LOW_ADOPTION: [1, 990], PRICE: [1, 2290], MOVED_TO_COMPETITOR: [1, 1490] },
  ],
  ['QUARTER', 'FY2026-Q1', { PRICE: [1, 2980] }],
  [
    'FISCAL_YEAR',
    'FY2025',
    { LOW_ADOPTION: [1, 990], PRICE: [1, 2290], MOVED_TO_COMPETITOR: [1, 1490] },
  ],
  ['PLAN', 'STANDARD', { PRICE: [1, 2290], MOVED_TO_COMPETITOR: [1, 1490] }],
])('breaks %s %s down per reason', async (groupBy, key, expected) => {
  const reasons = await byReason(groupBy, key);
  // Every reason, in the taxonomy order, so that a stacked chart's series line up.
  expect(reasons.map((r) => r.reason)).toEqual([
    'LOW_ADOPTION',
    'DISSATISFIED_WITH_VENDOR',
    'PRIORITIES_SHIFTED',
    'PRICE',
    'MOVED_TO_COMPETITOR',
    'MOVED_IN_HOUSE',
    'OTHER',
  ]);
  expect(nonZero(reasons)).toEqual(expected);
});

it('labels the reasons in the caller’s language and leaves reason groups without a breakdown', async () => {
  const ja = await byReason('MONTH', '2026-02');
  expect(ja.find((r) => r.reason === 'PRICE')?.label).toBe('価格');
  const en = await byReason('MONTH', '2026-02', { 'accept-language': 'en' });
  expect(en.find((r) => r.reason === 'PRICE')?.label).toBe('Price');
  expect(await byReason('REASON', 'PRICE')).toEqual([]);
});

it('computes the breakdown in the same statements as the groups', async () => {
  const statements = async (query: string) => {
    const res = await server.gql(query, { groupBy: 'MONTH', filter: PERIOD }, { token: analyst });
    expect(res.errors).toBeUndefined();
    return Number(res.headers.get('x-sql-statements'));
  };
  const without = `query ($groupBy: ChurnGroupBy!, $filter: ChurnReportFilter) {
    churnReport(groupBy: $groupBy, filter: $filter) { groups { key customersLost } } }`;
  await statements(without); // the first read of the shared catalog, if any
  const plain = await statements(without);
  // auth + churn counts + active counts, whatever the number of groups and reasons
  expect(plain).toBe(3);
  expect(await statements(BY_REASON)).toBe(plain);
});

it('narrows to plans, with rates over the customers on them', async () => {
  const r = await report('REASON', { filter: { ...PERIOD, planCodes: ['BASIC'] } });
  expect(r).toMatchObject({ totalCustomersLost: 1, totalMrrLost: 990, logoChurnRate: 0.5 });
});

it('gives analysts the notes of a group masked, and operators in clear', async () => {
  const masked = await report('REASON', { group: 'PRICE' });
  expect(masked.notes.totalCount).toBe(1);
  const note = masked.notes.edges[0].node;
  expect(note).toMatchObject({ customerName: 'A', reason: 'PRICE', planCode: 'STANDARD' });
  expect(note.note).not.toMatch(/鈴木|090/);
  expect(note.note).toContain('価格が合わない');
  expect(note.maskedPersonalData).toEqual(expect.arrayContaining(['PHONE', 'NAME']));

  const clear = await report('REASON', { group: 'PRICE', token: operator });
  expect(clear.notes.edges[0].node.note).toBe(A_NOTE);
});

it('finds the reason of a reactivated customer’s churn on its applied cancellation', async () => {
  const r = await report('MONTH', { group: '2026-01' });
  expect(r.notes.edges.map((e: LooseData) => e.node)).toEqual([
    expect.objectContaining({
      customerName: 'D',
      reason: 'MOVED_TO_COMPETITOR',
      note: '他社製品へ移行',
    }),
  ]);
});

it('refuses a group key that is not one of the report', async () => {
  const res = await server.gql(
    REPORT,
    { groupBy: 'QUARTER', filter: PERIOD, group: '2026-01' },
    { token: analyst },
  );
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});
