import { DeleteOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { isoDateJst } from '@kizuna/domain';
import { Alert, App, Button, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useViewer } from '../../../app/auth/use-viewer';
import { RequestErasureDocument, type CustomerErasureFragment } from '../../../gql/graphql';
import { RequestModal } from '../../customers/detail/request-modal';
import { EffectiveDatePicker } from '../../provisioning/shared/effective-date-picker';
import { disabledByOpenRequest, useOpenRequest } from '../../provisioning/shared/open-request';
import { requestPath } from '../../provisioning/shared/request-kinds';
import {
  checkErasureDraft,
  ERASURE_FORM_FIELDS,
  serializeErasure,
  type ErasureFormValues,
} from './erasure-request.serializer';
import { ErasureScope } from './erasure-scope';

function ErasureRequestModal({
  customer,
  onDone,
  onCancel,
}: {
  customer: CustomerErasureFragment;
  onDone: (request: { id: string }) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [send] = useMutation(RequestErasureDocument, {
    refetchQueries: ['CustomerDetail', 'RequestTable', 'HomeWork'],
  });
  return (
    <RequestModal<ErasureFormValues>
      title={t('erasure.request.button')}
      okText={t('customers.actions.submit')}
      description={t('erasure.request.help')}
      width={720}
      fields={ERASURE_FORM_FIELDS}
      initialValues={{ effectiveDate: isoDateJst(new Date()) }}
      check={(values) => checkErasureDraft(customer.stage, values, new Date())}
      send={async (values) =>
        (await send({ variables: { input: serializeErasure(customer.id, values) } })).data
          ?.requestErasure
      }
      onDone={onDone}
      onCancel={onCancel}
    >
      <ErasureScope />
      <Form.Item
        name="effectiveDate"
        label={t('requests.fields.effectiveDate')}
        required
        extra={t('erasure.request.effectiveDateHelp')}
      >
        <EffectiveDatePicker />
      </Form.Item>
      <Alert
        type="warning"
        showIcon
        // Always shown: a note, not an announcement.
        role="note"
        style={{ marginBottom: 16 }}
        title={t('erasure.request.irreversible')}
      />
    </RequestModal>
  );
}

/**
 * 「個人情報の消去を申請」 on a CHURNED customer's page, for staff who may make requests; not while
 * an erasure is already scheduled. The request goes to the double check; its page opens.
 */
export function ErasureRequestButton({ customer }: { customer: CustomerErasureFragment }) {
  const { t } = useTranslation();
  const { can } = useViewer();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const openRequest = useOpenRequest(customer.id);
  const scheduled = customer.scheduledChanges.some((c) => c.kind === 'ERASURE');
  if (customer.stage !== 'CHURNED' || !can('provisioning:write') || scheduled) return null;
  return (
    <>
      <Button
        danger
        icon={<DeleteOutlined />}
        onClick={() => setOpen(true)}
        {...disabledByOpenRequest(openRequest)}
      >
        {t('erasure.request.button')}
      </Button>
      {open && (
        <ErasureRequestModal
          customer={customer}
          onCancel={() => setOpen(false)}
          onDone={(request) => {
            setOpen(false);
            void message.success(t('customers.actions.submitted'));
            void navigate(requestPath(request.id));
          }}
        />
      )}
    </>
  );
}
