import type { DataSource, EntityManager } from 'typeorm';
import {
  corporateNumberCheckDigit,
  ERASED_TEXT,
  type ChurnReason,
  DEMO_CATALOG,
  DEFAULT_TRIAL_DAYS,
  isoDateJst,
  trialOptionCodes,
  validateOptionSetChange,
  type Clock,
  type ContactRole,
  type LifecycleStage,
  type MfaFactorCategory,
  type StaffRole,
} from '@kizuna/domain';
import type { Queryable } from '../../db/queryable';
import { hashPassword } from '../auth/auth.service';
import {
  COMPANY_FORMS,
  COMPANY_STEMS,
  COMPANY_TRADES,
  FAMILY_NAMES,
  GIVEN_NAMES,
} from './demo-names';
import { demoCompanyProfile } from './demo-profiles';
import { seedDemoProvisioning } from './demo-provisioning';
import { DEFAULT_DEMO_RESPONSES, seedSurveyResponses } from './demo-surveys';
import { backfillHealthHistory } from '../health/health-backfill';
import { seedDemoTasks } from './demo-tasks';
import { seedDemoUsage } from './demo-usage';
import { createRandom, type Random } from './random';

export const DEMO_PASSWORD = 'kizuna-demo';
export const DEMO_STAFF: readonly { email: string; displayName: string; roles: StaffRole[] }[] = [
  { email: 'operator1@kizuna.example', displayName: '佐藤 一郎 (operator1)', roles: ['OPERATOR'] },
  { email: 'operator2@kizuna.example', displayName: '鈴木 二郎 (operator2)', roles: ['OPERATOR'] },
  { email: 'checker1@kizuna.example', displayName: '高橋 三奈 (checker1)', roles: ['CHECKER'] },
  { email: 'checker2@kizuna.example', displayName: '田中 四郎 (checker2)', roles: ['CHECKER'] },
  { email: 'analyst@kizuna.example', displayName: '伊藤 五月 (analyst)', roles: ['ANALYST'] },
  {
    email: 'admin@kizuna.example',
    displayName: '渡辺 六花 (admin)',
    roles: ['OPERATOR', 'CHECKER', 'ANALYST', 'ADMIN'],
  },
];
export const DEFAULT_DEMO_CUSTOMERS = 3000;
/**
 * How often each reason is given: price and low adoption lead, as in most B2B SaaS, a move in-house
 * is rare.
 */
const DEMO_CHURN_REASON_WEIGHTS: readonly (readonly [ChurnReason, number])[] = [
  ['PRICE', 24],
  ['LOW_ADOPTION', 22],
  ['MOVED_TO_COMPETITOR', 15],
  ['PRIORITIES_SHIFTED', 12],
  ['DISSATISFIED_WITH_VENDOR', 11],
  ['OTHER', 9],
  ['MOVED_IN_HOUSE', 7],
];
/**
 * Free text given with a cancellation, per reason (OTHER always has one). Some name a person,
 * a phone number or an address (all fictional), as real notes do, so that the analysts' masking
 * shows.
 */
