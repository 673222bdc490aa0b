import { ManualClock } from '@kizuna/domain';
import { seedDemoProvisioning } from '../src/features/demo/demo-provisioning';
import { DEFAULT_DEMO_SEED, seedCustomers } from '../src/features/demo/demo-seed';
import { seedDemoUsage } from '../src/features/demo/demo-usage';
import { startTestServer, type LooseData, type TestServer } from './helpers/test-server';

/** The demo's usage and SLA history (demo-usage.ts, demo-sla.ts) on the demo's customers. */
const clock = new ManualClock('2026-06-15T12:00:00+09:00');
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ clock });
  await seedCustomers(server.db.dataSource, { count: 3000, now: clock.now() });
  await seedDemoProvisioning(server.db.dataSource, clock);
  await seedDemoUsage(server.db.dataSource, clock, DEFAULT_DEMO_SEED);
}, 240_000);
afterAll(() => server.close());

const rows = <T = LooseData>(sql: string, params: unknown[] = []): Promise<T[]> =>
  server.db.dataSource.query(sql, params);
const one = async <T = LooseData>(sql: string, params: unknown[] = []) =>
  (await rows<T>(sql, params))[0]!;

describe('demo usage', () => {
  it('covers every ACTIVE and TRIAL customer from its trial (13 months at most) to yesterday, and no one else', async () => {
    const span = await one(
      `SELECT min(usage_date)::text AS first, max(usage_date)::text AS last,
              count(DISTINCT customer_id)::int AS customers, count(*)::int AS days FROM daily_usage`,
    );
    expect(span).toMatchObject({ first: '2025-06-01', last: '2026-06-14' });
    // Half a million customer-days at most: the demo seeds in seconds.
    expect(span.days).toBeGreaterThan(200_000);
    expect(span.days).toBeLessThan(700_000);
    // A trial that started today has no day to report yet.
    const expected = await one(
      `SELECT count(*)::int AS n FROM customer
        WHERE stage IN ('ACTIVE', 'TRIAL') AND trial_started_at < '2026-06-15T00:00:00+09:00'`,
    );
    expect(span.customers).toBe(expected.n);
    const outsiders = await one(
      `SELECT count(*)::int AS n FROM daily_usage d JOIN customer c ON c.id = d.customer_id
        WHERE c.stage NOT IN ('ACTIVE', 'TRIAL')
           OR d.usage_date < (c.trial_started_at AT TIME ZONE 'Asia/Tokyo')::date`,
    );
    expect(outsiders.n).toBe(0);
  });

  it('keeps the monthly sums equal to the days, as every writer does', async () => {
    const drift = await one(
      `SELECT count(*)::int AS n FROM usage_month m FULL JOIN (
         SELECT customer_id, date_trunc('month', usage_date)::date AS month, count(*) AS days,
                sum(active_users) AS s, max(active_users) AS peak, sum(storage_gb) AS gb
           FROM daily_usage GROUP BY 1, 2) d USING (customer_id, month)
        WHERE m.days IS DISTINCT FROM d.days OR m.active_users_sum IS DISTINCT FROM d.s
           OR m.active_users_peak IS DISTINCT FROM d.peak OR m.storage_gb_sum IS DISTINCT FROM d.gb`,
    );
    expect(drift.n).toBe(0);
  });

  it('is quiet on weekends and holidays, and has customers whose use falls away', async () => {
    const week = await one(
      `SELECT avg(active_users) FILTER (WHERE extract(isodow FROM usage_date) < 6)::float8 AS weekday,
              avg(active_users) FILTER (WHERE extract(isodow FROM usage_date) >= 6)::float8 AS weekend,
              avg(active_users) FILTER (WHERE to_char(usage_date, 'MM-DD') = '01-02')::float8 AS new_year
         FROM daily_usage`,
    );
    expect(week.weekend).toBeLessThan(week.weekday * 0.3);
    expect(week.new_year).toBeLessThan(week.weekday * 0.2);
    // Last month against the same customers five months earlier.
    const falling = await one(
      `SELECT count(*)::int AS n FROM (
         SELECT customer_id,
                avg(active_users) FILTER (WHERE usage_date >= '2026-05-15') AS recent,
                avg(active_users) FILTER (WHERE usage_date BETWEEN '2025-12-01' AND '2025-12-28') AS before
           FROM daily_usage GROUP BY customer_id) t
        WHERE recent < before * 0.5`,
    );
    expect(falling.n).toBeGreaterThan(20);
    const customers = await one(`SELECT count(DISTINCT customer_id)::int AS n FROM daily_usage`);
    expect(falling.n).toBeLessThan(customers.n * 0.15);
  });

  it('reports through the API: stickiness well below 1, low for some customers', async () => {
    const analyst = await server.loginAs('analyst@kizuna.example');
    const res = await server.gql(
      `{ usageReport(groupBy: CUSTOMER, filter: { from: "2026-03-01", to: "2026-05-31" }) {
           groups { key dau mau stickiness storageGb } } }`,
      {},
      { token: analyst },
    );
    expect(res.errors).toBeUndefined();
    const groups: { stickiness: number | null; storageGb: number }[] = res.data!.usageReport.groups;
    const sticky = groups.map((g) => g.stickiness).filter((s): s is number => s !== null);
    expect(sticky.length).toBeGreaterThan(1000);
    expect(sticky.every((s) => s >= 0 && s <= 1)).toBe(true);
    // Month-end users (PERIODIC) read as low DAU/MAU, daily users as high.
    expect(sticky.filter((s) => s < 0.35).length).toBeGreaterThan(20);
    expect(sticky.filter((s) => s > 0.55).length).toBeGreaterThan(groups.length / 3);
    expect(groups.every((g) => g.storageGb > 0)).toBe(true);
  });
});

