import { isoDateJst, DAY_MS } from '../calendar/jst-date.js';
import { userError, type UserErrorData } from '../errors/user-error.js';
import type { LifecycleStage } from '../lifecycle/lifecycle.rules.js';
import { validateEffectiveDate } from '../provisioning/effective-date.rules.js';
import { scheduledChangeDueAt } from '../provisioning/schedule.rules.js';
import { err, ok, type Result } from '../shared/result.js';
import { canTransition, type Transitions } from '../shared/state-machine.js';
import type { ProvisioningKind } from '../provisioning/provisioning-workflow.js';
import { npsCategory } from '../surveys/nps.rules.js';
import type { SurveyKind } from '../surveys/survey-kind.js';

/** KICKOFF after a conversion, FOLLOW_UP after a warning sign, MANUAL by staff. */
export const TASK_KINDS = ['KICKOFF', 'FOLLOW_UP', 'MANUAL'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export const TASK_STATUSES = ['OPEN', 'DONE', 'CANCELLED'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** A task is done once, or cancelled (its customer's data was erased); neither reopens. */
export const TASK_TRANSITIONS: Transitions<TaskStatus> = {
  OPEN: { to: ['DONE', 'CANCELLED'] },
  DONE: { to: [] },
  CANCELLED: { to: [] },
};

/** What raised an automatic task: an applied request, a detractor's answer, a fall to AT_RISK. */
export const TASK_SOURCE_TYPES = [
  'PROVISIONING_REQUEST',
  'SURVEY_RESPONSE',
  'HEALTH_FALL',
] as const;
export type TaskSourceType = (typeof TASK_SOURCE_TYPES)[number];

export const TASK_TITLE_MAX = 200;
/** A kickoff is due by the end of the 7th Tokyo day after the conversion applied. */
export const KICKOFF_DUE_DAYS = 7;
/** A detractor is called back by the end of the 3rd Tokyo day after the answer arrived. */
export const FOLLOW_UP_DUE_DAYS = 3;
/** Answers older than this (a file of last year's survey) raise no follow-up: too late to call. */
export const DETRACTOR_FOLLOW_UP_MAX_AGE_DAYS = 30;
/** Stages whose detractors are followed up: the customers we can still keep. */
const FOLLOW_UP_STAGES: readonly LifecycleStage[] = ['TRIAL', 'ACTIVE'];

/** Titles of the tasks Kizuna raises itself (a MANUAL task has the title staff typed). */
export const AUTOMATIC_TASK_TITLES = {
  KICKOFF: { ja: 'キックオフ（導入開始の打ち合わせ）', en: 'Kickoff meeting' },
  DETRACTOR_FOLLOW_UP: {
    ja: 'NPS批判者へのフォローアップ',
    en: 'Follow up on an NPS detractor',
  },
  AT_RISK_FOLLOW_UP: {
    ja: 'ヘルススコア低下（解約リスク）へのフォローアップ',
    en: 'Follow up on a health score fallen to at risk',
  },
} as const;

/** The title of a task: its own, else the one of its kind and source, in the reader's language. */
export function taskTitle(
  task: { kind: TaskKind; title: string | null; sourceType: TaskSourceType | null },
  locale: 'ja' | 'en',
): string {
  if (task.title !== null) return task.title;
  if (task.kind === 'KICKOFF') return AUTOMATIC_TASK_TITLES.KICKOFF[locale];
  return task.sourceType === 'HEALTH_FALL'
    ? AUTOMATIC_TASK_TITLES.AT_RISK_FOLLOW_UP[locale]
    : AUTOMATIC_TASK_TITLES.DETRACTOR_FOLLOW_UP[locale];
}

/** The Tokyo date `days` after `date` (YYYY-MM-DD). */
export function addDaysIso(date: string, days: number): string {
  return isoDateJst(new Date(scheduledChangeDueAt(date).getTime() + days * DAY_MS));
}

/** The last instant of a due date in Tokyo (23:59:59.999 JST): a task is on time until then. */
export function taskDueAt(dueOn: string): Date {
  return new Date(scheduledChangeDueAt(dueOn).getTime() + DAY_MS - 1);
}

/** Overdue: still OPEN after its due date (Asia/Tokyo) has ended. */
export function isTaskOverdue(task: { status: TaskStatus; dueOn: string }, now: Date): boolean {
  return task.status === 'OPEN' && task.dueOn < isoDateJst(now);
}

/** When the kickoff of a conversion applied on `applyDate` is due. */
export const kickoffDueOn = (applyDate: string) => addDaysIso(applyDate, KICKOFF_DUE_DAYS);

/** When the follow-up of a warning sign seen at `now` is due. */
export const followUpDueOn = (now: Date) => addDaysIso(isoDateJst(now), FOLLOW_UP_DUE_DAYS);

/**
 * Does a survey answer call for a follow-up: an NPS detractor (0–6) of a customer in trial or
 * under contract, answered within the last 30 days?
 */
export function needsDetractorFollowUp(
  answer: { surveyKind: SurveyKind; score: number; answeredAt: Date; stage: LifecycleStage },
  now: Date,
): boolean {
  if (answer.surveyKind !== 'NPS' || !FOLLOW_UP_STAGES.includes(answer.stage)) return false;
  if (now.getTime() - answer.answeredAt.getTime() > DETRACTOR_FOLLOW_UP_MAX_AGE_DAYS * DAY_MS)
    return false;
  return npsCategory(answer.score) === 'DETRACTOR';
}

/**
 * Who looks after a customer's account, for the tasks Kizuna raises itself: the maker of its
 * latest applied request of these kinds (a contract the maker negotiated). Erasures and service
 * credits are made for privacy and the SLA, not by the account's owner, so they do not count.
 */
export const ACCOUNT_OWNER_REQUEST_KINDS: readonly ProvisioningKind[] = [
  'CONVERSION',
  'PLAN_CHANGE',
  'OPTION_CHANGE',
  'CANCELLATION',
  'TRIAL_EXTENSION',
  'REACTIVATION',
  'SECOND_TRIAL',
];

/**
 * An automatic task goes to the staff member the rule names (the conversion's maker, the
 * account's owner) while that person is active; otherwise it waits unassigned for anyone.
 */
export function automaticTaskAssignee(
  candidate: { id: string; active: boolean } | null | undefined,
): string | null {
  return candidate?.active ? candidate.id : null;
}

export interface ValidNewTask {
  title: string;
  dueOn: string;
}

/** A title typed by staff, spaces collapsed: required, at most 200 characters. */
function validateTaskTitle(raw: string): Result<string, UserErrorData> {
  const title = raw.trim().replace(/\s+/g, ' ');
  if (title === '') return err(userError('REQUIRED', 'title'));
  if (title.length > TASK_TITLE_MAX)
    return err(userError('TOO_LONG', 'title', { max: TASK_TITLE_MAX }));
  return ok(title);
}

/** A task typed by staff: a title (≤ 200) and a due date, today or later in Tokyo. */
export function validateNewTask(
  draft: { title: string; dueOn: string },
  now: Date,
): Result<ValidNewTask, UserErrorData[]> {
  const errors: UserErrorData[] = [];
  const title = validateTaskTitle(draft.title);
  if (!title.ok) errors.push(title.error);
  const dueOn = validateEffectiveDate(draft.dueOn, now, 'dueOn');
  if (!dueOn.ok) errors.push(dueOn.error);
  if (errors.length > 0 || !dueOn.ok || !title.ok) return err(errors);
  return ok({ title: title.value, dueOn: dueOn.value });
}

/**
 * A change to an open task: a new title (MANUAL tasks only: the others take their kind's title)
 * and/or a new due date, today or later in Tokyo. Left out (undefined or null): unchanged;
 * nothing that differs from the task: NO_CHANGE.
 */
export function validateTaskChange(
  task: { status: TaskStatus; kind: TaskKind; title: string | null; dueOn: string },
  change: { title?: string | null; dueOn?: string | null },
  now: Date,
): Result<Partial<ValidNewTask>, UserErrorData[]> {
  if (task.status !== 'OPEN') return err([userError('TASK_NOT_OPEN', 'taskId')]);
  const errors: UserErrorData[] = [];
  const valid: Partial<ValidNewTask> = {};
  if (change.title !== undefined && change.title !== null) {
    const title = validateTaskTitle(change.title);
    if (task.kind !== 'MANUAL') errors.push(userError('AUTOMATIC_TASK_TITLE', 'title'));
    else if (!title.ok) errors.push(title.error);
    else if (title.value !== task.title) valid.title = title.value;
  }
  if (change.dueOn !== undefined && change.dueOn !== null) {
    const dueOn = validateEffectiveDate(change.dueOn, now, 'dueOn');
    if (!dueOn.ok) errors.push(dueOn.error);
    else if (dueOn.value !== task.dueOn) valid.dueOn = dueOn.value;
  }
  if (errors.length > 0) return err(errors);
  if (valid.title === undefined && valid.dueOn === undefined)
    return err([userError('NO_CHANGE', null)]);
  return ok(valid);
}

/**
 * An OPEN task can be handed to another active staff member; a done or cancelled one keeps who
 * held it, and handing a task to whoever holds it changes nothing.
 */
export function canReassignTask(
  task: { status: TaskStatus; assigneeId: string | null },
  assigneeId: string,
): Result<void, UserErrorData> {
  if (task.status !== 'OPEN') return err(userError('TASK_NOT_OPEN', 'taskId'));
  if (task.assigneeId === assigneeId) return err(userError('NO_CHANGE', 'assigneeId'));
  return ok(undefined);
}

/** Only an OPEN task can be completed. */
export function canCompleteTask(status: TaskStatus): Result<void, UserErrorData> {
  return canTransition(TASK_TRANSITIONS, status, 'DONE')
    ? ok(undefined)
    : err(userError('TASK_NOT_OPEN', 'taskId'));
}
