import { isoDateJst } from '@kizuna/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  CustomerCompleteTaskDocument,
  CustomerCreateTaskDocument,
  CustomerTasksDocument,
  ReassignTaskDocument,
  TaskAssigneesDocument,
  UpdateTaskDocument,
} from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render';
import { FIRST_TASKS, TasksCard } from './tasks-card';

const task = (id: string, title: string, overrides: object = {}) => ({
  __typename: 'Task' as const,
  id,
  title,
  kind: 'MANUAL',
  status: 'OPEN',
  dueOn: '2026-12-01',
  isOverdue: false,
  completedAt: null,
  assignee: { __typename: 'StaffMember', id: 'S1', displayName: '佐藤 一郎' },
  ...overrides,
});

const tasksMock = (tasks: object[]) => ({
  request: { query: CustomerTasksDocument, variables: { id: 'C1', first: FIRST_TASKS + 1 } },
  result: { data: { customer: { __typename: 'Customer', id: 'C1', tasks } } },
});

const staff = (id: string, displayName: string) => ({
  __typename: 'AssignableStaffMemberEdge',
  node: { __typename: 'AssignableStaffMember', id, displayName },
});

/** Every active member, as an operator (tasks:write, not staff:manage) reads them. */
const assigneesMock = {
  request: { query: TaskAssigneesDocument },
  result: {
    data: {
      assignableStaff: {
        __typename: 'AssignableStaffMemberConnection',
        edges: [staff('S1', '佐藤 一郎'), staff('S2', '鈴木 二郎')],
      },
    },
  },
};

const card = (canWrite = true) => (
  <TasksCard customerId="C1" canWrite={canWrite} viewerName="佐藤 一郎" />
);

const payload = (name: string, result: object | null, userErrors: object[] = []) => ({
  data: {
    [name === 'ReassignTaskPayload' ? 'reassignTask' : 'updateTask']: {
      __typename: name,
      task: result,
      userErrors: userErrors.map((e) => ({ __typename: 'UserError', ...e })),
    },
  },
});

