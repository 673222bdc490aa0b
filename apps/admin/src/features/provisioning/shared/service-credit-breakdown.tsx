import { formatYen } from '@kizuna/domain';
import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ServiceCreditBreakdownFragment } from '../../../gql/graphql';
import { formatMonthKey } from '../../surveys/shared/survey-figures';

/**
 * How a SERVICE_CREDIT request's amount was worked out (ADR 0020): the month and plan, measured
 * against target, the step's rate, the days in service, the fee paid that month and the credit.
 */
export function ServiceCreditBreakdown({
  credit,
  planName,
}: {
  credit: ServiceCreditBreakdownFragment;
  planName: (code: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      data-testid="service-credit"
      title={t('requestEconomics.credit.title')}
      styles={{ label: { width: 200 } }}
      items={[
        {
          key: 'month',
          label: t('requestEconomics.credit.month'),
          children: <span className="kizuna-tabular">{formatMonthKey(credit.month)}</span>,
        },
        {
          key: 'plan',
          label: t('requestEconomics.credit.plan'),
          children: planName(credit.planCode),
        },
        {
          key: 'availability',
          label: t('requestEconomics.credit.availability'),
          children: (
            <span className="kizuna-tabular">
              {t('requestEconomics.credit.availabilityValue', {
                measured: credit.measuredPercent,
                target: credit.targetPercent,
              })}
            </span>
          ),
        },
        {
          key: 'percent',
          label: t('requestEconomics.credit.percent'),
          children: <span className="kizuna-tabular">{credit.creditPercent}%</span>,
        },
        {
          key: 'serviceDays',
          label: t('requestEconomics.credit.serviceDays'),
          children: (
            <span className="kizuna-tabular">
              {t('requestEconomics.credit.serviceDaysValue', {
                days: credit.serviceDays,
                daysInMonth: credit.daysInMonth,
              })}
            </span>
          ),
        },
        {
          key: 'fee',
          label: t('requestEconomics.credit.feePaid'),
          children: <span className="kizuna-tabular">{formatYen(credit.feeExcludingTax)}</span>,
        },
        {
          key: 'credit',
          label: t('requestEconomics.credit.credit'),
          children: (
            <Typography.Text strong className="kizuna-tabular">
              {t('requestEconomics.credit.creditValue', {
                excludingTax: formatYen(credit.credit.excludingTax),
                tax: formatYen(credit.credit.tax),
                includingTax: formatYen(credit.credit.includingTax),
              })}
            </Typography.Text>
          ),
        },
      ]}
    />
  );
}
