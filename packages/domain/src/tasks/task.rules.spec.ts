import { canTransition } from '../shared/state-machine.js';
import {
  ACCOUNT_OWNER_REQUEST_KINDS,
  addDaysIso,
  automaticTaskAssignee,
  canCompleteTask,
  canReassignTask,
  followUpDueOn,
  isTaskOverdue,
  kickoffDueOn,
  needsDetractorFollowUp,
  TASK_STATUSES,
  TASK_TRANSITIONS,
  taskDueAt,
  taskTitle,
  validateNewTask,
  validateTaskChange,
  type TaskStatus,
} from './task.rules.js';

const at = (iso: string) => new Date(iso);

describe('task transitions', () => {
  const allowed = [
    ['OPEN', 'DONE'],
    ['OPEN', 'CANCELLED'],
  ];
  const all = TASK_STATUSES.flatMap((f) => TASK_STATUSES.map((t) => [f, t] as const));
  it.each(all)('%s → %s', (from, to) => {
    expect(canTransition(TASK_TRANSITIONS, from, to)).toBe(
      allowed.some(([f, t]) => f === from && t === to),
    );
  });

  it.each<[TaskStatus, boolean]>([
    ['OPEN', true],
    ['DONE', false],
    ['CANCELLED', false],
  ])('completing a %s task: %s', (status, may) => {
    const result = canCompleteTask(status);
    expect(result.ok).toBe(may);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'TASK_NOT_OPEN', field: 'taskId' });
  });
});

describe('canReassignTask', () => {
  it.each<[TaskStatus, string | null, string, string | null]>([
    ['OPEN', 'a', 'b', null],
    ['OPEN', null, 'b', null],
    ['OPEN', 'b', 'b', 'NO_CHANGE assigneeId'],
    ['DONE', 'a', 'b', 'TASK_NOT_OPEN taskId'],
    ['CANCELLED', null, 'b', 'TASK_NOT_OPEN taskId'],
  ])('a %s task held by %s, to %s: %s', (status, holder, to, refusal) => {
    const result = canReassignTask({ status, assigneeId: holder }, to);
    expect(result.ok ? null : `${result.error.code} ${result.error.field}`).toBe(refusal);
  });
});

describe('due dates (Asia/Tokyo)', () => {
  it.each([
    ['2027-01-01', 7, '2027-01-08'],
    ['2027-02-25', 7, '2027-03-04'],
    ['2028-02-25', 7, '2028-03-03'],
    ['2027-12-28', 7, '2028-01-04'],
    ['2027-03-31', 0, '2027-03-31'],
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addDaysIso(date, days)).toBe(expected);
  });

  it('a kickoff is due 7 Tokyo days after the apply date', () => {
    expect(kickoffDueOn('2027-03-01')).toBe('2027-03-08');
  });

  it.each([
    // Late on 1 March in Tokyo: still 1 March.
    ['2027-03-01T23:30:00+09:00', '2027-03-04'],
    // 08:00 on 2 March in Tokyo is 1 March in UTC: Tokyo's date counts.
    ['2027-03-02T08:00:00+09:00', '2027-03-05'],
  ])('a follow-up raised at %s is due on %s', (now, due) => {
    expect(followUpDueOn(at(now))).toBe(due);
  });

  it('is on time until the last moment of its due day in Tokyo', () => {
    expect(taskDueAt('2027-03-08').toISOString()).toBe('2027-03-08T14:59:59.999Z');
  });

  it.each<[TaskStatus, string, string, boolean]>([
    ['OPEN', '2027-03-08', '2027-03-08T23:59:59+09:00', false],
    ['OPEN', '2027-03-08', '2027-03-09T00:00:00+09:00', true],
    ['OPEN', '2027-03-08', '2027-03-01T10:00:00+09:00', false],
    ['DONE', '2027-03-08', '2027-04-01T00:00:00+09:00', false],
    ['CANCELLED', '2027-03-08', '2027-04-01T00:00:00+09:00', false],
  ])('%s due %s, at %s: overdue %s', (status, dueOn, now, overdue) => {
    expect(isTaskOverdue({ status, dueOn }, at(now))).toBe(overdue);
  });
});

describe('needsDetractorFollowUp', () => {
  const now = at('2027-03-10T12:00:00+09:00');
  const answer = {
    surveyKind: 'NPS' as const,
    score: 6,
    answeredAt: at('2027-03-10T09:00:00+09:00'),
    stage: 'ACTIVE' as const,
  };
  it.each([
    ['an NPS 6 of an active customer', {}, true],
    ['an NPS 0', { score: 0 }, true],
    ['an NPS 7 (passive)', { score: 7 }, false],
    ['an NPS 10 (promoter)', { score: 10 }, false],
    ['a trial customer', { stage: 'TRIAL' }, true],
    ['a churned customer', { stage: 'CHURNED' }, false],
    ['a lead', { stage: 'LEAD' }, false],
    ['a CSAT 1', { surveyKind: 'CSAT', score: 1 }, false],
    ['a CES 1', { surveyKind: 'CES', score: 1 }, false],
    ['an answer 30 days old', { answeredAt: at('2027-02-08T12:00:00+09:00') }, true],
    ['an answer 31 days old', { answeredAt: at('2027-02-07T12:00:00+09:00') }, false],
  ] as const)('%s → %s', (_what, change, expected) => {
    expect(needsDetractorFollowUp({ ...answer, ...change }, now)).toBe(expected);
  });
});

