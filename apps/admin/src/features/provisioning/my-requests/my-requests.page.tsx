import { PROVISIONING_STATUSES, type ProvisioningStatus } from '@kizuna/domain';
import { Card, Flex, Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useViewer } from '../../../app/auth/use-viewer';
import { LoadingState } from '../../../shared/page-states';
import { useRequestLabels } from '../shared/request-labels';
import { RequestTable } from '../shared/request-table';

const asStatus = (value: string | null): ProvisioningStatus | null =>
  (PROVISIONING_STATUSES as readonly string[]).includes(value ?? '')
    ? (value as ProvisioningStatus)
    : null;

/** The maker's own requests: status, the checker's findings, correct and resubmit, withdraw. */
export function MyRequestsPage() {
  const { t } = useTranslation();
  const labels = useRequestLabels();
  const { viewer } = useViewer();
  const [searchParams, setSearchParams] = useSearchParams();
  const status = asStatus(searchParams.get('status'));
  if (!viewer) return <LoadingState />;
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('requests.mine.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('requests.mine.description')}</Typography.Text>
      <Card>
        <Flex vertical gap={16}>
          <Segmented<ProvisioningStatus | 'ALL'>
            aria-label={t('requests.columns.status')}
            value={status ?? 'ALL'}
            onChange={(s) => setSearchParams(s === 'ALL' ? {} : { status: s })}
            options={[
              { value: 'ALL', label: t('requests.mine.all') },
              ...PROVISIONING_STATUSES.map((s) => ({ value: s, label: labels.status(s) })),
            ]}
          />
          <RequestTable
            filter={{ makerId: viewer.id, ...(status ? { status } : {}) }}
            variant="mine"
            emptyText={t('requests.mine.empty')}
          />
        </Flex>
      </Card>
    </Flex>
  );
}
