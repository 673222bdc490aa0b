import { SMALL_SAMPLE_THRESHOLD, TRIAL_SMALL_SAMPLE_THRESHOLD } from '@kizuna/domain';
import ReactECharts from 'echarts-for-react';
import { useTranslation } from 'react-i18next';
import { mrrChartOption, retentionChartOption, trialChartOption } from './economics-charts.option';
import type { EconomicsPeriod } from './economics-figures';

/** MRR over time over its movements (see mrrChartOption). */
export function EconomicsMrrChart({ periods }: { periods: readonly EconomicsPeriod[] }) {
  const { t, i18n } = useTranslation();
  const option = mrrChartOption(
    periods,
    {
      movements: t('economics.movements', { returnObjects: true }),
      mrr: t('economics.kpi.mrr'),
      startMrr: t('economics.chart.startMrr'),
      net: t('economics.chart.net'),
      inProgress: t('economics.inProgress'),
      movementsAxis: t('economics.chart.movementsAxis'),
    },
    i18n.language,
  );
  return (
    <div role="img" aria-label={t('economics.chart.mrrLabel')} data-testid="economics-mrr-chart">
      <ReactECharts style={{ height: 420 }} notMerge option={option} />
    </div>
  );
}

/** NRR and GRR over time (see retentionChartOption). */
export function EconomicsRetentionChart({ periods }: { periods: readonly EconomicsPeriod[] }) {
  const { t } = useTranslation();
  const option = retentionChartOption(periods, {
    nrr: 'NRR',
    grr: 'GRR',
    customersAtStart: (count) => t('economics.chart.customersAtStart', { count }),
    smallSample: t('economics.chart.smallRetention', { threshold: SMALL_SAMPLE_THRESHOLD }),
    inProgress: t('economics.inProgress'),
  });
  return (
    <div
      role="img"
      aria-label={t('economics.chart.retentionLabel')}
      data-testid="economics-retention-chart"
    >
      <ReactECharts style={{ height: 280 }} notMerge option={option} />
    </div>
  );
}

/** Trial conversion over time with the trials ended (see trialChartOption). */
export function EconomicsTrialChart({ periods }: { periods: readonly EconomicsPeriod[] }) {
  const { t } = useTranslation();
  const option = trialChartOption(periods, {
    rate: t('economics.kpi.trialConversion'),
    trialsEnded: t('economics.chart.trialsEnded'),
    converted: (converted, ended) => t('economics.chart.converted', { converted, ended }),
    smallSample: t('economics.chart.smallTrial', { threshold: TRIAL_SMALL_SAMPLE_THRESHOLD }),
    inProgress: t('economics.inProgress'),
  });
  return (
    <div
      role="img"
      aria-label={t('economics.chart.trialLabel')}
      data-testid="economics-trial-chart"
    >
      <ReactECharts style={{ height: 280 }} notMerge option={option} />
    </div>
  );
}
