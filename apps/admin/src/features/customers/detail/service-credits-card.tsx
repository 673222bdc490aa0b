import { formatYen } from '@kizuna/domain';
import { Card, Empty, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ServiceCreditsCardFragment } from '../../../gql/graphql';
import { requestPath } from '../../provisioning/shared/request-kinds';
import { useProvisioningCatalog } from '../../provisioning/shared/use-catalog';
import { formatMonthKey } from '../../surveys/shared/survey-figures';

type Credit = ServiceCreditsCardFragment['serviceCredits'][number];

/** Credits granted for months below the SLA target, newest month first, each with its request. */
export function ServiceCreditsCard({ customer }: { customer: ServiceCreditsCardFragment }) {
  const { t } = useTranslation();
  const { planName } = useProvisioningCatalog();
  const credits = customer.serviceCredits;
  return (
    <Card title={t('customerEconomics.credits.title')} data-testid="service-credits">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('customerEconomics.credits.help')}
      </Typography.Paragraph>
      {credits.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('customerEconomics.credits.empty')}
        />
      ) : (
        <Table<Credit>
          size="small"
          rowKey="provisioningRequestId"
          pagination={false}
          dataSource={[...credits]}
          scroll={{ x: 340 }}
          columns={[
            {
              key: 'month',
              title: t('customerEconomics.credits.month'),
              render: (_, c) => <span className="kizuna-tabular">{formatMonthKey(c.month)}</span>,
            },
            {
              key: 'plan',
              title: t('customerEconomics.credits.plan'),
              render: (_, c) => planName(c.planCode),
            },
            {
              key: 'percent',
              title: t('customerEconomics.credits.percent'),
              align: 'right',
              render: (_, c) => <span className="kizuna-tabular">{c.creditPercent}%</span>,
            },
            {
              key: 'amount',
              title: t('customerEconomics.credits.amount'),
              align: 'right',
              render: (_, c) => (
                <span className="kizuna-tabular">
                  {formatYen(c.credit.excludingTax)}
                  <Typography.Text strong>
                    {' / '}
                    {formatYen(c.credit.includingTax)}
                  </Typography.Text>
                </span>
              ),
            },
            {
              key: 'request',
              title: '',
              render: (_, c) => (
                <Link
                  to={requestPath(c.provisioningRequestId)}
                  aria-label={t('customerEconomics.credits.openRequest')}
                >
                  {t('customerEconomics.credits.request')}
                </Link>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
