import { useMutation } from '@apollo/client/react';
import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  RejectProvisioningRequestDocument,
  ReturnProvisioningRequestDocument,
} from '../../../gql/graphql';
import { applyFieldErrors } from '../../../shared/user-errors';

export type Decision = 'RETURN' | 'REJECT';

/** Return (for correction) or reject (for good) with a reason the maker will read. */
export function DecisionModal({
  requestId,
  decision,
  onClose,
  onDecided,
}: {
  requestId: string;
  decision: Decision | null;
  onClose: () => void;
  onDecided: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const [general, setGeneral] = useState<string[]>([]);
  const options = { refetchQueries: ['RequestTable', 'HomeWork', 'RequestDetail'] };
  const [returnRequest, r] = useMutation(ReturnProvisioningRequestDocument, options);
  const [rejectRequest, j] = useMutation(RejectProvisioningRequestDocument, options);

  const submit = async ({ reason = '' }: { reason?: string }) => {
    setGeneral([]);
    const input = { requestId, reason: reason.trim() };
    try {
      const payload =
        decision === 'RETURN'
          ? (await returnRequest({ variables: { input } })).data?.returnProvisioningRequest
          : (await rejectRequest({ variables: { input } })).data?.rejectProvisioningRequest;
      const errors = payload?.userErrors ?? [];
      if (payload?.request && errors.length === 0) {
        void message.success(decision === 'RETURN' ? t('check.returned') : t('check.rejected'));
        form.resetFields();
        onDecided();
        return;
      }
      setGeneral(applyFieldErrors(form, errors, ['reason']));
    } catch {
      setGeneral([t('common.networkError')]);
    }
  };

  return (
    <Modal
      open={decision !== null}
      title={decision === 'REJECT' ? t('check.rejectTitle') : t('check.returnTitle')}
      okText={decision === 'REJECT' ? t('check.reject') : t('check.return')}
      okButtonProps={{ danger: decision === 'REJECT', loading: r.loading || j.loading }}
      cancelText={t('requests.form.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {decision === 'REJECT' ? t('check.rejectHelp') : t('check.returnHelp')}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" noValidate onFinish={(v) => void submit(v)}>
        <Form.Item
          name="reason"
          label={t('check.reason')}
          rules={[{ required: true, whitespace: true, message: t('check.reasonRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={2000} placeholder={t('check.reasonPlaceholder')} />
        </Form.Item>
      </Form>
      {general.length > 0 && <Alert type="error" showIcon title={general.join(' ')} />}
    </Modal>
  );
}
