import { useMutation, useQuery } from '@apollo/client/react';
import { EditOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { isoDateJst, TASK_TITLE_MAX } from '@kizuna/domain';
import { App, Button, DatePicker, Form, Input, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ReassignTaskDocument,
  TaskAssigneesDocument,
  UpdateTaskDocument,
  type TaskChangeFieldsFragment,
} from '../../../gql/graphql';
import { FormModal } from './form-modal';
import {
  checkEditTask,
  checkReassignTask,
  hasEditableTitle,
  reassignTaskInput,
  updateTaskInput,
  type EditTaskFormValues,
  type ReassignTaskFormValues,
} from './task-change.form';

/** The lists a changed task may enter, leave or move in. */
const TASK_LISTS = ['CustomerTasks', 'HomeMyTasks'];

/** The active staff a task may be given to, by name (the API's order and limit). */
export function useAssigneeOptions() {
  const { data } = useQuery(TaskAssigneesDocument);
  return (
    data?.assignableStaff.edges.map(({ node }) => ({ value: node.id, label: node.displayName })) ??
    []
  );
}

function ReassignTaskModal({
  task,
  onClose,
}: {
  task: TaskChangeFieldsFragment;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [reassign] = useMutation(ReassignTaskDocument, { refetchQueries: TASK_LISTS });
  const options = useAssigneeOptions();
  return (
    <FormModal<ReassignTaskFormValues>
      title={t('customer360.tasks.reassignTitle')}
      okText={t('customer360.tasks.reassign')}
      description={task.title}
      fields={['assigneeId']}
      initialValues={{ assigneeId: task.assignee?.id }}
      check={(values) => checkReassignTask(task, values)}
      send={async (values) =>
        (await reassign({ variables: { input: reassignTaskInput(task.id, values) } })).data
          ?.reassignTask
      }
      onDone={() => {
        onClose();
        void message.success(t('customer360.tasks.reassigned', { title: task.title }));
      }}
      onCancel={onClose}
    >
      <Form.Item name="assigneeId" label={t('customer360.tasks.assignee')} required>
        <Select showSearch={{ optionFilterProp: 'label' }} options={options} />
      </Form.Item>
    </FormModal>
  );
}

/** A task's due date: a Tokyo date, today (`today`, YYYY-MM-DD) or later. */
export function TaskDueOnItem({ today }: { today: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item name="dueOn" label={t('customer360.tasks.dueOn')} required>
      <DatePicker
        format="YYYY/MM/DD"
        allowClear={false}
        disabledDate={(d) => d.format('YYYY-MM-DD') < today}
        // Enter confirms the typed date; it must not also send the form.
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.preventDefault();
        }}
      />
    </Form.Item>
  );
}

function EditTaskModal({ task, onClose }: { task: TaskChangeFieldsFragment; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [update] = useMutation(UpdateTaskDocument, { refetchQueries: TASK_LISTS });
  const today = isoDateJst(new Date());
  const titleEditable = hasEditableTitle(task);
  return (
    <FormModal<EditTaskFormValues>
      title={t('customer360.tasks.editTitle')}
      okText={t('customer360.common.save')}
      fields={['title', 'dueOn']}
      initialValues={{
        ...(titleEditable ? { title: task.title } : {}),
        dueOn: dayjs(task.dueOn),
      }}
      check={(values) => checkEditTask(task, values, new Date())}
      send={async (values) =>
        (await update({ variables: { input: updateTaskInput(task, values) } })).data?.updateTask
      }
      onDone={() => {
        onClose();
        void message.success(t('customer360.tasks.saved'));
      }}
      onCancel={onClose}
    >
      {titleEditable ? (
        <Form.Item name="title" label={t('customer360.tasks.taskTitle')} required>
          <Input maxLength={TASK_TITLE_MAX} showCount />
        </Form.Item>
      ) : (
        // Automatic tasks take their kind's title: the API refuses another (AUTOMATIC_TASK_TITLE).
        <Form.Item label={t('customer360.tasks.taskTitle')}>
          <Typography.Text>{task.title}</Typography.Text>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {t('customer360.tasks.automaticTitle')}
          </Typography.Paragraph>
        </Form.Item>
      )}
      <TaskDueOnItem today={today} />
    </FormModal>
  );
}

/** 担当者を変更 / 編集 for an open task, each in a dialog; nothing for a finished one. */
export function TaskChangeButtons({ task }: { task: TaskChangeFieldsFragment }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'reassign' | 'edit' | null>(null);
  if (task.status !== 'OPEN') return null;
  const close = () => setOpen(null);
  return (
    <>
      <Button
        size="small"
        icon={<UserSwitchOutlined aria-hidden />}
        onClick={() => setOpen('reassign')}
        aria-label={`${t('customer360.tasks.reassign')}: ${task.title}`}
      >
        {t('customer360.tasks.reassign')}
      </Button>
      <Button
        size="small"
        icon={<EditOutlined aria-hidden />}
        onClick={() => setOpen('edit')}
        aria-label={`${t('customer360.tasks.edit')}: ${task.title}`}
      >
        {t('customer360.tasks.edit')}
      </Button>
      {open === 'reassign' && <ReassignTaskModal task={task} onClose={close} />}
      {open === 'edit' && <EditTaskModal task={task} onClose={close} />}
    </>
  );
}
