import { useMutation } from '@apollo/client/react';
import { ClockCircleOutlined } from '@ant-design/icons';
import { App, Alert, Button, Card, Flex, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CustomerRequestScheduledChangeWithdrawalDocument,
  type ScheduledChangesCardFragment,
} from '../../../gql/graphql';
import { formatDateTime, formatIsoDate } from '../../../shared/dates';
import { LinkButton } from '../../../shared/link-button';
import { ChangePreview } from '../../provisioning/shared/change-preview';
import { requestPath } from '../../provisioning/shared/request-kinds';
import { useRequestLabels } from '../../provisioning/shared/request-labels';
import { useProvisioningCatalog } from '../../provisioning/shared/use-catalog';
import { ReasonField } from './customer-actions';
import { checkReason, type ReasonFormValues } from './customer-actions.rules';
import { RequestModal } from './request-modal';

type ScheduledChange = ScheduledChangesCardFragment['scheduledChanges'][number];

function WithdrawalRequestButton({ change }: { change: ScheduledChange }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [send] = useMutation(CustomerRequestScheduledChangeWithdrawalDocument, {
    refetchQueries: ['CustomerDetail', 'RequestTable', 'HomeWork'],
  });
  return (
    <>
      <Button danger size="small" onClick={() => setOpen(true)}>
        {t('customers.scheduled.requestWithdrawal')}
      </Button>
      {open && (
        <RequestModal<ReasonFormValues>
          title={t('customers.scheduled.requestWithdrawal')}
          okText={t('customers.scheduled.requestWithdrawal')}
          description={t('customers.scheduled.withdrawalHelp')}
          fields={['reason']}
          check={checkReason}
          send={async ({ reason = '' }) =>
            (
              await send({
                variables: { input: { requestId: change.id, reason: reason.trim() } },
              })
            ).data?.requestScheduledChangeWithdrawal
          }
          onDone={() => {
            setOpen(false);
            void message.success(t('customers.scheduled.withdrawalRequested'));
          }}
          onCancel={() => setOpen(false)}
        >
          <ReasonField placeholder={t('customers.scheduled.withdrawalPlaceholder')} />
        </RequestModal>
      )}
    </>
  );
}

function ScheduledChangeItem({ change, canWrite }: { change: ScheduledChange; canWrite: boolean }) {
  const { t } = useTranslation();
  const labels = useRequestLabels();
  const { planName, optionName } = useProvisioningCatalog();
  const preview = change.proposal?.preview;
  return (
    <Flex vertical gap={8} data-testid="scheduled-change" data-request-id={change.id}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space size={8} wrap>
          <ClockCircleOutlined aria-hidden />
          <Typography.Text strong className="kizuna-tabular">
            {t('customers.scheduled.effectiveOn', { date: formatIsoDate(change.effectiveDate) })}
          </Typography.Text>
          <Tag color="purple">{labels.kind(change.kind)}</Tag>
        </Space>
        <Space size={4} wrap>
          <LinkButton to={requestPath(change.id)} size="small">
            {t('customers.scheduled.openRequest')}
          </LinkButton>
          {canWrite && !change.withdrawal && <WithdrawalRequestButton change={change} />}
        </Space>
      </Flex>
      {change.withdrawal && (
        <Alert
          type="warning"
          showIcon
          title={t('customers.scheduled.withdrawalPending', {
            at: formatDateTime(change.withdrawal.requestedAt),
          })}
          description={change.withdrawal.reason}
        />
      )}
      {/* An erasure changes no contract: nothing to preview. */}
      {preview && change.kind !== 'ERASURE' && (
        <ChangePreview
          preview={preview}
          planName={planName}
          optionName={optionName}
          beforeIsTrial={change.kind === 'CONVERSION'}
        />
      )}
    </Flex>
  );
}

/**
 * Approved changes waiting for their effective date, soonest first, with their effect and a way
 * to ask for their withdrawal (another checker confirms). Not shown when there are none.
 */
export function ScheduledChangesCard({
  customer,
  canWrite,
}: {
  customer: ScheduledChangesCardFragment;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  if (customer.scheduledChanges.length === 0) return null;
  return (
    <Card title={t('customers.scheduled.title')} data-testid="scheduled-changes">
      <Flex vertical gap={24}>
        {customer.scheduledChanges.map((change) => (
          <ScheduledChangeItem key={change.id} change={change} canWrite={canWrite} />
        ))}
      </Flex>
    </Card>
  );
}
