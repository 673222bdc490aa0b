import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  HomeMyTasksDocument,
  ReassignTaskDocument,
  TaskAssigneesDocument,
} from '../../gql/graphql';
import { renderWithProviders } from '../../test/render';
import { MyTasksCard } from './my-tasks-card';

const task = (id: string, title: string, dueOn: string, isOverdue: boolean, customer: string) => ({
  __typename: 'TaskEdge',
  node: {
    __typename: 'Task',
    id,
    title,
    kind: 'KICKOFF',
    status: 'OPEN',
    dueOn,
    isOverdue,
    assignee: { __typename: 'StaffMember', id: 'V1', displayName: '佐藤 一郎' },
    customer: { __typename: 'Customer', id: `C-${id}`, name: customer },
  },
});

const tasksMock = (edges: ReturnType<typeof task>[]) => ({
  request: { query: HomeMyTasksDocument, variables: { assigneeId: 'V1' } },
  result: {
    data: { tasks: { __typename: 'TaskConnection', totalCount: edges.length, edges } },
  },
});

describe('MyTasksCard', () => {
  it('lists my open tasks as the API orders them, overdue ones tagged, each to its customer', async () => {
    renderWithProviders(<MyTasksCard assigneeId="V1" />, {
      mocks: [
        tasksMock([
          task('T1', 'キックオフ（導入開始の打ち合わせ）', '2026-12-01', true, '株式会社遅延'),
          task('T2', 'NPS批判者へのフォローアップ', '2026-12-07', false, '株式会社予定'),
        ]),
      ],
    });
    const card = await screen.findByTestId('home-my-tasks');
    expect(await within(card).findByText('自分のタスク（未完了 2件）')).toBeInTheDocument();
    const items = within(card).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'キックオフ（導入開始の打ち合わせ）株式会社遅延 · 期限 2026/12/01 期限切れ',
      'NPS批判者へのフォローアップ株式会社予定 · 期限 2026/12/07 ',
    ]);
    expect(within(items[0]!).getByRole('link')).toHaveAttribute('href', '/customers/C-T1');
  });

  it('hands a task to a colleague with reassignTask, for those who work tasks', async () => {
    const user = userEvent.setup();
    const reassign = jest.fn(() => ({
      data: {
        reassignTask: {
          __typename: 'ReassignTaskPayload',
          task: { ...task('T1', 'キックオフ', '2026-12-07', false, '株式会社予定').node },
          userErrors: [],
        },
      },
    }));
    renderWithProviders(<MyTasksCard assigneeId="V1" canWrite />, {
      mocks: [
        tasksMock([task('T1', 'キックオフ', '2026-12-07', false, '株式会社予定')]),
        {
          request: { query: TaskAssigneesDocument },
          result: {
            data: {
              assignableStaff: {
                __typename: 'AssignableStaffMemberConnection',
                edges: [
                  {
                    __typename: 'AssignableStaffMemberEdge',
                    node: {
                      __typename: 'AssignableStaffMember',
                      id: 'S2',
                      displayName: '鈴木 二郎',
                    },
                  },
                ],
              },
            },
          },
        },
        {
          request: {
            query: ReassignTaskDocument,
            variables: { input: { taskId: 'T1', assigneeId: 'S2' } },
          },
          result: reassign,
        },
        // No longer mine: gone from my list.
        tasksMock([]),
      ],
    });
    await user.click(await screen.findByRole('button', { name: '担当者を変更: キックオフ' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('担当者'));
    await user.click(await screen.findByTitle('鈴木 二郎'));
    await user.click(within(dialog).getByRole('button', { name: '担当者を変更' }));
    await waitFor(() => expect(reassign).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('未完了のタスクはありません。')).toBeInTheDocument();
  });

  it('offers no changes to a role that only reads tasks', async () => {
    renderWithProviders(<MyTasksCard assigneeId="V1" />, {
      mocks: [tasksMock([task('T1', 'キックオフ', '2026-12-07', false, '株式会社予定')])],
    });
    expect(await screen.findByText('キックオフ')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /担当者を変更|編集/ })).toBeNull();
  });

  it('says so when nothing is open', async () => {
    renderWithProviders(<MyTasksCard assigneeId="V1" />, { mocks: [tasksMock([])] });
    expect(await screen.findByText('未完了のタスクはありません。')).toBeInTheDocument();
  });
});