describe('demo SLA', () => {
  const REPORT = `query ($month: String!) { slaReport(month: $month) { plans {
    planCode targetPercent measuredPercent breached creditPercent customersAffected creditTotalYen
    creditRequestsOpen incidentNote } } }`;

  it('records the twelve months that ended for every plan, one of them below target', async () => {
    const recorded = await rows(
      `SELECT to_char(month, 'YYYY-MM') AS month, plan_code, availability_percent::float8 AS percent,
              target_percent::float8 AS target
         FROM sla_availability ORDER BY month, plan_code`,
    );
    expect(recorded).toHaveLength(12 * 3);
    expect(recorded[0]!.month).toBe('2025-06');
    expect(recorded.at(-1)!.month).toBe('2026-05');
    const breached = recorded.filter((r) => r.percent < r.target);
    expect(breached.map((r) => [r.month, r.plan_code, r.percent])).toEqual([
      ['2026-03', 'PREMIUM', 98.874],
    ]);
  });

  it('has credited the breached month through blind checks, six credits still waiting', async () => {
    const analyst = await server.loginAs('analyst@kizuna.example');
    const res = await server.gql(REPORT, { month: '2026-03' }, { token: analyst });
    expect(res.errors).toBeUndefined();
    const plans: LooseData[] = res.data!.slaReport.plans;
    const premium = plans.find((p) => p.planCode === 'PREMIUM')!;
    // Below 99.0 %: the credit table's second step.
    expect(premium).toMatchObject({ breached: true, creditPercent: 25, creditRequestsOpen: 6 });
    expect(premium.customersAffected).toBeGreaterThan(300);
    // PREMIUM is at least 1,980 yen a month: a quarter of it is more than 400 yen a customer.
    expect(premium.creditTotalYen).toBeGreaterThan((premium.customersAffected - 6) * 400);
    expect(plans.filter((p) => p.breached)).toHaveLength(1);

    const statuses = await rows(
      `SELECT r.status, count(*)::int AS n
         FROM provisioning_request r JOIN service_credit_proposal p ON p.request_id = r.id
        GROUP BY 1 ORDER BY 1`,
    );
    expect(statuses).toEqual([
      { status: 'APPLIED', n: premium.customersAffected - 6 },
      { status: 'PENDING_CHECK', n: 6 },
    ]);
    // One amount was mistyped: returned with a near-miss, resubmitted, then checked again.
    const nearMisses = await one(
      `SELECT count(*)::int AS n FROM near_miss n JOIN provisioning_request r ON r.id = n.request_id
        WHERE r.kind = 'SERVICE_CREDIT'`,
    );
    expect(nearMisses.n).toBe(1);
  });
});