const DEMO_CHURN_NOTES: Record<ChurnReason, readonly string[]> = {
  LOW_ADOPTION: [
    '現場への展開が進まず、ログインしているのは情報システム部のみ',
    '担当の佐藤様の異動後、社内で使う人がいなくなった',
    '紙とExcelの運用に戻ってしまった',
    '導入研修後も利用者が10名を超えず、費用対効果を説明できなかった',
    '推進役だった山本課長（090-2468-1357）の退職で定着せず',
  ],
  DISSATISFIED_WITH_VENDOR: [
    '障害時のサポート回答が遅いとの不満（鈴木部長より）',
    '問い合わせへの回答に3営業日以上かかったことが決め手',
    '営業担当の交代が続き、要望が引き継がれなかった',
    '9月の障害で半日使えず、経営会議で問題視された',
    '改善要望への回答がなく、窓口の中村様 nakamura@example.co.jp から強い不満',
  ],
  PRIORITIES_SHIFTED: [
    '基幹システム刷新を優先するため、当面は見送り',
    'コスト削減の方針で新規ツールを一律停止',
    'M&Aに伴い、統合完了まではIT投資を凍結',
    '来期に再検討したい。連絡は総務部 小林様 06-6123-4567 まで',
  ],
  PRICE: [
    '次年度予算が削減され、月額を負担できない',
    'オプション込みの金額が高い。高橋様 03-1234-5678 から値引きの再相談あり',
    '利用人数に対して単価が割高との判断',
    '値上げ後の更新で稟議が通らなかった',
    'SSOオプションの追加費用が決裁者に受け入れられず',
  ],
  MOVED_TO_COMPETITOR: [
    '親会社で導入済みの他社製品に統一',
    '他社のグループウェアにSSOが標準で付いていたため',
    '競合から初年度半額の提案があり、比較の結果移行',
    '取引先指定のツールへ切り替え（担当 伊藤様）',
  ],
  MOVED_IN_HOUSE: [
    '社内の開発チームで同等の仕組みを内製',
    '既存の社内ポータルに機能を追加して対応',
    'ノーコードツールで自作した仕組みに移行',
  ],
  OTHER: [
    '事業縮小のため',
    '親会社の方針で統一',
    'プロジェクト終了',
    '事業所の閉鎖（大阪府大阪市北区梅田1-1-1）に伴い解約',
    '会社清算のため。書類送付先は渡辺様まで',
  ],
};
export const DEFAULT_DEMO_SEED = 20261122;
/**
 * Company profiles are drawn from a stream of their own (the seed moved by this), so that adding
 * them left every other draw — and so the demo's customers, stages and contracts — as it was.
 */
const PROFILE_STREAM = 0x70f11e;

/** Upsert the demo catalog (plans and options of PRODUCT.md). */
export async function seedCatalog(db: Queryable): Promise<void> {
  for (const p of DEMO_CATALOG.plans) {
    await db.query(
      `INSERT INTO plan (code, name_ja, name_en, monthly_fee_yen, limits, sla_target_percent, sort_order)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (code) DO UPDATE SET name_ja = EXCLUDED.name_ja, name_en = EXCLUDED.name_en,
         monthly_fee_yen = EXCLUDED.monthly_fee_yen, limits = EXCLUDED.limits,
         sla_target_percent = EXCLUDED.sla_target_percent, sort_order = EXCLUDED.sort_order`,
      [
        p.code,
        p.nameJa,
        p.nameEn,
        p.monthlyFeeYen,
        JSON.stringify(p.limits),
        p.slaTargetPercent,
        p.sortOrder,
      ],
    );
  }
  let order = 0;
  for (const o of DEMO_CATALOG.options) {
    order += 1;
    await db.query(
      `INSERT INTO catalog_option (code, name_ja, name_en, monthly_fee_yen, kind, factor_category, sort_order, active, option_group)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (code) DO UPDATE SET name_ja = EXCLUDED.name_ja, name_en = EXCLUDED.name_en,
         monthly_fee_yen = EXCLUDED.monthly_fee_yen, kind = EXCLUDED.kind,
         factor_category = EXCLUDED.factor_category, sort_order = EXCLUDED.sort_order, active = EXCLUDED.active,
         option_group = EXCLUDED.option_group`,
      [
        o.code,
        o.nameJa,
        o.nameEn,
        o.monthlyFeeYen,
        o.kind,
        o.factorCategory,
        order,
        o.active,
        o.optionGroup,
      ],
    );
  }
}

/** The demo staff accounts (password kizuna-demo). */
export async function seedStaff(db: Queryable): Promise<void> {
  const hash = await hashPassword(DEMO_PASSWORD);
  for (const s of DEMO_STAFF) {
    await db.query(
      `INSERT INTO staff_user (email, display_name, password_hash, roles) VALUES ($1, $2, $3, $4)
       ON CONFLICT (email) DO NOTHING`,
      [s.email, s.displayName, hash, s.roles],
    );
  }
}

function corporateNumber(random: Random): string {
  const base =
    String(random.int(1, 9)) + Array.from({ length: 11 }, () => random.int(0, 9)).join('');
  return `${corporateNumberCheckDigit(base)}${base}`;
}

