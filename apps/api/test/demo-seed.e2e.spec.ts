import {
  canTransitionStage,
  changeCompanyProfile,
  CHURN_REASONS,
  type CompanyProfile,
  ERASED_TEXT,
  type LifecycleStage,
  trialOptionCodes,
  validateChurnReason,
  validateOptionSetChange,
  isoDateJst,
  ManualClock,
} from '@kizuna/domain';
import { loadCatalog } from '../src/features/provisioning/subscription-state';
import { seedCustomers } from '../src/features/demo/demo-seed';
import { seedSurveyResponses } from '../src/features/demo/demo-surveys';
import { seedDemoTasks } from '../src/features/demo/demo-tasks';
import { startTestServer, type TestServer } from './helpers/test-server';

let server: TestServer;
const now = new Date('2026-06-15T03:00:00Z');
beforeAll(async () => {
  server = await startTestServer();
  await seedCustomers(server.db.dataSource, { count: 2000, seed: 11, now });
});
afterAll(() => server.close());

const count = async (sql: string, params: unknown[] = []) => {
  const [row]: { n: number }[] = await server.db.dataSource.query(
    `SELECT count(*)::int AS n FROM (${sql}) t`,
    params,
  );
  return row!.n;
};

describe('demo customers', () => {
  it('cover every stage', async () => {
    const stages: { stage: string }[] = await server.db.dataSource.query(
      `SELECT DISTINCT stage FROM customer ORDER BY stage`,
    );
    expect(stages.map((s) => s.stage)).toEqual(['ACTIVE', 'CHURNED', 'ERASED', 'LEAD', 'TRIAL']);
  });

  it('have timelines that lie in the past and follow the lifecycle in order', async () => {
    // Nothing happens after the moment the data was made for.
    expect(await count(`SELECT 1 FROM customer_stage_change WHERE changed_at > $1`, [now])).toBe(0);
    expect(await count(`SELECT 1 FROM subscription WHERE started_at > $1`, [now])).toBe(0);
    expect(await count(`SELECT 1 FROM subscription WHERE cancelled_at > $1`, [now])).toBe(0);
    // Each step starts where the one before ended, later, along an allowed transition
    // (LEAD → TRIAL → ACTIVE → CHURNED → ERASED, or a trial expiring back to LEAD).
    const steps: {
      from: LifecycleStage;
      to: LifecycleStage;
      prev: string | null;
      late: boolean;
    }[] = await server.db.dataSource.query(
      `SELECT from_stage AS "from", to_stage AS "to", prev_to AS prev, changed_at < prev_at AS late
           FROM (SELECT from_stage, to_stage, changed_at,
                        lag(to_stage) OVER w AS prev_to, lag(changed_at) OVER w AS prev_at
                   FROM customer_stage_change WINDOW w AS (PARTITION BY customer_id ORDER BY id)) t
          WHERE prev_to IS NOT NULL`,
    );
    const broken = steps.filter(
      (s) => s.from !== s.prev || s.late || !canTransitionStage(s.from, s.to),
    );
    expect(broken).toEqual([]);
    expect(steps.some((s) => s.from === 'TRIAL' && s.to === 'LEAD')).toBe(true);
    // The timeline starts at registration, and a trial never before it.
    expect(
      await count(`SELECT 1 FROM customer_stage_change s JOIN customer c ON c.id = s.customer_id
                  WHERE s.changed_at < c.created_at`),
    ).toBe(0);
    expect(await count(`SELECT 1 FROM customer WHERE trial_started_at < created_at`)).toBe(0);
    // A paid subscription is cancelled after it started; each customer's stage is its last step
    // (a trial may start the moment the customer registers: same time, recorded in order).
    expect(await count(`SELECT 1 FROM subscription WHERE cancelled_at <= started_at`)).toBe(0);
    expect(
      await count(`SELECT 1 FROM customer c
                  WHERE c.stage <> (SELECT s.to_stage FROM customer_stage_change s
                                     WHERE s.customer_id = c.id
                                     ORDER BY s.changed_at DESC, s.id DESC LIMIT 1)`),
    ).toBe(0);
  });

  it('hold only contracts that the domain rules accept', async () => {
    const catalog = await loadCatalog(server.db.dataSource);
    const subscriptions: { status: string; codes: string[] }[] = await server.db.dataSource.query(
      `SELECT s.status, coalesce(array_agg(o.code ORDER BY o.code) FILTER (WHERE o.code IS NOT NULL), '{}') AS codes
         FROM subscription s
         LEFT JOIN subscription_option so ON so.subscription_id = s.id
         LEFT JOIN catalog_option o ON o.id = so.option_id
        GROUP BY s.id, s.status`,
    );
    expect(subscriptions.length).toBeGreaterThan(1000);
    const trialSet = trialOptionCodes(catalog.options);
    const refused = subscriptions.flatMap((s) => {
      // A trial holds exactly the trial set; a paid or cancelled contract passes a maker's rules.
      if (s.status === 'TRIAL')
        return JSON.stringify(s.codes) === JSON.stringify(trialSet) ? [] : [s];
      return validateOptionSetChange(null, s.codes, catalog.options).length > 0 ? [s] : [];
    });
    expect(refused).toEqual([]);
    // Both exclusive storage tiers and MFA sets really occur, so the check above has teeth.
    expect(subscriptions.some((s) => s.codes.some((c) => c.startsWith('STORAGE_')))).toBe(true);
    expect(subscriptions.some((s) => s.codes.includes('MFA_PIN'))).toBe(true);
  });

  it('have company profiles the domain accepts, some not known', async () => {
    const profiles: CompanyProfile[] = await server.db.dataSource.query(
      `SELECT name, name_kana AS "nameKana", corporate_number AS "corporateNumber",
              annual_revenue_yen::float8 AS "annualRevenueYen", current_ratio::float8 AS "currentRatio",
              employee_count AS "employeeCount", industry, engagement
         FROM customer`,
    );
    // Every profile is one a member of staff could have typed: re-entering it changes nothing.
    const refused = profiles.filter((p) => {
      const change = changeCompanyProfile(p, {
        annualRevenueYen: p.annualRevenueYen,
        currentRatio: p.currentRatio,
        employeeCount: p.employeeCount,
      });
      return !change.ok || change.value.changedFields.length > 0;
    });
    expect(refused).toEqual([]);
    const unknown = profiles.filter(
      (p) => p.annualRevenueYen === null && p.industry === null && p.engagement === null,
    );
    expect(unknown.length).toBeGreaterThan(profiles.length * 0.05);
    expect(unknown.length).toBeLessThan(profiles.length * 0.2);
    // Partly known ones too: the touch model's reason then says what was not known.
    expect(profiles.some((p) => p.annualRevenueYen === null && p.industry !== null)).toBe(true);
    expect(profiles.some((p) => p.annualRevenueYen !== null && p.currentRatio === null)).toBe(true);
    expect(new Set(profiles.map((p) => p.industry)).size).toBeGreaterThan(6);
    expect(new Set(profiles.map((p) => p.engagement))).toEqual(
      new Set(['HIGH', 'MEDIUM', 'LOW', null]),
    );
  });

  it('give contacts roles, mostly the administrator who signed up, some not known', async () => {
    const roles: { role: string | null; n: number }[] = await server.db.dataSource.query(
      `SELECT role, count(*)::int AS n FROM customer_contact GROUP BY role ORDER BY n DESC`,
    );
    expect(roles[0]!.role).toBe('ADMINISTRATOR');
    expect(new Set(roles.map((r) => r.role))).toEqual(
      new Set(['ADMINISTRATOR', 'DECISION_MAKER', 'BUSINESS_OWNER', 'BILLING', null]),
    );
  });

  it('split into all three touch models: a few high touch, many low and tech touch', async () => {
    const res = await server.gql(
      `{ customerHealthSummary { touchModels { touchModel customers overridden } } }`,
      {},
      { token: await server.loginAs('analyst@kizuna.example') },
    );
    expect(res.errors).toBeUndefined();
    const split: { touchModel: string; customers: number; overridden: number }[] =
      res.data!.customerHealthSummary.touchModels;
    const of = (model: string) => split.find((s) => s.touchModel === model)!.customers;
    const total = split.reduce((sum, s) => sum + s.customers, 0);
    expect(total).toBe(await count(`SELECT 1 FROM customer WHERE stage IN ('TRIAL', 'ACTIVE')`));
    expect(split.every((s) => s.overridden === 0)).toBe(true);
    expect(of('HIGH_TOUCH')).toBeGreaterThan(total * 0.03);
    expect(of('HIGH_TOUCH')).toBeLessThan(total * 0.2);
    expect(of('LOW_TOUCH')).toBeGreaterThan(total * 0.3);
    expect(of('TECH_TOUCH')).toBeGreaterThan(total * 0.25);
  });

  it('give every churned customer a churn reason from the taxonomy', async () => {
    const churned: { churn_reason: string | null; churn_note: string | null }[] =
      await server.db.dataSource.query(
        `SELECT s.churn_reason, s.churn_note FROM customer c JOIN subscription s ON s.customer_id = c.id
          WHERE c.stage = 'CHURNED'`,
      );
    expect(churned.length).toBeGreaterThan(50);
    for (const c of churned) expect(validateChurnReason(c.churn_reason, c.churn_note)).toEqual([]);
    expect(new Set(churned.map((c) => c.churn_reason)).size).toBe(CHURN_REASONS.length);
  });

  it('churn in every month of the last year, without a pile-up on one day', async () => {
    const months: { month: string; n: number }[] = await server.db.dataSource.query(
      `SELECT to_char(changed_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM') AS month, count(*)::int AS n
         FROM customer_stage_change
        WHERE to_stage = 'CHURNED' AND changed_at >= '2025-06-01T00:00:00+09:00'
          AND changed_at < '2026-06-01T00:00:00+09:00'
        GROUP BY 1 ORDER BY 1`,
    );
    expect(months).toHaveLength(12);
    expect(Math.min(...months.map((m) => m.n))).toBeGreaterThanOrEqual(5);
    const [busiest]: { n: number }[] = await server.db.dataSource.query(
      `SELECT count(*)::int AS n FROM customer_stage_change WHERE to_stage = 'CHURNED'
        GROUP BY (changed_at AT TIME ZONE 'Asia/Tokyo')::date ORDER BY 1 DESC LIMIT 1`,
    );
    expect(busiest!.n).toBeLessThanOrEqual(5);
  });

  it('keep an erased customer’s cancelled subscription and reason, its note erased', async () => {
    const erased: { status: string; churn_reason: string | null; churn_note: string | null }[] =
      await server.db.dataSource.query(
        `SELECT s.status, s.churn_reason, s.churn_note FROM customer c
           JOIN subscription s ON s.customer_id = c.id WHERE c.stage = 'ERASED'`,
      );
    expect(erased.length).toBe(await count(`SELECT 1 FROM customer WHERE stage = 'ERASED'`));
    expect(erased.filter((s) => s.status !== 'CANCELLED' || !s.churn_reason)).toEqual([]);
    expect(erased.filter((s) => s.churn_note !== null && s.churn_note !== ERASED_TEXT)).toEqual([]);
    // Notes of churned customers name people and phones (fictional), for the masking to show.
    expect(
      await count(
        `SELECT 1 FROM subscription WHERE churn_note ~ '[0-9]{2,4}-[0-9]{4}-[0-9]{4}' AND status = 'CANCELLED'`,
      ),
    ).toBeGreaterThan(0);
  });

  it('have a fee history that ends in each subscription’s current contract and fee', async () => {
    // The row in force now: same status and plan as the subscription, and for an ACTIVE one
    // the fee of its plan and options at the catalog's prices.
    expect(
      await count(`SELECT 1 FROM subscription s
                    JOIN plan p ON p.id = s.plan_id
                    LEFT JOIN LATERAL (SELECT * FROM subscription_fee f WHERE f.subscription_id = s.id
                                        ORDER BY f.effective_from DESC, f.id DESC LIMIT 1) f ON true
                   WHERE f.id IS NULL OR f.status <> s.status OR f.plan_code <> p.code OR f.effective_to IS NOT NULL
                      OR f.monthly_fee_excl_tax <> CASE WHEN s.status = 'ACTIVE' THEN p.monthly_fee_yen
                           + (SELECT COALESCE(sum(o.monthly_fee_yen), 0)::int FROM subscription_option so
                               JOIN catalog_option o ON o.id = so.option_id WHERE so.subscription_id = s.id)
                         ELSE 0 END`),
    ).toBe(0);
    // Churned customers paid before they left, from their conversion to their churn day.
    expect(
      await count(`SELECT 1 FROM subscription s WHERE s.status = 'CANCELLED' AND NOT EXISTS (
                     SELECT 1 FROM subscription_fee f WHERE f.subscription_id = s.id AND f.status = 'ACTIVE'
                        AND f.monthly_fee_excl_tax > 0
                        AND f.effective_to = (s.cancelled_at AT TIME ZONE 'Asia/Tokyo')::date)`),
    ).toBe(0);
    expect(
      await count(
        `SELECT 1 FROM subscription WHERE contract_term = 'ANNUAL' AND status = 'ACTIVE'`,
      ),
    ).toBeGreaterThan(0);
  });
});

