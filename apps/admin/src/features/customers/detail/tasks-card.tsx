import { useMutation, useQuery } from '@apollo/client/react';
import { CheckOutlined, PlusOutlined } from '@ant-design/icons';
import {
  formatDateJp,
  isoDateJst,
  TASK_TITLE_MAX,
  userError,
  validateNewTask,
  type UserErrorData,
} from '@kizuna/domain';
import { App, Button, Card, Empty, Flex, Form, Input, Select, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CustomerCompleteTaskDocument,
  CustomerCreateTaskDocument,
  CustomerTasksDocument,
  type TaskRowFragment,
} from '../../../gql/graphql';
import { ErrorState, LoadingState } from '../../../shared/page-states';
import { CompactList } from './compact-list';
import { FormModal } from './form-modal';
import { TaskChangeButtons, TaskDueOnItem, useAssigneeOptions } from './task-change-modals';

/** Tasks shown at first; "all tasks" shows up to the API's page limit. */
export const FIRST_TASKS = 5;
const ALL_TASKS = 100;

/** Special values of the assignee select: the caller (left out of the input), or nobody (null). */
const ME = '@me';
const NOBODY = '@nobody';

export interface TaskFormValues {
  title?: string;
  assigneeId?: string;
  dueOn?: Dayjs | null;
}

/** A Tokyo date (YYYY-MM-DD) as 2026/12/04. */
const jstDate = (isoDate: string) => formatDateJp(new Date(`${isoDate}T00:00:00+09:00`));

/** The domain's refusals of a new task (title, due date today or later in Tokyo). */
export function checkTask(values: TaskFormValues, now: Date): UserErrorData[] {
  if (!values.dueOn)
    return [
      ...(values.title?.trim() ? [] : [userError('REQUIRED', 'title')]),
      userError('REQUIRED', 'dueOn'),
    ];
  const result = validateNewTask(
    { title: values.title ?? '', dueOn: values.dueOn.format('YYYY-MM-DD') },
    now,
  );
  return result.ok ? [] : result.error;
}

/** createTask's input: the caller is the assignee unless someone (or nobody) is chosen. */
export function createTaskInput(customerId: string, values: TaskFormValues) {
  const assignee = values.assigneeId ?? ME;
  return {
    customerId,
    title: (values.title ?? '').trim(),
    dueOn: values.dueOn!.format('YYYY-MM-DD'),
    ...(assignee === ME ? {} : { assigneeId: assignee === NOBODY ? null : assignee }),
  };
}

