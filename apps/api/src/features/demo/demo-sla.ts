import type { DataSource } from 'typeorm';
import { isoDateJst, type Clock } from '@kizuna/domain';
import type { Actor } from '../../graphql/context';
import { approveRequest } from '../provisioning/provisioning-check.service';
import { resubmitRequest } from '../provisioning/provisioning-draft.service';
import { recordAvailability } from '../sla/record-availability.service';
import { staffActor } from './demo-provisioning';
import { createRandom } from './random';

const MONTHS = 12;

/**
 * The month below target: the top plan (the strictest promise) three months ago, an outage deep
 * enough for the credit table's second step (below 99.0 %: 25 %, ADR 0020).
 */
const BREACH = {
  monthsAgo: 3,
  percent: 98.874,
  note: 'ストレージ基盤のフェイルオーバーに失敗し、約8時間ログインできない状態が続いた（東日本リージョン）',
};

/** Incidents that stayed within the target (a note, no credit). */
const MINOR_NOTES = [
  'API の応答遅延（約6分）。SLA の範囲内',
  '計画メンテナンス（22:00〜23:30、事前告知済み）',
  'ログイン画面の表示遅延（約4分）',
];

/** How many of the month's credit requests the checkers have not reached yet. */
const LEFT_FOR_CHECK = 6;
/** Checks run side by side (each in its own transaction), as several checkers would. */
const CHECKS_AT_ONCE = 8;

/** YYYY-MM of the month `back` months before the Tokyo month of `today` (YYYY-MM-DD). */
export function monthBefore(today: string, back: number): string {
  const index = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1 - back;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * A year of measured availability for every plan (the twelve months that have ended), recorded
 * by the demo admin through the real service, which raises one SERVICE_CREDIT request per
 * customer of the breached month; then the checkers' blind checks, all but LEFT_FOR_CHECK.
 */
export async function seedDemoSla(dataSource: DataSource, clock: Clock, seed: number) {
  const now = clock.now();
  const today = isoDateJst(now);
  const random = createRandom(seed);
  const [admin, checker1, checker2] = await Promise.all(
    ['admin', 'checker1', 'checker2'].map((n) => staffActor(dataSource, `${n}@kizuna.example`)),
  );
  const plans: { code: string; target: number }[] = await dataSource.query(
    `SELECT code, sla_target_percent::float8 AS target FROM plan WHERE active ORDER BY sort_order`,
  );
  const top = plans.at(-1);
  const who = { actor: admin!, requestId: 'demo-seed' };
  for (let back = MONTHS; back >= 1; back -= 1) {
    const month = monthBefore(today, back);
    for (const plan of plans) {
      const breach = back === BREACH.monthsAgo && plan === top ? BREACH : null;
      // Above target: between 30 % and all of the way from the target to 100 %.
      const healthy = plan.target + (100 - plan.target) * (0.3 + 0.7 * random.next());
      const minor = random.next() < 0.12 ? random.pick(MINOR_NOTES) : null;
      const recorded = await recordAvailability(
        dataSource,
        who,
        {
          month,
          planCode: plan.code,
          availabilityPercent: breach ? breach.percent : Math.floor(healthy * 1000) / 1000,
          incidentNote: breach ? breach.note : minor,
        },
        now,
      );
      if (!recorded.ok) throw new Error(`demo availability ${month} ${plan.code} refused`);
    }
  }
  await checkCredits(dataSource, clock, monthBefore(today, BREACH.monthsAgo), admin!, [
    checker1!,
    checker2!,
  ]);
}

/**
 * The checkers re-enter each credit of the month (what the credit statement says), taking turns,
 * all but LEFT_FOR_CHECK of them. The first one is mistyped by ten yen: returned (a near-miss),
 * resubmitted unchanged by its maker, then checked by the other checker.
 */
async function checkCredits(
  dataSource: DataSource,
  clock: Clock,
  month: string,
  maker: Actor,
  checkers: readonly [Actor, Actor],
) {
  const requests: { id: string; credit: number }[] = await dataSource.query(
    `SELECT r.id, p.credit_excl_tax AS credit
       FROM provisioning_request r JOIN service_credit_proposal p ON p.request_id = r.id
      WHERE r.kind = 'SERVICE_CREDIT' AND r.status = 'PENDING_CHECK' AND p.month = $1::date
      ORDER BY r.created_at, r.id`,
    [`${month}-01`],
  );
  const [first, second] = checkers;
  const approve = async (checker: Actor, id: string, version: number, amount: number) =>
    approveRequest(
      dataSource,
      checker,
      id,
      version,
      { creditAmountYen: amount },
      'demo-seed',
      clock,
    );
  const checked = requests.slice(0, Math.max(0, requests.length - LEFT_FOR_CHECK));
  const [mistyped, ...rest] = checked;
  if (mistyped) {
    await approve(first, mistyped.id, 1, mistyped.credit + 10);
    await resubmitRequest(dataSource, maker, 'demo-seed', mistyped.id, 1, {}, clock);
    await approve(second, mistyped.id, 2, mistyped.credit);
  }
  for (let i = 0; i < rest.length; i += CHECKS_AT_ONCE) {
    const batch = rest.slice(i, i + CHECKS_AT_ONCE);
    const outcomes = await Promise.all(
      batch.map((r, k) => approve(checkers[(i + k) % 2]!, r.id, 1, r.credit)),
    );
    if (outcomes.some((o) => !o.ok)) throw new Error('a demo service credit was not approved');
  }
}
