import type { DataSource } from 'typeorm';
import { DAY_MS, isoDateJst, ManualClock, type Clock } from '@kizuna/domain';
import { approveRequest } from '../provisioning/provisioning-check.service';
import { submitRequest } from '../provisioning/provisioning-draft.service';
import { raiseDetractorFollowUps } from '../tasks/automatic-tasks';
import { reassignTask } from '../tasks/task.service';
import { staffActor } from './demo-provisioning';

/** Conversions applied this many days ago: a kickoff is due 7 days after, so the first is late. */
const KICKOFF_DAYS_AGO = [12, 9, 4, 2] as const;
/** The last month's NPS detractors followed up (the domain follows up answers of 30 days). */
const DEMO_FOLLOW_UPS = 12;
/** Every this-many-th follow-up stays unassigned, as some do until someone picks them up. */
const UNASSIGNED_EVERY = 5;

/**
 * Open customer-success work for the demo, raised through the real paths so that the home page's
 * "my tasks" and the customer pages have something in them: kickoffs of conversions applied a
 * few days ago (the older ones overdue), follow-ups of the last month's NPS detractors (those
 * older than three days overdue), and follow-ups without an account owner handed to demo staff
 * with reassignTask. Deterministic: the same customers and answers give the same tasks.
 */
export async function seedDemoTasks(dataSource: DataSource, clock: Clock): Promise<void> {
  const now = clock.now();
  const [operator1, operator2, checker1, checker2, admin] = await Promise.all(
    ['operator1', 'operator2', 'checker1', 'checker2', 'admin'].map((n) =>
      staffActor(dataSource, `${n}@kizuna.example`),
    ),
  );
  const makers = [operator1!, operator2!, admin!];

  // Conversions back then, on that day's clock: the apply raises the kickoff for its maker.
  for (const [i, daysAgo] of KICKOFF_DAYS_AGO.entries()) {
    const then = new ManualClock(new Date(now.getTime() - daysAgo * DAY_MS));
    const [trial]: { id: string }[] = await dataSource.query(
      `SELECT c.id FROM customer c
        WHERE c.stage = 'TRIAL' AND c.trial_started_at < $1 AND c.trial_ends_at > $2
          AND NOT EXISTS (SELECT 1 FROM provisioning_request r WHERE r.customer_id = c.id)
        ORDER BY c.id LIMIT 1`,
      [new Date(then.now().getTime() - DAY_MS), now],
    );
    if (!trial) break;
    const proposal = {
      planCode: i % 2 === 0 ? 'STANDARD' : 'BASIC',
      optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'],
      effectiveDate: isoDateJst(then.now()),
    };
    const maker = makers[i % makers.length]!;
    const submitted = await submitRequest(
      dataSource,
      maker,
      'demo-seed',
      'CONVERSION',
      trial.id,
      proposal,
      then,
    );
    if (!submitted.ok) continue;
    const checker = i % 2 === 0 ? checker1! : checker2!;
    await approveRequest(dataSource, checker, submitted.requestId, 1, proposal, 'demo-seed', then);
  }

  // Each detractor's answer followed up as it arrived (two hours later at most).
  const detractors: { id: string; answeredAt: Date }[] = await dataSource.query(
    `SELECT DISTINCT ON (r.customer_id) r.id, r.answered_at AS "answeredAt"
       FROM survey_response r JOIN survey s ON s.id = r.survey_id JOIN customer c ON c.id = r.customer_id
      WHERE s.kind = 'NPS' AND r.score <= 6 AND c.stage IN ('TRIAL', 'ACTIVE')
        AND r.answered_at > $1 AND r.answered_at <= $2
      ORDER BY r.customer_id, r.answered_at DESC, r.id`,
    [new Date(now.getTime() - 30 * DAY_MS), now],
  );
  const followed = detractors
    .sort((a, b) => b.answeredAt.getTime() - a.answeredAt.getTime() || (a.id < b.id ? -1 : 1))
    .slice(0, DEMO_FOLLOW_UPS);
  for (const answer of followed) {
    const at = new Date(Math.min(answer.answeredAt.getTime() + 2 * 3_600_000, now.getTime()));
    await dataSource.transaction((m) => raiseDetractorFollowUps(m, [answer.id], at));
  }

  // Customers without an account owner get unassigned follow-ups: an admin hands them out.
  const unassigned: { id: string }[] = await dataSource.query(
    `SELECT id FROM task WHERE status = 'OPEN' AND assignee_id IS NULL ORDER BY due_on, customer_id, kind`,
  );
  for (const [i, task] of unassigned.entries()) {
    if (i % UNASSIGNED_EVERY === UNASSIGNED_EVERY - 1) continue;
    await reassignTask(dataSource, admin!, 'demo-seed', {
      taskId: task.id,
      assigneeId: makers[i % makers.length]!.id,
    });
  }
}
