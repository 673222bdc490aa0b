import ReactECharts from 'echarts-for-react';
import { useTranslation } from 'react-i18next';
import { SURVEY_COLORS } from './survey-colors';
import type { TrendSeries } from './survey-figures';

/**
 * The monthly trend as a line with its 95 % band drawn as a shaded area (a transparent lower
 * series plus the band's height stacked on it). Small-sample months: no band, hollow grey point.
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
  const band = t('surveys.trend.band');
  return (
    <div role="img" aria-label={t('surveys.trend.chartLabel')} data-testid="survey-trend">
      <ReactECharts
        style={{ height: 300 }}
        option={{
          tooltip: {
            trigger: 'axis',
            formatter: (
              params: { dataIndex: number; seriesName: string; value: number | null }[],
            ) => {
              const i = params[0]?.dataIndex ?? 0;
              const value = series.values[i];
              const lower = series.lower[i];
              const height = series.band[i];
              const lines = [
                series.labels[i],
                `${name}: ${value === null || value === undefined ? '—' : format(value)}`,
              ];
              if (lower !== null && lower !== undefined && height !== null && height !== undefined)
                lines.push(`${band}: ${format(lower)} … ${format(lower + height)}`);
              if (series.smallSample[i]) lines.push(t('surveys.trend.smallSamplePoint'));
              return lines.join('<br/>');
            },
          },
          legend: { top: 0, data: [name, band] },
          grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
          xAxis: { type: 'category', data: series.labels, boundaryGap: false },
          // Zoom to the data (a flat line on −100…100 hides the trend), within the scale.
          yAxis: {
            type: 'value',
            min: (extent: { min: number }) => Math.max(min, Math.floor(extent.min / 10) * 10 - 10),
            max: (extent: { max: number }) => Math.min(max, Math.ceil(extent.max / 10) * 10 + 10),
          },
          series: [
            {
              name: 'lower',
              type: 'line',
              stack: 'band',
              data: series.lower,
              lineStyle: { opacity: 0 },
              symbol: 'none',
              silent: true,
              tooltip: { show: false },
            },
            {
              name: band,
              type: 'line',
              stack: 'band',
              data: series.band,
              lineStyle: { opacity: 0 },
              symbol: 'none',
              areaStyle: { color: SURVEY_COLORS.band },
              itemStyle: { color: SURVEY_COLORS.band },
              silent: true,
            },
            {
              name,
              type: 'line',
              data: series.values.map((value, i) =>
                series.smallSample[i]
                  ? {
                      value,
                      symbol: 'emptyCircle',
                      symbolSize: 9,
                      itemStyle: { color: '#fff', borderColor: '#8c8c8c', borderWidth: 2 },
                    }
                  : { value },
              ),
              connectNulls: true,
              symbol: 'circle',
              symbolSize: 6,
              itemStyle: { color: SURVEY_COLORS.line },
              lineStyle: { color: SURVEY_COLORS.line, width: 2 },
            },
          ],
        }}
      />
    </div>
  );
}
