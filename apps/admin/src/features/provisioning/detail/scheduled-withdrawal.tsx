import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Flex, Form, Input, Modal, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../../app/auth/use-viewer';
import {
  ConfirmScheduledChangeWithdrawalDocument,
  DeclineScheduledChangeWithdrawalDocument,
  type RequestHeaderFragment,
  RequestScheduledChangeWithdrawalDocument,
} from '../../../gql/graphql';
import { formatDateTime } from '../../../shared/dates';
import { applyFieldErrors, type FieldMessage } from '../../../shared/user-errors';

type WithdrawalSource = Pick<
  RequestHeaderFragment,
  'status' | 'withdrawal' | 'withdrawalRequestedBy'
>;

/**
 * What the viewer may do about withdrawing a SCHEDULED change: anyone who drafts asks (with a
 * reason); a checker other than the asker confirms or declines. The API refuses the rest anyway.
 */
export function scheduledWithdrawalAction(
  request: WithdrawalSource,
  viewer: { id: string; isChecker: boolean; canWrite: boolean },
): 'ASK' | 'DECIDE' | null {
  if (request.status !== 'SCHEDULED') return null;
  if (!request.withdrawal) return viewer.canWrite ? 'ASK' : null;
  return viewer.isChecker && request.withdrawalRequestedBy?.id !== viewer.id ? 'DECIDE' : null;
}

const refetchQueries = ['RequestDetail', 'RequestTable', 'HomeWork'];

function useWithdrawalViewer() {
  const { viewer, hasRole, can } = useViewer();
  return {
    id: viewer?.id ?? '',
    isChecker: hasRole('CHECKER'),
    canWrite: can('provisioning:write'),
  };
}

/** 「取り下げを申請」: a reason, then the request waits for another checker's confirmation. */
export function AskWithdrawalButton({ request }: { request: RequestHeaderFragment }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const viewer = useWithdrawalViewer();
  const [open, setOpen] = useState(false);
  const [general, setGeneral] = useState<string[]>([]);
  const [form] = Form.useForm<{ reason?: string }>();
  const [ask, { loading }] = useMutation(RequestScheduledChangeWithdrawalDocument, {
    refetchQueries,
  });
  if (scheduledWithdrawalAction(request, viewer) !== 'ASK') return null;

  const submit = async ({ reason = '' }: { reason?: string }) => {
    setGeneral([]);
    try {
      const { data } = await ask({
        variables: { input: { requestId: request.id, reason: reason.trim() } },
      });
      const errors = data?.requestScheduledChangeWithdrawal.userErrors ?? [];
      if (errors.length === 0) {
        void message.success(t('requests.withdrawal.asked'));
        setOpen(false);
        form.resetFields();
        return;
      }
      setGeneral(applyFieldErrors(form, errors, ['reason']));
    } catch {
      setGeneral([t('common.networkError')]);
    }
  };

  return (
    <>
      <Button danger onClick={() => setOpen(true)}>
        {t('requests.withdrawal.ask')}
      </Button>
      <Modal
        open={open}
        title={t('requests.withdrawal.askTitle')}
        okText={t('requests.withdrawal.ask')}
        okButtonProps={{ danger: true, loading }}
        cancelText={t('requests.form.cancel')}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" noValidate onFinish={(v) => void submit(v)}>
          <Form.Item
            name="reason"
            label={t('requests.withdrawal.reason')}
            extra={t('requests.withdrawal.askHelp')}
            rules={[{ required: true, whitespace: true, message: t('check.reasonRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </Form>
        {general.length > 0 && <Alert type="error" showIcon title={general.join(' ')} />}
      </Modal>
    </>
  );
}

/**
 * A pending withdrawal of a SCHEDULED change: who asked, when and why, and — for a checker who is
 * not the asker — 「取り下げを承認」 / 「取り下げを却下」.
 */
export function WithdrawalRequestAlert({ request }: { request: RequestHeaderFragment }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const viewer = useWithdrawalViewer();
  const [confirm, c] = useMutation(ConfirmScheduledChangeWithdrawalDocument, { refetchQueries });
  const [decline, d] = useMutation(DeclineScheduledChangeWithdrawalDocument, { refetchQueries });
  if (request.status !== 'SCHEDULED' || !request.withdrawal) return null;
  const input = { requestId: request.id };

  const report = (errors: readonly FieldMessage[] | undefined, done: string) => {
    if (errors && errors.length > 0) void message.error(errors.map((e) => e.message).join(' '));
    else void message.success(done);
  };
  const onConfirm = async () => {
    try {
      const { data } = await confirm({ variables: { input } });
      report(data?.confirmScheduledChangeWithdrawal.userErrors, t('requests.withdrawal.confirmed'));
    } catch {
      void message.error(t('common.networkError'));
    }
  };
  const onDecline = async () => {
    try {
      const { data } = await decline({ variables: { input } });
      report(data?.declineScheduledChangeWithdrawal.userErrors, t('requests.withdrawal.declined'));
    } catch {
      void message.error(t('common.networkError'));
    }
  };

  return (
    <Alert
      type="warning"
      showIcon
      data-testid="withdrawal-request"
      title={t('requests.withdrawal.pending', {
        name: request.withdrawalRequestedBy?.displayName ?? '—',
        at: formatDateTime(request.withdrawal.requestedAt),
      })}
      description={t('requests.withdrawal.pendingReason', { reason: request.withdrawal.reason })}
      action={
        scheduledWithdrawalAction(request, viewer) === 'DECIDE' ? (
          <Flex vertical gap={4}>
            <Popconfirm
              title={t('requests.withdrawal.confirmQuestion')}
              okText={t('requests.withdrawal.confirm')}
              cancelText={t('requests.form.cancel')}
              onConfirm={() => onConfirm()}
            >
              <Button danger size="small" loading={c.loading}>
                {t('requests.withdrawal.confirm')}
              </Button>
            </Popconfirm>
            <Button size="small" loading={d.loading} onClick={() => void onDecline()}>
              {t('requests.withdrawal.decline')}
            </Button>
          </Flex>
        ) : undefined
      }
    />
  );
}
