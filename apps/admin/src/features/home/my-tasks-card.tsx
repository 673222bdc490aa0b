import { useQuery } from '@apollo/client/react';
import { formatDateJp } from '@kizuna/domain';
import { Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HomeMyTasksDocument } from '../../gql/graphql';
import { ErrorState, LoadingState } from '../../shared/page-states';
import { TaskChangeButtons } from '../customers/detail/task-change-modals';

/** A Tokyo date (YYYY-MM-DD) as 2026/12/04. */
const jstDate = (isoDate: string) => formatDateJp(new Date(`${isoDate}T00:00:00+09:00`));

/**
 * My open tasks, overdue first (the API's order), each linking to its customer; those who work
 * tasks (canWrite) hand one to a colleague or change it here.
 */
export function MyTasksCard({
  assigneeId,
  canWrite = false,
}: {
  assigneeId: string;
  canWrite?: boolean;
}) {
  const { t } = useTranslation();
  const { data, error } = useQuery(HomeMyTasksDocument, {
    variables: { assigneeId },
    fetchPolicy: 'cache-and-network',
  });
  const tasks = data?.tasks;
  return (
    <Card
      title={t('home.myTasks', { count: tasks?.totalCount ?? 0 })}
      data-testid="home-my-tasks"
      style={{ height: '100%' }}
    >
      {error && !tasks ? (
        <ErrorState error={error} />
      ) : !tasks ? (
        <LoadingState />
      ) : tasks.edges.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.myTasksEmpty')} />
      ) : (
        <List
          size="small"
          dataSource={tasks.edges.map((e) => e.node)}
          renderItem={(task) => (
            <List.Item
              key={task.id}
              actions={
                canWrite
                  ? [
                      <Flex key="change" gap={8} wrap>
                        <TaskChangeButtons task={task} />
                      </Flex>,
                    ]
                  : undefined
              }
            >
              <List.Item.Meta
                title={
                  <Link to={`/customers/${encodeURIComponent(task.customer.id)}`}>
                    {task.title}
                  </Link>
                }
                description={
                  <Typography.Text type="secondary">
                    {task.customer.name} · {t('home.taskDue', { date: jstDate(task.dueOn) })}{' '}
                    {task.isOverdue && <Tag color="red">{t('home.taskOverdue')}</Tag>}
                  </Typography.Text>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
