import ReactECharts from 'echarts-for-react';
import { useTranslation } from 'react-i18next';
import type { PlanTrendSeries } from './usage-figures';
import { usageTrendOption } from './usage-trend-chart.option';

/** DAU per plan over months, one line per plan. */
export function UsageTrendChart({ trend }: { trend: PlanTrendSeries }) {
  const { t } = useTranslation();
  const text = {
    point: (p: { name: string; dau: string; mau: string; stickiness: string; customers: number }) =>
      t('usage.chart.point', p),
    noData: t('usage.chart.noData'),
  };
  return (
    <div role="img" aria-label={t('usage.chart.label')} data-testid="usage-trend-chart">
      <ReactECharts style={{ height: 320 }} notMerge option={usageTrendOption(trend, text)} />
    </div>
  );
}
