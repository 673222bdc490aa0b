import ReactECharts from 'echarts-for-react';
import { useTranslation } from 'react-i18next';
import type { TrendSeries } from './survey-figures';
import { trendChartOption } from './trend-chart.option';

/**
 * The monthly trend with its 95 % band as a shaded area. Small-sample months: no band, hollow
 * grey point.
 */
export function TrendChart({
  series,
  name,
  min,
  max,
  format,
}: {
  series: TrendSeries;
  name: string;
  min: number;
  max: number;
  format: (v: number) => string;
}) {
  const { t } = useTranslation();
  const text = {
    name,
    band: t('surveys.trend.band'),
    smallSamplePoint: t('surveys.trend.smallSamplePoint'),
  };
  return (
    <div role="img" aria-label={t('surveys.trend.chartLabel')} data-testid="survey-trend">
      <ReactECharts
        style={{ height: 300 }}
        option={trendChartOption(series, text, { min, max }, format)}
      />
    </div>
  );
}
