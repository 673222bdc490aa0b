import { screen, within } from '@testing-library/react';
import { HomeMyTasksDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/render';
import { MyTasksCard } from './my-tasks-card';

const task = (id: string, title: string, dueOn: string, isOverdue: boolean, customer: string) => ({
  __typename: 'TaskEdge',
  node: {
    __typename: 'Task',
    id,
    title,
    dueOn,
    isOverdue,
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

  it('says so when nothing is open', async () => {
    renderWithProviders(<MyTasksCard assigneeId="V1" />, { mocks: [tasksMock([])] });
    expect(await screen.findByText('未完了のタスクはありません。')).toBeInTheDocument();
  });
});
