import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { RequestTable } from './request-table';

/** Every provisioning request of one customer, newest first (its contract's change history). */
export function CustomerRequestsCard({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  return (
    <Card title={t('requests.customer.title')} data-testid="customer-requests">
      <RequestTable
        filter={{ customerId }}
        variant="customer"
        pageSize={10}
        emptyText={t('requests.customer.empty')}
      />
    </Card>
  );
}