const STAGES = [
  ['LEAD', 0.08],
  ['TRIAL', 0.2],
  ['ACTIVE', 0.55],
  ['CHURNED', 0.13],
  ['ERASED', 0.04],
] as const;

/**
 * The fewest days ago a demo customer of each stage was registered, so that its timeline — a
 * trial of DEFAULT_TRIAL_DAYS from registration, conversion up to 10 days before the trial's end,
 * at least 30 days paid before churning, erasure 14 days after churn — ends before now.
 */
const MIN_AGE_DAYS: Record<LifecycleStage, number> = {
  LEAD: 0,
  TRIAL: 0,
  ACTIVE: DEFAULT_TRIAL_DAYS,
  CHURNED: DEFAULT_TRIAL_DAYS + 30,
  ERASED: DEFAULT_TRIAL_DAYS + 30 + 15,
};

function pickStage(random: Random) {
  let r = random.next();
  for (const [stage, share] of STAGES) {
    if ((r -= share) < 0) return stage;
  }
  return 'ACTIVE' as const;
}

interface Catalog {
  plans: { id: string; code: string; sort_order: number; monthlyFeeYen: number }[];
  options: {
    id: string;
    code: string;
    kind: string;
    factorCategory: MfaFactorCategory | null;
    optionGroup: string | null;
    monthlyFeeYen: number;
    active: boolean;
  }[];
}

/**
 * A paid customer's options: some of the others (at most one per exclusive group) and some MFA
 * methods, completed to a real multi-factor policy when the random pick is not one — so that
 * every seeded contract obeys the rules a maker's request must pass.
 */
function paidOptionCodes(random: Random, options: Catalog['options']): string[] {
  const groups = new Set<string>();
  const chosen: string[] = [];
  for (const o of options) {
    if (random.next() >= 0.3) continue;
    if (o.optionGroup) {
      if (groups.has(o.optionGroup)) continue;
      groups.add(o.optionGroup);
    }
    chosen.push(o.code);
  }
  if (validateOptionSetChange(null, chosen, options).length > 0) {
    const possession = options.find((o) => o.factorCategory === 'POSSESSION');
    if (possession && !chosen.includes(possession.code)) chosen.push(possession.code);
  }
  return chosen;
}

/** A demo subscription's fee from an instant (its Tokyo date). */
interface FeeRow {
  from: Date;
  status: string;
  planCode: string;
  codes: string[];
  fee: number;
}

/** The fee history of a batch, written in one statement. */
class FeeRows {
  private readonly cols = {
    sub: [] as string[],
    customer: [] as string[],
    from: [] as string[],
    to: [] as (string | null)[],
    status: [] as string[],
    plan: [] as string[],
    codes: [] as string[],
    fee: [] as number[],
  };

  add(subscriptionId: string, customerId: string, rows: readonly FeeRow[]) {
    rows.forEach((row, i) => {
      const next = rows[i + 1];
      this.cols.sub.push(subscriptionId);
      this.cols.customer.push(customerId);
      this.cols.from.push(isoDateJst(row.from));
      this.cols.to.push(next ? isoDateJst(next.from) : null);
      this.cols.status.push(row.status);
      this.cols.plan.push(row.planCode);
      this.cols.codes.push(`{${row.codes.join(',')}}`);
      this.cols.fee.push(row.fee);
    });
  }

  async insert(m: EntityManager) {
    const c = this.cols;
    await m.query(
      `INSERT INTO subscription_fee (subscription_id, customer_id, effective_from, effective_to, status, plan_code,
                                     option_codes, monthly_fee_excl_tax, change_kind, contract_term)
       SELECT t.sub, t.customer, t.from_day, t.to_day, t.status, t.plan, t.codes::text[], t.fee,
              CASE t.status WHEN 'TRIAL' THEN 'TRIAL_STARTED' WHEN 'EXPIRED' THEN 'TRIAL_EXPIRED'
                            WHEN 'ACTIVE' THEN 'CONVERSION' ELSE 'CANCELLATION' END,
              (SELECT s.contract_term FROM subscription s WHERE s.id = t.sub)
         FROM unnest($1::uuid[], $2::uuid[], $3::date[], $4::date[], $5::text[], $6::text[], $7::text[], $8::int[])
           WITH ORDINALITY AS t(sub, customer, from_day, to_day, status, plan, codes, fee, n)
        ORDER BY t.n`,
      [c.sub, c.customer, c.from, c.to, c.status, c.plan, c.codes, c.fee],
    );
  }
}