function TaskModal({
  customerId,
  viewerName,
  onClose,
}: {
  customerId: string;
  viewerName: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [create] = useMutation(CustomerCreateTaskDocument, {
    refetchQueries: ['CustomerTasks', 'HomeMyTasks'],
  });
  const staff = useAssigneeOptions();
  const today = isoDateJst(new Date());
  return (
    <FormModal<TaskFormValues>
      title={t('customer360.tasks.addTitle')}
      okText={t('customer360.tasks.add')}
      fields={['title', 'dueOn', 'assigneeId']}
      initialValues={{ assigneeId: ME, dueOn: dayjs(today) }}
      check={(values) => checkTask(values, new Date())}
      send={async (values) =>
        (await create({ variables: { input: createTaskInput(customerId, values) } })).data
          ?.createTask
      }
      onDone={() => {
        onClose();
        void message.success(t('customer360.tasks.created'));
      }}
      onCancel={onClose}
    >
      <Form.Item name="title" label={t('customer360.tasks.taskTitle')} required>
        <Input maxLength={TASK_TITLE_MAX} showCount />
      </Form.Item>
      <Form.Item name="assigneeId" label={t('customer360.tasks.assignee')}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={[
            { value: ME, label: t('customer360.tasks.assigneeMe', { name: viewerName }) },
            { value: NOBODY, label: t('customer360.tasks.assigneeNobody') },
            ...staff,
          ]}
        />
      </Form.Item>
      <TaskDueOnItem today={today} />
    </FormModal>
  );
}

function TaskItem({ task, canWrite }: { task: TaskRowFragment; canWrite: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [complete, { loading }] = useMutation(CustomerCompleteTaskDocument, {
    refetchQueries: ['HomeMyTasks'],
  });
  const done = async () => {
    try {
      const { data } = await complete({ variables: { input: { taskId: task.id } } });
      const errors = data?.completeTask.userErrors ?? [];
      if (errors.length > 0) void message.error(errors.map((e) => e.message).join(' '));
      else void message.success(t('customer360.tasks.completed', { title: task.title }));
    } catch {
      void message.error(t('common.networkError'));
    }
  };
  return (
    <Flex justify="space-between" align="center" gap={8} wrap>
      <Flex vertical gap={2} style={{ minWidth: 0 }}>
        <Typography.Text delete={task.status !== 'OPEN'} strong={task.status === 'OPEN'}>
          {task.title}
        </Typography.Text>
        <Flex gap={8} wrap align="center">
          <Typography.Text type="secondary" className="kizuna-tabular">
            {t('customer360.tasks.due', { date: jstDate(task.dueOn) })}
          </Typography.Text>
          {task.isOverdue && <Tag color="red">{t('customer360.tasks.overdue')}</Tag>}
          {task.status !== 'OPEN' && <Tag>{t(`customer360.tasks.status.${task.status}`)}</Tag>}
          <Typography.Text type="secondary">
            {task.assignee?.displayName ?? t('customer360.tasks.unassigned')}
          </Typography.Text>
        </Flex>
      </Flex>
      {canWrite && task.status === 'OPEN' && (
        <Flex gap={8} wrap>
          <Button
            size="small"
            icon={<CheckOutlined aria-hidden />}
            loading={loading}
            onClick={() => void done()}
            aria-label={`${t('customer360.tasks.complete')}: ${task.title}`}
          >
            {t('customer360.tasks.complete')}
          </Button>
          <TaskChangeButtons task={task} />
        </Flex>
      )}
    </Flex>
  );
}

/**
 * The customer's tasks, open first and overdue before the rest (the API's order), overdue ones
 * highlighted; those who work tasks add one (title, assignee, due date), complete, reassign and
 * edit them.
 */
export function TasksCard({
  customerId,
  canWrite,
  viewerName,
}: {
  customerId: string;
  /** Works tasks (tasks:write): adds, completes, reassigns and edits them. */
  canWrite: boolean;
  viewerName: string;
}) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const [adding, setAdding] = useState(false);
  // One more than shown: whether there are more is known without counting.
  const first = all ? ALL_TASKS : FIRST_TASKS + 1;
  const { data, previousData, error, refetch } = useQuery(CustomerTasksDocument, {
    variables: { id: customerId, first },
    fetchPolicy: 'cache-and-network',
  });
  const tasks = (data ?? previousData)?.customer?.tasks;
  const shown = all ? tasks : tasks?.slice(0, FIRST_TASKS);
  return (
    <Card
      title={t('customer360.tasks.title')}
      data-testid="tasks"
      extra={
        canWrite && (
          <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
            {t('customer360.tasks.add')}
          </Button>
        )
      }
    >
      {error && !tasks ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !shown ? (
        <LoadingState />
      ) : shown.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('customer360.tasks.empty')} />
      ) : (
        <>
          <CompactList
            items={shown}
            itemKey={(task) => task.id}
            itemProps={(task) => ({
              'data-testid': 'task',
              'data-status': task.status,
              'data-overdue': task.isOverdue,
              // Overdue: a red tag, and the row tinted (not by colour alone).
              style: task.isOverdue ? { background: '#fff1f0', paddingInline: 8 } : undefined,
            })}
            renderItem={(task) => <TaskItem task={task} canWrite={canWrite} />}
          />
          {!all && (tasks?.length ?? 0) > FIRST_TASKS && (
            <Button type="link" onClick={() => setAll(true)} style={{ paddingInline: 0 }}>
              {t('customer360.tasks.showAll')}
            </Button>
          )}
        </>
      )}
      {adding && (
        <TaskModal
          customerId={customerId}
          viewerName={viewerName}
          onClose={() => setAdding(false)}
        />
      )}
    </Card>
  );
}
