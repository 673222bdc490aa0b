import { useQuery } from '@apollo/client/react';
import { SEGMENT_STAGE_LABELS } from '@kizuna/domain';
import { Button, Card, Empty, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SegmentCustomersDocument } from '../../gql/graphql';
import { pick } from '../../i18n/language';
import { ErrorState, LoadingState } from '../../shared/page-states';
import { HealthCustomerTable } from './health-customer-table';
import type { SegmentKey } from './segment-map';

const PAGE = 20;
const MAX = 100;

/** The customers of one cell of the map, lowest score first; more on demand (up to 100). */
export function SegmentCustomers({ cell, onClose }: { cell: SegmentKey; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [first, setFirst] = useState(PAGE);
  const { data, previousData, loading, error, refetch } = useQuery(SegmentCustomersDocument, {
    variables: { segment: cell, first },
  });
  const current = data ?? previousData;
  const title = t('customerSuccess.cell.title', {
    stage: pick(SEGMENT_STAGE_LABELS[cell.stage], i18n.language),
    band: t(`customerSuccess.map.npsBand.${cell.npsBand}`),
  });
  let body;
  if (!current && error) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (!current) body = <LoadingState />;
  else {
    const rows = current.customers.edges.map((e) => e.node);
    const total = current.customers.totalCount;
    body =
      rows.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('customerSuccess.cell.empty')} />
      ) : (
        <Flex vertical gap={8}>
          <Typography.Text data-testid="segment-customers-count">
            {t('customerSuccess.cell.shown', { total, shown: rows.length })}
          </Typography.Text>
          <HealthCustomerTable rows={rows} testId="segment-customers-table" />
          {total > rows.length && first < MAX && (
            <Button loading={loading} onClick={() => setFirst(Math.min(MAX, first + PAGE))}>
              {t('customerSuccess.cell.more')}
            </Button>
          )}
        </Flex>
      );
  }
  return (
    <Card
      title={<h2 style={{ margin: 0, fontSize: 16 }}>{title}</h2>}
      extra={<Button onClick={onClose}>{t('customerSuccess.cell.close')}</Button>}
      data-testid="segment-customers"
    >
      {body}
    </Card>
  );
}