/**
 * The role of each demo customer's (primary) contact, in turn: mostly the IT administrator who
 * signed up, sometimes the decision maker, the business owner or billing, and some not known.
 */
const DEMO_CONTACT_ROLES: readonly (ContactRole | null)[] = [
  'ADMINISTRATOR',
  'ADMINISTRATOR',
  'DECISION_MAKER',
  'ADMINISTRATOR',
  'BUSINESS_OWNER',
  null,
  'ADMINISTRATOR',
  'BILLING',
  'DECISION_MAKER',
  null,
];

/**
 * Add `count` deterministic customers (same seed → same data) with company profiles, contacts,
 * subscriptions and lifecycle timelines, in batches of set-based INSERTs.
 */
export async function seedCustomers(
  dataSource: DataSource,
  {
    count,
    seed = DEFAULT_DEMO_SEED,
    now = new Date(),
    onProgress,
  }: {
    count: number;
    seed?: number;
    now?: Date;
    onProgress?: (done: number) => void;
  },
): Promise<void> {
  const random = createRandom(seed);
  const profileRandom = createRandom(seed ^ PROFILE_STREAM);
  const catalog: Catalog = {
    plans: await dataSource.query(
      `SELECT id, code, sort_order, monthly_fee_yen AS "monthlyFeeYen" FROM plan WHERE active ORDER BY sort_order`,
    ),
    options: await dataSource.query(
      `SELECT id, code, kind, factor_category AS "factorCategory", option_group AS "optionGroup",
              monthly_fee_yen AS "monthlyFeeYen", active
         FROM catalog_option WHERE active ORDER BY sort_order`,
    ),
  };
  const topPlan = catalog.plans[catalog.plans.length - 1];
  if (!topPlan) throw new Error('seed the catalog first');
  const optionId = new Map(catalog.options.map((o) => [o.code, o.id]));
  const optionFee = new Map(catalog.options.map((o) => [o.code, o.monthlyFeeYen]));
  const trialCodes = trialOptionCodes(catalog.options);
  const day = 86_400_000;
  const batchSize = 2000;

  for (let offset = 0; offset < count; offset += batchSize) {
    const c = {
      id: [] as string[],
      name: [] as string[],
      kana: [] as string[],
      corp: [] as (string | null)[],
      stage: [] as string[],
      trialStart: [] as (string | null)[],
      trialEnd: [] as (string | null)[],
      trialExpired: [] as (string | null)[],
      trialCount: [] as number[],
      created: [] as string[],
      revenue: [] as (number | null)[],
      ratio: [] as (number | null)[],
      employees: [] as (number | null)[],
      industry: [] as (string | null)[],
      engagement: [] as (string | null)[],
    };
    const contact = {
      customer: [] as string[],
      family: [] as string[],
      given: [] as string[],
      familyKana: [] as string[],
      givenKana: [] as string[],
      email: [] as string[],
      phone: [] as string[],
      role: [] as (string | null)[],
    };
    const sub = {
      id: [] as string[],
      customer: [] as string[],
      plan: [] as string[],
      planCode: [] as string[],
      status: [] as string[],
      started: [] as string[],
      cancelled: [] as (string | null)[],
      churnReason: [] as (string | null)[],
      churnNote: [] as (string | null)[],
      term: [] as string[],
    };
    const fee = new FeeRows();
    const subOpt = { sub: [] as string[], option: [] as string[] };
    const subCodes: string[][] = [];
    const stageChange = {
      customer: [] as string[],
      from: [] as (string | null)[],
      to: [] as string[],
      at: [] as string[],
      note: [] as string[],
    };

    for (let i = offset; i < Math.min(count, offset + batchSize); i += 1) {
      const id = random.uuid();
      const [stem, stemKana] = random.pick(COMPANY_STEMS);
      const [trade, tradeKana, industries] = random.pick(COMPANY_TRADES);
      const [form, formKana] = random.pick(COMPANY_FORMS);
      const profile = demoCompanyProfile(profileRandom, { form, industries });
      const stage = pickStage(random);
      // Old enough for the stage's whole timeline to lie in the past (MIN_AGE_DAYS).
      const registeredAt = new Date(
        now.getTime() - (MIN_AGE_DAYS[stage] + random.int(1, 1000)) * day - random.int(0, day),
      );
      c.id.push(id);
      c.name.push(`${form}${stem}${trade}`);
      c.kana.push(`${formKana}${stemKana}${tradeKana}`);
      c.corp.push(random.next() < 0.9 ? corporateNumber(random) : null);
      c.revenue.push(profile?.annualRevenueYen ?? null);
      c.ratio.push(profile?.currentRatio ?? null);
      c.employees.push(profile?.employeeCount ?? null);
      c.industry.push(profile?.industry ?? null);
      c.engagement.push(profile?.engagement ?? null);

      // Trials: spread so that some end within a week and some have already expired.
      const trialStart =
        stage === 'LEAD'
          ? null
          : new Date(
              stage === 'TRIAL'
                ? now.getTime() - random.int(0, DEFAULT_TRIAL_DAYS + 10) * day
                : registeredAt.getTime(),
            );
      // A trial starts when the customer is registered or later, never before.
      const createdAt = trialStart && trialStart < registeredAt ? trialStart : registeredAt;
      c.created.push(createdAt.toISOString());
      const trialEnd = trialStart && new Date(trialStart.getTime() + DEFAULT_TRIAL_DAYS * day);
      c.trialStart.push(trialStart?.toISOString() ?? null);
      c.trialEnd.push(trialEnd?.toISOString() ?? null);
      // A trial whose end has passed has expired: back to LEAD, as the worker would have done.
      const expired = stage === 'TRIAL' && trialEnd !== null && trialEnd <= now;
      c.stage.push(expired ? 'LEAD' : stage);
      c.trialExpired.push(expired ? trialEnd.toISOString() : null);
      c.trialCount.push(trialStart ? 1 : 0);
      stageChange.customer.push(id);
      stageChange.from.push(null);
      stageChange.to.push('LEAD');
      stageChange.at.push(createdAt.toISOString());
      stageChange.note.push('LEAD_CREATED');
      if (trialStart) {
        stageChange.customer.push(id);
        stageChange.from.push('LEAD');
        stageChange.to.push('TRIAL');
        stageChange.at.push(trialStart.toISOString());
        stageChange.note.push('TRIAL_STARTED');
      }
      if (expired) {
        stageChange.customer.push(id);
        stageChange.from.push('TRIAL');
        stageChange.to.push('LEAD');
        stageChange.at.push(trialEnd.toISOString());
        stageChange.note.push('TRIAL_EXPIRED');
      }
      const converted = trialEnd ? new Date(trialEnd.getTime() - random.int(0, 10) * day) : null;
      if (stage === 'ACTIVE' || stage === 'CHURNED' || stage === 'ERASED') {
        stageChange.customer.push(id);
        stageChange.from.push('TRIAL');
        stageChange.to.push('ACTIVE');
        stageChange.at.push(converted!.toISOString());
        stageChange.note.push('CONVERSION');
      }
      // Erasure follows churn by 14 days: an erased customer churned at least 15 days ago.
      const latestChurn = now.getTime() - (stage === 'ERASED' ? 15 : 1) * day;
      // Churns fall evenly over the last 18 months (at least 30 paid days after conversion), so
      // that every month of a year's churn report has some.
      const churnedAt = converted
        ? new Date(
            Math.max(
              converted.getTime() + 30 * day,
              latestChurn - random.int(0, 540) * day - random.int(0, day - 1),
            ),
          )
        : null;
      if (stage === 'CHURNED' || stage === 'ERASED') {
        stageChange.customer.push(id);
        stageChange.from.push('ACTIVE');
        stageChange.to.push('CHURNED');
        stageChange.at.push(churnedAt!.toISOString());
        stageChange.note.push('CANCELLATION');
      }
      if (stage === 'ERASED') {
        stageChange.customer.push(id);
        stageChange.from.push('CHURNED');
        stageChange.to.push('ERASED');
        stageChange.at.push(new Date(churnedAt!.getTime() + 14 * day).toISOString());
        stageChange.note.push('ERASURE');
      }
      if (stage !== 'ERASED') {
        const [family, familyKana] = random.pick(FAMILY_NAMES);
        const [given, givenKana] = random.pick(GIVEN_NAMES);
        contact.customer.push(id);
        contact.family.push(family);
        contact.given.push(given);
        contact.familyKana.push(familyKana);
        contact.givenKana.push(givenKana);
        contact.email.push(`contact${i + 1}@example.co.jp`);
        contact.phone.push(
          `0${random.pick(['3', '6', '90', '80', '70'])}-${random.int(1000, 9999)}-${random.int(1000, 9999)}`,
        );
        // By position, not drawn: the random stream (and so every other demo value) stays as it was.
        contact.role.push(DEMO_CONTACT_ROLES[i % DEMO_CONTACT_ROLES.length]!);
      }
      // An erased customer keeps its (cancelled) subscription: erasure removes personal data only.
      if (stage === 'LEAD') continue;
      const subId = random.uuid();
      const isTrial = stage === 'TRIAL';
      const plan = isTrial ? topPlan : random.pick(catalog.plans);
      const codes = expired ? [] : isTrial ? trialCodes : paidOptionCodes(random, catalog.options);
      sub.id.push(subId);
      sub.customer.push(id);
      sub.plan.push(plan.id);
      sub.planCode.push(plan.code);
      sub.status.push(
        expired ? 'EXPIRED' : isTrial ? 'TRIAL' : stage === 'ACTIVE' ? 'ACTIVE' : 'CANCELLED',
      );
      sub.started.push((isTrial ? trialStart! : converted!).toISOString());
      const churned = stage === 'CHURNED' || stage === 'ERASED';
      sub.cancelled.push(churned ? churnedAt!.toISOString() : null);
      const churnReason = churned ? random.weighted(DEMO_CHURN_REASON_WEIGHTS) : null;
      sub.churnReason.push(churnReason);
      // OTHER must be described; about two in three other cancellations carry a note too.
      const withNote = churnReason === 'OTHER' || (churnReason !== null && random.int(0, 2) > 0);
      const note = withNote ? random.pick(DEMO_CHURN_NOTES[churnReason!]) : null;
      // Erasure replaced the note of an erased customer, as it does every free text about it.
      sub.churnNote.push(note !== null && stage === 'ERASED' ? ERASED_TEXT : note);
      // Every fourth contract runs a year at a time.
      sub.term.push(i % 4 === 0 && !isTrial && !expired ? 'ANNUAL' : 'MONTHLY');
      // The fee history (ADR 0018): the trial, then its expiry or the paid contract and its end.
      const rows: FeeRow[] = [
        { from: trialStart!, status: 'TRIAL', planCode: topPlan.code, codes: trialCodes, fee: 0 },
      ];
      if (expired)
        rows.push({
          from: trialEnd!,
          status: 'EXPIRED',
          planCode: topPlan.code,
          codes: [],
          fee: 0,
        });
      if (converted && !isTrial) {
        const paid =
          plan.monthlyFeeYen + codes.reduce((sum, code) => sum + optionFee.get(code)!, 0);
        rows.push({ from: converted, status: 'ACTIVE', planCode: plan.code, codes, fee: paid });
      }
      if (churned)
        rows.push({ from: churnedAt!, status: 'CANCELLED', planCode: plan.code, codes, fee: 0 });
      fee.add(subId, id, rows);
      for (const code of codes) {
        subOpt.sub.push(subId);
        subOpt.option.push(optionId.get(code)!);
      }
      subCodes.push(codes);
    }

    await dataSource.transaction(async (m) => {
      await m.query(
        `INSERT INTO customer (id, name, name_kana, corporate_number, stage, trial_started_at, trial_ends_at,
                               trial_expired_at, trial_count, created_at, annual_revenue_yen, current_ratio,
                               employee_count, industry, engagement, updated_at)
         SELECT *, t.created FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[],
                                         $7::timestamptz[], $8::timestamptz[], $9::int[], $10::timestamptz[],
                                         $11::bigint[], $12::numeric[], $13::int[], $14::text[], $15::text[])
           AS t(id, name, kana, corp, stage, ts, te, tx, tc, created, revenue, ratio, employees, industry,
                engagement)
         ON CONFLICT DO NOTHING`,
        [
          c.id,
          c.name,
          c.kana,
          c.corp,
          c.stage,
          c.trialStart,
          c.trialEnd,
          c.trialExpired,
          c.trialCount,
          c.created,
          c.revenue,
          c.ratio,
          c.employees,
          c.industry,
          c.engagement,
        ],
      );
      await m.query(
        `INSERT INTO customer_contact (customer_id, family_name, given_name, family_name_kana, given_name_kana, email, phone, role, is_primary)
         SELECT *, true FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])`,
        [
          contact.customer,
          contact.family,
          contact.given,
          contact.familyKana,
          contact.givenKana,
          contact.email,
          contact.phone,
          contact.role,
        ],
      );
      await m.query(
        `INSERT INTO customer_stage_change (customer_id, from_stage, to_stage, changed_at, note)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[], $5::text[])`,
        [stageChange.customer, stageChange.from, stageChange.to, stageChange.at, stageChange.note],
      );
      await m.query(
        `INSERT INTO subscription (id, customer_id, plan_id, status, started_at, cancelled_at, churn_reason, churn_note,
                                   contract_term, updated_at)
         SELECT *, t.started FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::timestamptz[], $6::timestamptz[],
                                         $7::text[], $8::text[], $9::text[])
           AS t(id, customer, plan, status, started, cancelled, reason, note, term)`,
        [
          sub.id,
          sub.customer,
          sub.plan,
          sub.status,
          sub.started,
          sub.cancelled,
          sub.churnReason,
          sub.churnNote,
          sub.term,
        ],
      );
      await m.query(
        `INSERT INTO subscription_option (subscription_id, option_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`,
        [subOpt.sub, subOpt.option],
      );
      await m.query(
        `INSERT INTO subscription_history (subscription_id, changed_at, change_kind, status_after, plan_code_after, option_codes_after)
         SELECT t.id, t.started, CASE t.status WHEN 'TRIAL' THEN 'TRIAL_STARTED' WHEN 'EXPIRED' THEN 'TRIAL_EXPIRED' ELSE 'CONVERSION' END, t.status, t.plan_code, t.codes::text[]
           FROM unnest($1::uuid[], $2::timestamptz[], $3::text[], $4::text[], $5::text[]) AS t(id, started, status, plan_code, codes)`,
        [
          sub.id,
          sub.started,
          sub.status,
          sub.planCode,
          subCodes.map((codes) => `{${codes.join(',')}}`),
        ],
      );
      await fee.insert(m);
    });
    onProgress?.(Math.min(count, offset + batchSize));
  }
  // Fresh statistics, or the planner guesses and picks sequential scans over bulk-loaded tables.
  await dataSource.query(
    `ANALYZE customer, customer_contact, customer_stage_change, subscription, subscription_option, subscription_history,
             subscription_fee`,
  );
}

/** On a database without customers: catalog, staff and demo customers. Returns what it did, or null. */
export async function seedDemoIfEmpty(
  dataSource: DataSource,
  clock: Clock,
  customers = DEFAULT_DEMO_CUSTOMERS,
): Promise<{ customers: number } | null> {
  const [{ exists }] = await dataSource.query(`SELECT EXISTS (SELECT 1 FROM customer) AS exists`);
  if (exists) return null;
  await seedCatalog(dataSource);
  await seedStaff(dataSource);
  await seedCustomers(dataSource, { count: customers, now: clock.now() });
  await seedDemoProvisioning(dataSource, clock);
  await seedDemoUsage(dataSource, clock, DEFAULT_DEMO_SEED);
  await seedSurveyResponses(dataSource, { count: DEFAULT_DEMO_RESPONSES, seed: DEFAULT_DEMO_SEED });
  await seedDemoTasks(dataSource, clock);
  await backfillHealthHistory(dataSource, clock);
  return { customers };
}