describe('validateNewTask', () => {
  const now = at('2027-03-10T12:00:00+09:00');
  it('trims the title and accepts today', () => {
    expect(validateNewTask({ title: '  導入研修の  日程調整 ', dueOn: '2027/3/10' }, now)).toEqual({
      ok: true,
      value: { title: '導入研修の 日程調整', dueOn: '2027-03-10' },
    });
  });

  it.each([
    [{ title: ' ', dueOn: '2027-03-11' }, ['REQUIRED title']],
    [{ title: 'x'.repeat(201), dueOn: '2027-03-11' }, ['TOO_LONG title']],
    [{ title: '電話', dueOn: '2027-03-09' }, ['DATE_IN_PAST dueOn']],
    [{ title: '電話', dueOn: '2027-02-30' }, ['INVALID_DATE dueOn']],
    [{ title: '', dueOn: '' }, ['REQUIRED title', 'REQUIRED dueOn']],
  ])('refuses %j', (draft, expected) => {
    const result = validateNewTask(draft, now);
    expect(result.ok ? [] : result.error.map((e) => `${e.code} ${e.field}`)).toEqual(expected);
  });
});

describe('validateTaskChange', () => {
  const now = at('2027-03-10T12:00:00+09:00');
  const manual = { status: 'OPEN', kind: 'MANUAL', title: '電話', dueOn: '2027-03-12' } as const;
  const kickoff = { ...manual, kind: 'KICKOFF', title: null } as const;
  it.each([
    [
      'a new title, spaces collapsed',
      manual,
      { title: ' 請求書の  送付 ' },
      { title: '請求書の 送付' },
    ],
    ['a new due date', manual, { dueOn: '2027/3/15' }, { dueOn: '2027-03-15' }],
    ['a kickoff moved to today', kickoff, { dueOn: '2027-03-10' }, { dueOn: '2027-03-10' }],
    [
      'the same title with a new date',
      manual,
      { title: '電話', dueOn: '2027-03-11' },
      { dueOn: '2027-03-11' },
    ],
  ] as const)('accepts %s', (_what, task, change, expected) => {
    expect(validateTaskChange(task, change, now)).toEqual({ ok: true, value: expected });
  });
  it.each([
    [
      'a done task',
      { ...manual, status: 'DONE' },
      { dueOn: '2027-03-15' },
      ['TASK_NOT_OPEN taskId'],
    ],
    ['a title for a kickoff', kickoff, { title: '打ち合わせ' }, ['AUTOMATIC_TASK_TITLE title']],
    [
      'an empty title and a past date',
      manual,
      { title: ' ', dueOn: '2027-03-09' },
      ['REQUIRED title', 'DATE_IN_PAST dueOn'],
    ],
    ['nothing', manual, {}, ['NO_CHANGE null']],
    ['the same values', manual, { title: '電話', dueOn: '2027-03-12' }, ['NO_CHANGE null']],
  ] as const)('refuses %s', (_what, task, change, expected) => {
    const result = validateTaskChange(task, change, now);
    expect(result.ok ? [] : result.error.map((e) => `${e.code} ${e.field}`)).toEqual(expected);
  });
});

describe('taskTitle', () => {
  it.each([
    [{ kind: 'MANUAL', title: '請求書の送付', sourceType: null }, 'ja', '請求書の送付'],
    [
      { kind: 'KICKOFF', title: null, sourceType: 'PROVISIONING_REQUEST' },
      'ja',
      'キックオフ（導入開始の打ち合わせ）',
    ],
    [{ kind: 'KICKOFF', title: null, sourceType: 'PROVISIONING_REQUEST' }, 'en', 'Kickoff meeting'],
    [
      { kind: 'FOLLOW_UP', title: null, sourceType: 'SURVEY_RESPONSE' },
      'en',
      'Follow up on an NPS detractor',
    ],
    [
      { kind: 'FOLLOW_UP', title: null, sourceType: 'HEALTH_FALL' },
      'ja',
      'ヘルススコア低下（解約リスク）へのフォローアップ',
    ],
  ] as const)('%j in %s reads %s', (task, locale, title) => {
    expect(taskTitle(task, locale)).toBe(title);
  });
});

describe('automatic assignment', () => {
  it.each([
    [{ id: 'maker', active: true }, 'maker'],
    [{ id: 'maker', active: false }, null],
    [null, null],
    [undefined, null],
  ])('%j → %s', (candidate, assignee) => {
    expect(automaticTaskAssignee(candidate)).toBe(assignee);
  });

  it('does not take the owner of an account from an erasure or a service credit', () => {
    expect(ACCOUNT_OWNER_REQUEST_KINDS).toContain('CONVERSION');
    expect(ACCOUNT_OWNER_REQUEST_KINDS).not.toContain('ERASURE');
    expect(ACCOUNT_OWNER_REQUEST_KINDS).not.toContain('SERVICE_CREDIT');
  });
});
