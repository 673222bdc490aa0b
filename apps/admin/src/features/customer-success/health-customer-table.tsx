import { HEALTH_BAND_LABELS } from '@kizuna/domain';
import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HealthCustomerRowFragment } from '../../gql/graphql';
import { pick } from '../../i18n/language';
import { lowestComponent } from './customer-success-figures';
import { BAND_COLORS } from './health-distribution';

/**
 * Customers with their score, band and lowest signal, each linking to its page. Company data
 * only: no contact is read here.
 */
export function HealthCustomerTable({
  rows,
  testId,
}: {
  rows: readonly HealthCustomerRowFragment[];
  testId: string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Table<HealthCustomerRowFragment>
      size="small"
      rowKey="id"
      pagination={false}
      scroll={{ x: true }}
      data-testid={testId}
      dataSource={[...rows]}
      columns={[
        {
          title: t('customerSuccess.atRisk.customer'),
          dataIndex: 'name',
          render: (name: string, c) => <Link to={`/customers/${c.id}`}>{name}</Link>,
        },
        {
          title: t('customerSuccess.atRisk.score'),
          key: 'score',
          align: 'right',
          render: (_, c) => (
            <span className="kizuna-tabular">
              {c.health?.score === null || c.health?.score === undefined
                ? '—'
                : c.health.score.toFixed(1)}{' '}
              {c.health?.band && (
                <Tag color={BAND_COLORS[c.health.band]} style={{ marginInlineEnd: 0 }}>
                  {pick(HEALTH_BAND_LABELS[c.health.band], i18n.language)}
                </Tag>
              )}
            </span>
          ),
        },
        {
          title: t('customerSuccess.atRisk.lowest'),
          key: 'lowest',
          render: (_, c) => {
            const lowest = lowestComponent(c.health?.components ?? []);
            return lowest ? (
              t('customerSuccess.atRisk.lowestValue', {
                label: lowest.label,
                value: lowest.value!.toFixed(1),
              })
            ) : (
              <Typography.Text type="secondary">
                {t('customerSuccess.atRisk.noSignal')}
              </Typography.Text>
            );
          },
        },
      ]}
    />
  );
}
