import { useQuery } from '@apollo/client/react';
import { formatYen, SUBSCRIPTION_STATUS_LABELS } from '@kizuna/domain';
import { Descriptions, Empty, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  ServiceCreditCheckAidDocument,
  type ServiceCreditCheckAidQuery,
} from '../../../gql/graphql';
import { pick } from '../../../i18n/language';
import { formatIsoDate } from '../../../shared/dates';
import { ErrorState, LoadingState } from '../../../shared/page-states';
import { formatMonthKey } from '../../surveys/shared/survey-figures';
import { useProvisioningCatalog } from '../shared/use-catalog';
import { feesInMonth } from './service-credit-check';

type Request = Extract<
  NonNullable<ServiceCreditCheckAidQuery['node']>,
  { __typename: 'ProvisioningRequest' }
>;
type Fee = NonNullable<Request['customer']['subscription']>['feeHistory'][number];
type Tier = ServiceCreditCheckAidQuery['slaCreditTiers'][number];

/**
 * What a service credit's checker may see before the blind check: the month and plan, target and
 * measured availability, the credit table, and the customer's fee history in that month — the
 * facts the amount is worked out from, never the amount.
 */
export function ServiceCreditCheckAid({ requestId }: { requestId: string }) {
  const { t, i18n } = useTranslation();
  const { planName } = useProvisioningCatalog();
  const { data, loading, error, refetch } = useQuery(ServiceCreditCheckAidDocument, {
    variables: { id: requestId },
    fetchPolicy: 'network-only',
  });
  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const request = data?.node?.__typename === 'ProvisioningRequest' ? data.node : null;
  const subject = request?.serviceCreditSubject;
  if (!request || !subject) return null;
  const fees = feesInMonth(request.customer.subscription?.feeHistory ?? [], subject.month);
  return (
    <Flex vertical gap={16} data-testid="credit-check-aid">
      <Descriptions
        size="small"
        column={1}
        bordered
        title={t('requestEconomics.check.subjectTitle')}
        styles={{ label: { width: 160 } }}
        data-testid="credit-subject"
        items={[
          {
            key: 'month',
            label: t('requestEconomics.credit.month'),
            children: <span className="kizuna-tabular">{formatMonthKey(subject.month)}</span>,
          },
          {
            key: 'plan',
            label: t('requestEconomics.credit.plan'),
            children: planName(subject.planCode),
          },
          {
            key: 'availability',
            label: t('requestEconomics.credit.availability'),
            children: (
              <span className="kizuna-tabular">
                {t('requestEconomics.credit.availabilityValue', {
                  measured: subject.measuredPercent,
                  target: subject.targetPercent,
                })}
              </span>
            ),
          },
        ]}
      />
      <Table<Tier>
        size="small"
        pagination={false}
        rowKey={(tier) => String(tier.belowPercent)}
        dataSource={[...(data?.slaCreditTiers ?? [])]}
        title={() => <Typography.Text strong>{t('requestEconomics.check.tiers')}</Typography.Text>}
        data-testid="credit-tiers"
        columns={[
          {
            key: 'below',
            title: t('requestEconomics.credit.availability'),
            render: (_, tier) =>
              tier.belowPercent === null
                ? t('requestEconomics.check.belowTarget')
                : t('requestEconomics.check.belowPercent', { percent: tier.belowPercent }),
          },
          {
            key: 'credit',
            title: t('requestEconomics.credit.percent'),
            align: 'right',
            render: (_, tier) => (
              <span className="kizuna-tabular">
                {t('requestEconomics.check.tierCredit', { percent: tier.creditPercent })}
              </span>
            ),
          },
        ]}
      />
      <Table<Fee>
        size="small"
        pagination={false}
        rowKey={(f) => `${f.effectiveFrom}-${f.effectiveTo ?? ''}`}
        dataSource={fees}
        scroll={{ x: 520 }}
        title={() => (
          <Typography.Text strong>{t('requestEconomics.check.feesInMonth')}</Typography.Text>
        )}
        locale={{ emptyText: <Empty description={t('requestEconomics.check.feesInMonthEmpty')} /> }}
        data-testid="credit-fees"
        columns={[
          {
            key: 'from',
            title: t('customerEconomics.feeHistory.effectiveFrom'),
            render: (_, f) => (
              <span className="kizuna-tabular">{formatIsoDate(f.effectiveFrom)}</span>
            ),
          },
          {
            key: 'to',
            title: t('requestEconomics.check.nextChange'),
            render: (_, f) => (
              <span className="kizuna-tabular">{formatIsoDate(f.effectiveTo) ?? '—'}</span>
            ),
          },
          {
            key: 'status',
            title: t('customerEconomics.feeHistory.status'),
            render: (_, f) => pick(SUBSCRIPTION_STATUS_LABELS[f.status], i18n.language),
          },
          {
            key: 'plan',
            title: t('customerEconomics.feeHistory.plan'),
            render: (_, f) => planName(f.planCode),
          },
          {
            key: 'fee',
            title: t('requestEconomics.check.monthlyFee'),
            align: 'right',
            render: (_, f) => (
              <span className="kizuna-tabular">{formatYen(f.monthlyFee.excludingTax)}</span>
            ),
          },
        ]}
      />
    </Flex>
  );
}