describe('TasksCard', () => {
  it('lists the tasks with overdue ones marked, and offers "all tasks" when there are more', async () => {
    const many = [
      task('T1', 'キックオフ', { isOverdue: true }),
      ...[2, 3, 4, 5, 6].map((n) => task(`T${n}`, `タスク${n}`)),
    ];
    renderWithProviders(card(), { mocks: [tasksMock(many)] });
    const rows = await screen.findAllByTestId('task');
    expect(rows).toHaveLength(FIRST_TASKS);
    expect(rows[0]).toHaveAttribute('data-overdue', 'true');
    expect(within(rows[0]!).getByText('期限切れ')).toBeInTheDocument();
    expect(within(rows[1]!).queryByText('期限切れ')).toBeNull();
    expect(screen.getByRole('button', { name: /すべてのタスク/ })).toBeInTheDocument();
  });

  it('completes a task: it is marked done and can no longer be completed', async () => {
    const user = userEvent.setup();
    const complete = jest.fn(() => ({
      data: {
        completeTask: {
          __typename: 'CompleteTaskPayload',
          task: task('T1', 'キックオフ', { status: 'DONE', completedAt: '2026-12-04T01:00:00Z' }),
          userErrors: [],
        },
      },
    }));
    renderWithProviders(card(), {
      mocks: [
        tasksMock([task('T1', 'キックオフ')]),
        {
          request: { query: CustomerCompleteTaskDocument, variables: { input: { taskId: 'T1' } } },
          result: complete,
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: '完了にする: キックオフ' }));
    await waitFor(() => expect(complete).toHaveBeenCalledTimes(1));
    const row = await screen.findByTestId('task');
    await waitFor(() => expect(row).toHaveAttribute('data-status', 'DONE'));
    expect(within(row).getByText('完了')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /完了にする/ })).toBeNull();
  });

  it('adds a task for the signed-in staff member, due today in Tokyo by default', async () => {
    const user = userEvent.setup();
    const today = isoDateJst(new Date());
    const create = jest.fn(() => ({
      data: {
        createTask: {
          __typename: 'CreateTaskPayload',
          task: task('T9', '請求書を送る', { dueOn: today }),
          userErrors: [],
        },
      },
    }));
    renderWithProviders(card(), {
      mocks: [
        tasksMock([]),
        {
          request: {
            query: CustomerCreateTaskDocument,
            variables: { input: { customerId: 'C1', title: '請求書を送る', dueOn: today } },
          },
          result: create,
        },
        assigneesMock,
        tasksMock([task('T9', '請求書を送る', { dueOn: today })]),
      ],
    });
    expect(await screen.findByText('この顧客のタスクはありません。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /タスクを追加/ }));
    const dialog = await screen.findByRole('dialog');
    // A blank title is refused before sending.
    await user.click(within(dialog).getByRole('button', { name: /タスクを追加/ }));
    expect(await within(dialog).findByText('入力してください。')).toBeInTheDocument();
    expect(within(dialog).getByText('自分（佐藤 一郎）')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('内容'), '請求書を送る');
    await user.click(within(dialog).getByRole('button', { name: /タスクを追加/ }));
    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('請求書を送る')).toBeInTheDocument();
  });

  it('offers every active member as the assignee of a new task, not only "me" and "nobody"', async () => {
    const user = userEvent.setup();
    renderWithProviders(card(), { mocks: [tasksMock([]), assigneesMock] });
    await user.click(await screen.findByRole('button', { name: /タスクを追加/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('担当者'));
    expect(await screen.findByTitle('鈴木 二郎')).toBeInTheDocument();
    expect(screen.getByTitle('未割り当て')).toBeInTheDocument();
  });

  it('reassigns an open task to the chosen member with reassignTask', async () => {
    const user = userEvent.setup();
    const moved = task('T1', 'キックオフ', {
      kind: 'KICKOFF',
      assignee: { __typename: 'StaffMember', id: 'S2', displayName: '鈴木 二郎' },
    });
    const reassign = jest.fn(() => payload('ReassignTaskPayload', moved));
    renderWithProviders(card(), {
      mocks: [
        tasksMock([task('T1', 'キックオフ', { kind: 'KICKOFF' })]),
        assigneesMock,
        {
          request: {
            query: ReassignTaskDocument,
            variables: { input: { taskId: 'T1', assigneeId: 'S2' } },
          },
          result: reassign,
        },
        tasksMock([moved]),
      ],
    });
    await user.click(await screen.findByRole('button', { name: '担当者を変更: キックオフ' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('担当者'));
    await user.click(await screen.findByTitle('鈴木 二郎'));
    await user.click(within(dialog).getByRole('button', { name: '担当者を変更' }));
    await waitFor(() => expect(reassign).toHaveBeenCalledTimes(1));
    const row = await screen.findByTestId('task');
    await waitFor(() => expect(within(row).getByText('鈴木 二郎')).toBeInTheDocument());
  });

  it('shows a refusal of the assignee on the assignee field', async () => {
    const user = userEvent.setup();
    const reassign = jest.fn(() =>
      payload('ReassignTaskPayload', null, [
        { code: 'STAFF_INACTIVE', field: 'assigneeId', message: 'このスタッフは無効です。' },
      ]),
    );
    renderWithProviders(card(), {
      mocks: [
        tasksMock([task('T1', 'キックオフ')]),
        assigneesMock,
        {
          request: {
            query: ReassignTaskDocument,
            variables: { input: { taskId: 'T1', assigneeId: 'S2' } },
          },
          result: reassign,
        },
        // The lists are read again after any answer, a refusal included.
        tasksMock([task('T1', 'キックオフ')]),
      ],
    });
    await user.click(await screen.findByRole('button', { name: '担当者を変更: キックオフ' }));
    const dialog = await screen.findByRole('dialog');
    const field = within(dialog).getByLabelText('担当者');
    await user.click(field);
    await user.click(await screen.findByTitle('鈴木 二郎'));
    await user.click(within(dialog).getByRole('button', { name: '担当者を変更' }));
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(await within(dialog).findByText('このスタッフは無効です。')).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBe(dialog);
  });

  it('edits the title of a manual task with updateTask, sending only what changed', async () => {
    const user = userEvent.setup();
    const edited = task('T1', '請求書を再送する');
    const update = jest.fn(() => payload('UpdateTaskPayload', edited));
    renderWithProviders(card(), {
      mocks: [
        tasksMock([task('T1', '請求書を送る')]),
        {
          request: {
            query: UpdateTaskDocument,
            variables: { input: { taskId: 'T1', title: '請求書を再送する' } },
          },
          result: update,
        },
        tasksMock([edited]),
      ],
    });
    await user.click(await screen.findByRole('button', { name: '編集: 請求書を送る' }));
    const dialog = await screen.findByRole('dialog');
    const title = within(dialog).getByLabelText('内容');
    expect(title).toHaveValue('請求書を送る');
    await user.clear(title);
    await user.type(title, '請求書を再送する');
    await user.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    await waitFor(() => expect(update).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('請求書を再送する')).toBeInTheDocument();
  });

  it('shows the API refusal of the title on the title field', async () => {
    const user = userEvent.setup();
    const update = jest.fn(() =>
      payload('UpdateTaskPayload', null, [
        {
          code: 'AUTOMATIC_TASK_TITLE',
          field: 'title',
          message: '自動で作成されたタスクの内容は変更できません。',
        },
      ]),
    );
    renderWithProviders(card(), {
      mocks: [
        tasksMock([task('T1', '請求書を送る')]),
        {
          request: {
            query: UpdateTaskDocument,
            variables: { input: { taskId: 'T1', title: '電話する' } },
          },
          result: update,
        },
        tasksMock([task('T1', '請求書を送る')]),
      ],
    });
    await user.click(await screen.findByRole('button', { name: '編集: 請求書を送る' }));
    const dialog = await screen.findByRole('dialog');
    const title = within(dialog).getByLabelText('内容');
    await user.clear(title);
    await user.type(title, '電話する');
    await user.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    await waitFor(() => expect(title).toHaveAttribute('aria-invalid', 'true'));
    expect(
      await within(dialog).findByText('自動で作成されたタスクの内容は変更できません。'),
    ).toBeInTheDocument();
    expect(update).toHaveBeenCalledTimes(1);
  });

  it('offers no title to change on an automatic task, and refuses an edit that changes nothing', async () => {
    const user = userEvent.setup();
    renderWithProviders(card(), {
      mocks: [tasksMock([task('T1', 'キックオフ', { kind: 'KICKOFF' })])],
    });
    await user.click(await screen.findByRole('button', { name: '編集: キックオフ' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByRole('textbox', { name: '内容' })).toBeNull();
    expect(
      within(dialog).getByText(/自動で作成されたタスクの内容は変更できません/),
    ).toBeInTheDocument();
    // Nothing changed: refused before anything is sent (an unmocked updateTask would fail).
    await user.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    expect(await within(dialog).findByRole('alert')).toBeInTheDocument();
  });

  it('offers no task changes to a role that only reads tasks', async () => {
    renderWithProviders(card(false), { mocks: [tasksMock([task('T1', 'キックオフ')])] });
    expect(await screen.findByText('キックオフ')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /完了にする|タスクを追加|担当者を変更|編集/ }),
    ).toBeNull();
  });

  it('offers no changes to a finished task', async () => {
    renderWithProviders(card(), {
      mocks: [tasksMock([task('T1', 'キックオフ', { status: 'DONE' })])],
    });
    expect(await screen.findByText('キックオフ')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /担当者を変更|編集/ })).toBeNull();
  });
});
