import { useQuery } from '@apollo/client/react';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { CustomerFilterTagDocument } from '../gql/graphql';

/**
 * A list narrowed to one customer (its id read from the URL), as a removable tag naming the
 * company: closing it drops the filter. An id that names no customer still shows, as unknown.
 */
export function CustomerFilterTag({
  customerId,
  onRemove,
}: {
  customerId: string;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const { data, loading } = useQuery(CustomerFilterTagDocument, {
    variables: { id: customerId },
  });
  const name = data?.customer?.name ?? (loading ? '…' : t('common.customerFilter.unknown'));
  return (
    <Tag
      closable={{ 'aria-label': t('common.customerFilter.remove') }}
      color="blue"
      data-testid="customer-filter"
      onClose={onRemove}
    >
      {t('common.customerFilter.label', { name })}
    </Tag>
  );
}
