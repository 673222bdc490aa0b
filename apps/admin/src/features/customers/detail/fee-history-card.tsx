import { useQuery } from '@apollo/client/react';
import { CONTRACT_TERM_LABELS, formatYen, SUBSCRIPTION_STATUS_LABELS } from '@kizuna/domain';
import { Card, Empty, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  SubscriptionHistoryCatalogDocument,
  type FeeHistoryCardFragment,
} from '../../../gql/graphql';
import { pick } from '../../../i18n/language';
import { formatIsoDate } from '../../../shared/dates';
import { isChangeKind } from './customer-labels';

/** A row of the history with its position (two changes may share a date). */
type Fee = FeeHistoryCardFragment['feeHistory'][number] & { position: number };

const STATUS_COLORS = {
  TRIAL: 'blue',
  ACTIVE: 'green',
  CANCELLED: 'default',
  EXPIRED: 'red',
} as const;

/**
 * What the customer paid over time: one row per change (from its effective date until the next
 * one), newest first — plan, options, status, term and the monthly fee 税抜 / 税込.
 */
export function FeeHistoryCard({ subscription }: { subscription: FeeHistoryCardFragment | null }) {
  const { t, i18n } = useTranslation();
  // The history names plans and options by code; the catalog (inactive ones too) gives names.
  const { data: catalog } = useQuery(SubscriptionHistoryCatalogDocument);
  const planName = (code: string) => catalog?.plans.find((p) => p.code === code)?.name ?? code;
  const optionName = (code: string) => catalog?.options.find((o) => o.code === code)?.name ?? code;
  const fees: Fee[] = (subscription?.feeHistory ?? []).map((f, position) => ({ ...f, position }));
  return (
    <Card title={t('customerEconomics.feeHistory.title')} data-testid="fee-history">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('customerEconomics.feeHistory.help')}
      </Typography.Paragraph>
      {fees.length === 0 ? (
        <Empty description={t('customerEconomics.feeHistory.empty')} />
      ) : (
        <Table<Fee>
          size="small"
          rowKey="position"
          pagination={false}
          dataSource={fees}
          scroll={{ x: 860 }}
          columns={[
            {
              key: 'effectiveFrom',
              title: t('customerEconomics.feeHistory.effectiveFrom'),
              width: 130,
              render: (_, f) => (
                <Flex vertical>
                  <span className="kizuna-tabular">{formatIsoDate(f.effectiveFrom)}</span>
                  {f.effectiveTo === f.effectiveFrom && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('customerEconomics.feeHistory.replacedSameDay')}
                    </Typography.Text>
                  )}
                </Flex>
              ),
            },
            {
              key: 'kind',
              title: t('customerEconomics.feeHistory.kind'),
              width: 130,
              render: (_, f) =>
                isChangeKind(f.changeKind) ? t(`changeKind.${f.changeKind}`) : f.changeKind,
            },
            {
              key: 'plan',
              title: t('customerEconomics.feeHistory.plan'),
              width: 140,
              render: (_, f) => planName(f.planCode),
            },
            {
              key: 'options',
              title: t('customerEconomics.feeHistory.options'),
              render: (_, f) =>
                f.optionCodes.length === 0 ? (
                  <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
                ) : (
                  <Flex wrap gap={4}>
                    {f.optionCodes.map((code) => (
                      <Tag key={code} style={{ marginInlineEnd: 0 }}>
                        {optionName(code)}
                      </Tag>
                    ))}
                  </Flex>
                ),
            },
            {
              key: 'status',
              title: t('customerEconomics.feeHistory.status'),
              width: 100,
              render: (_, f) => (
                <Tag color={STATUS_COLORS[f.status]}>
                  {pick(SUBSCRIPTION_STATUS_LABELS[f.status], i18n.language)}
                </Tag>
              ),
            },
            {
              key: 'term',
              title: t('customerEconomics.feeHistory.term'),
              width: 90,
              // A term matters only while the contract is paid.
              render: (_, f) =>
                f.status === 'ACTIVE'
                  ? pick(CONTRACT_TERM_LABELS[f.contractTerm], i18n.language)
                  : '—',
            },
            {
              key: 'fee',
              title: t('customerEconomics.feeHistory.fee'),
              align: 'right',
              width: 170,
              render: (_, f) => (
                <span className="kizuna-tabular">
                  {formatYen(f.monthlyFee.excludingTax)}
                  <Typography.Text type="secondary">
                    {' / '}
                    {formatYen(f.monthlyFee.includingTax)}
                  </Typography.Text>
                </span>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