describe('demo tasks', () => {
  type Row = { kind: string; dueOn: string; assignee: string | null; active: boolean | null };
  let open: Row[];
  const today = isoDateJst(now);
  beforeAll(async () => {
    await seedSurveyResponses(server.db.dataSource, { count: 3000, seed: 11 });
    await seedDemoTasks(server.db.dataSource, new ManualClock(now));
    open = await server.db.dataSource.query(
      `SELECT t.kind, to_char(t.due_on, 'YYYY-MM-DD') AS "dueOn", s.email AS assignee, s.active
         FROM task t LEFT JOIN staff_user s ON s.id = t.assignee_id WHERE t.status = 'OPEN'`,
    );
  }, 60_000);

  it('give kickoffs of recent conversions and follow-ups of detractors, some overdue', async () => {
    for (const kind of ['KICKOFF', 'FOLLOW_UP']) {
      const ofKind = open.filter((t) => t.kind === kind);
      expect(ofKind.filter((t) => t.dueOn < today).length).toBeGreaterThan(0);
      expect(ofKind.filter((t) => t.dueOn >= today).length).toBeGreaterThan(0);
    }
    // Each kickoff comes from a conversion applied through the double check, in the past.
    expect(
      await count(
        `SELECT 1 FROM task t JOIN provisioning_request r ON r.id = t.source_id
                    WHERE t.kind = 'KICKOFF' AND r.kind = 'CONVERSION' AND r.status = 'APPLIED'
                      AND r.applied_at <= $1 AND r.checker_id IS NOT NULL AND r.checker_id <> r.maker_id`,
        [now],
      ),
    ).toBe(open.filter((t) => t.kind === 'KICKOFF').length);
    // Each follow-up answers an NPS detractor of the last 30 days.
    expect(
      await count(
        `SELECT 1 FROM task t JOIN survey_response r ON r.id = t.source_id
                    JOIN survey s ON s.id = r.survey_id
                   WHERE t.kind = 'FOLLOW_UP' AND s.kind = 'NPS' AND r.score <= 6
                     AND r.answered_at > $1::timestamptz - interval '30 days'`,
        [now],
      ),
    ).toBe(open.filter((t) => t.kind === 'FOLLOW_UP').length);
    // Still nothing after the moment the data was made for.
    expect(await count(`SELECT 1 FROM customer_stage_change WHERE changed_at > $1`, [now])).toBe(0);
  });

  it('are assigned to active demo staff, handed out by an admin (audited), a few left open', async () => {
    const assigned = open.filter((t) => t.assignee !== null);
    expect(assigned.every((t) => t.active && t.assignee!.endsWith('@kizuna.example'))).toBe(true);
    expect(new Set(assigned.map((t) => t.assignee))).toEqual(
      new Set(['operator1@kizuna.example', 'operator2@kizuna.example', 'admin@kizuna.example']),
    );
    expect(assigned.length).toBeGreaterThan(open.length / 2);
    expect(open.some((t) => t.assignee === null)).toBe(true);
    expect(
      await count(`SELECT 1 FROM audit_event WHERE action = 'task.reassigned'`),
    ).toBeGreaterThan(0);
  });
});
