import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { creditTierRows, formatAvailability, type CreditTierRow } from './sla-figures';

/** The service credit table, read-only (catalog data: admins edit it elsewhere). */
export function SlaCreditTiers({
  tiers,
}: {
  tiers: readonly { belowPercent?: number | null; creditPercent: number }[];
}) {
  const { t } = useTranslation();
  const rows = creditTierRows(
    tiers.map((tier) => ({
      belowPercent: tier.belowPercent ?? null,
      creditPercent: tier.creditPercent,
    })),
  );
  return (
    <Card title={t('sla.tiers.title')} style={{ height: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('sla.tiers.help')}
      </Typography.Paragraph>
      <Table<CreditTierRow>
        rowKey="key"
        size="small"
        pagination={false}
        data-testid="sla-tiers"
        dataSource={rows}
        columns={[
          {
            key: 'condition',
            title: t('sla.tiers.condition'),
            render: (_, r) =>
              r.belowPercent === null
                ? t('sla.tiers.belowTarget')
                : t('sla.tiers.below', { percent: formatAvailability(r.belowPercent) }),
          },
          {
            key: 'credit',
            title: t('sla.tiers.credit'),
            align: 'right',
            width: 100,
            render: (_, r) => <span className="kizuna-tabular">{r.creditPercent}%</span>,
          },
        ]}
      />
    </Card>
  );
}
