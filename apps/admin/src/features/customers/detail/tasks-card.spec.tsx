import { isoDateJst } from '@kizuna/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  CustomerCompleteTaskDocument,
  CustomerCreateTaskDocument,
  CustomerTasksDocument,
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

const card = (canWrite = true) => (
  <TasksCard customerId="C1" canWrite={canWrite} canAssignOthers={false} viewerName="佐藤 一郎" />
);

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

  it('offers no task changes to a role that only reads tasks', async () => {
    renderWithProviders(card(false), { mocks: [tasksMock([task('T1', 'キックオフ')])] });
    expect(await screen.findByText('キックオフ')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /完了にする|タスクを追加/ })).toBeNull();
  });
});
