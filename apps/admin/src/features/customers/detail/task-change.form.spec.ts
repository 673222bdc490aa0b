import dayjs from 'dayjs';
import {
  checkEditTask,
  checkReassignTask,
  hasEditableTitle,
  updateTaskInput,
} from './task-change.form';

// 2026-12-04 10:00 in Tokyo.
const NOW = new Date('2026-12-04T01:00:00Z');

const task = {
  id: 'T1',
  kind: 'MANUAL' as const,
  status: 'OPEN' as const,
  title: '請求書を送る',
  dueOn: '2026-12-03',
  assignee: { __typename: 'StaffMember' as const, id: 'S1', displayName: '佐藤 一郎' },
};

describe('updateTaskInput', () => {
  it.each([
    ['a new title', { title: ' 請求書を再送する ' }, { title: '請求書を再送する' }],
    ['a new due date', { dueOn: dayjs('2026-12-10') }, { dueOn: '2026-12-10' }],
    ['the same title and date', { title: '請求書を送る', dueOn: dayjs('2026-12-03') }, {}],
    ['no title (an automatic task)', { dueOn: dayjs('2026-12-10') }, { dueOn: '2026-12-10' }],
  ])('sends only what changed: %s', (_, values, change) => {
    expect(updateTaskInput(task, values)).toEqual({ taskId: 'T1', ...change });
  });
});

describe('checkEditTask', () => {
  it.each([
    [
      'an overdue task renamed, its past date kept',
      task,
      { title: '電話', dueOn: dayjs('2026-12-03') },
      [],
    ],
    ['a date in the past', task, { dueOn: dayjs('2026-12-01') }, ['DATE_IN_PAST dueOn']],
    [
      'nothing changed',
      task,
      { title: '請求書を送る', dueOn: dayjs('2026-12-03') },
      ['NO_CHANGE null'],
    ],
    ['a blank title', task, { title: '  ', dueOn: dayjs('2026-12-03') }, ['REQUIRED title']],
    ['no date', task, { title: '電話', dueOn: null }, ['REQUIRED dueOn']],
    [
      'a title for an automatic task',
      { ...task, kind: 'KICKOFF' as const },
      { title: '打ち合わせ', dueOn: dayjs('2026-12-03') },
      ['AUTOMATIC_TASK_TITLE title'],
    ],
  ])('%s', (_, t, values, refusals) => {
    expect(checkEditTask(t, values, NOW).map((e) => `${e.code} ${e.field}`)).toEqual(refusals);
  });
});

describe('checkReassignTask', () => {
  it.each([
    ['someone else', 'S2', []],
    ['whoever holds it', 'S1', ['NO_CHANGE assigneeId']],
    ['nobody', undefined, ['REQUIRED assigneeId']],
  ])('to %s', (_, assigneeId, refusals) => {
    expect(checkReassignTask(task, { assigneeId }).map((e) => `${e.code} ${e.field}`)).toEqual(
      refusals,
    );
  });
});

it('offers a title to edit on manual tasks only', () => {
  expect(hasEditableTitle({ kind: 'MANUAL' })).toBe(true);
  expect(hasEditableTitle({ kind: 'KICKOFF' })).toBe(false);
  expect(hasEditableTitle({ kind: 'FOLLOW_UP' })).toBe(false);
});
