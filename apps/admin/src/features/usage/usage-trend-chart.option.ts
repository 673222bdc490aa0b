import { formatShare } from '../surveys/shared/survey-figures';
import { formatUsers, type PlanTrendSeries } from './usage-figures';

/** One colour per plan, in catalog order (Tableau 10, as the churn reasons). */
export const PLAN_COLORS = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#b07aa1'];

export interface UsageTrendText {
  /** The tooltip line of a plan's month: name, DAU, MAU, DAU/MAU and customers filled in. */
  point: (p: {
    name: string;
    dau: string;
    mau: string;
    stickiness: string;
    customers: number;
  }) => string;
  noData: string;
}

/**
 * The ECharts option of DAU per plan over months: one line per plan, a gap where a plan had no
 * usage; the tooltip gives each plan's DAU, MAU, DAU/MAU and customers of the month.
 */
export function usageTrendOption(trend: PlanTrendSeries, text: UsageTrendText) {
  return {
    color: PLAN_COLORS,
    tooltip: {
      trigger: 'axis',
      formatter: (params: { dataIndex: number; seriesIndex: number; marker: string }[]) => {
        const i = params[0]?.dataIndex ?? 0;
        const lines = [`<b>${trend.labels[i] ?? ''}</b>`];
        for (const p of params) {
          const s = trend.series[p.seriesIndex];
          const point = s?.points[i];
          if (!s) continue;
          lines.push(
            p.marker +
              (point
                ? text.point({
                    name: s.name,
                    dau: formatUsers(point.dau),
                    mau: formatUsers(point.mau),
                    stickiness: formatShare(point.stickiness),
                    customers: point.customers,
                  })
                : `${s.name}: ${text.noData}`),
          );
        }
        return lines.join('<br/>');
      },
    },
    legend: { top: 0, type: 'scroll' },
    // Room on the right for the last month's label (e.g. 2026/12（途中）) under the last point.
    grid: { left: 8, right: 48, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: trend.labels, boundaryGap: false },
    yAxis: {
      type: 'value',
      axisLabel: { formatter: (v: number) => formatUsers(v) },
    },
    series: trend.series.map((s) => ({
      name: s.name,
      type: 'line',
      symbol: 'circle',
      symbolSize: 6,
      connectNulls: false,
      data: s.points.map((p) => p?.dau ?? null),
    })),
  };
}
