import { SURVEY_COLORS } from './survey-colors';
import type { TrendSeries } from './survey-figures';

export interface TrendChartText {
  /** The figure's name (NPS, CSAT…). */
  name: string;
  /** The band's legend name. */
  band: string;
  /** Tooltip line for a small-sample month. */
  smallSamplePoint: string;
}

/**
 * The ECharts option of a monthly trend: a line with its 95 % band drawn as a shaded area (a
 * transparent lower series plus the band's height stacked on it). The stack must add across
 * signs: ECharts' default stacks a positive height on 0 when the lower edge is negative, which
 * drew an NPS band of −14.2…+3.6 as 0…+18.
 */
export function trendChartOption(
  series: TrendSeries,
  text: TrendChartText,
  scale: { min: number; max: number },
  format: (v: number) => string,
) {
  return {
    tooltip: {
      trigger: 'axis',
      formatter: (params: { dataIndex: number }[]) => {
        const i = params[0]?.dataIndex ?? 0;
        const value = series.values[i];
        const lower = series.lower[i];
        const height = series.band[i];
        const lines = [
          series.labels[i],
          `${text.name}: ${value === null || value === undefined ? '—' : format(value)}`,
        ];
        if (lower !== null && lower !== undefined && height !== null && height !== undefined)
          lines.push(`${text.band}: ${format(lower)} … ${format(lower + height)}`);
        if (series.smallSample[i]) lines.push(text.smallSamplePoint);
        return lines.join('<br/>');
      },
    },
    legend: { top: 0, data: [text.name, text.band] },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: series.labels, boundaryGap: false },
    // Zoom to the data (a flat line on −100…100 hides the trend), within the scale.
    yAxis: {
      type: 'value',
      min: (extent: { min: number }) => Math.max(scale.min, Math.floor(extent.min / 10) * 10 - 10),
      max: (extent: { max: number }) => Math.min(scale.max, Math.ceil(extent.max / 10) * 10 + 10),
    },
    series: [
      {
        name: 'lower',
        type: 'line',
        stack: 'band',
        stackStrategy: 'all',
        data: series.lower,
        lineStyle: { opacity: 0 },
        symbol: 'none',
        silent: true,
        tooltip: { show: false },
      },
      {
        name: text.band,
        type: 'line',
        stack: 'band',
        stackStrategy: 'all',
        data: series.band,
        lineStyle: { opacity: 0 },
        symbol: 'none',
        areaStyle: { color: SURVEY_COLORS.band },
        itemStyle: { color: SURVEY_COLORS.band },
        silent: true,
      },
      {
        name: text.name,
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
  };
}
