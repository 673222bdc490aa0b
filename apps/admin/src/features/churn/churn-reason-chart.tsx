import type { ChurnReason } from '@kizuna/domain';
import { formatYen } from '@kizuna/domain';
import ReactECharts from 'echarts-for-react';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../surveys/shared/survey-figures';
import { CHURN_REASON_COLORS, type ReasonSeries } from './churn-figures';

/**
 * Customers lost per period as bars stacked by reason; a click on a bar's segment picks its
 * reason. The tooltip lists each reason's count and MRR lost, and the period's total.
 */
export function ChurnReasonChart({
  periods,
  series,
  selected,
  onSelect,
}: {
  /** The periods' labels, left to right. */
  periods: readonly string[];
  series: readonly ReasonSeries[];
  selected: ChurnReason | null;
  onSelect: (reason: ChurnReason) => void;
}) {
  const { t } = useTranslation();
  return (
    <div role="img" aria-label={t('churn.chart.label')} data-testid="churn-reason-chart">
      <ReactECharts
        style={{ height: 340 }}
        notMerge
        onEvents={{
          click: (e: { seriesIndex?: number }) => {
            const picked = e.seriesIndex === undefined ? undefined : series[e.seriesIndex];
            if (picked) onSelect(picked.reason);
          },
        }}
        option={{
          tooltip: {
            trigger: 'axis',
            axisPointer: { type: 'shadow' },
            formatter: (params: { dataIndex: number; seriesIndex: number; marker: string }[]) => {
              const i = params[0]?.dataIndex ?? 0;
              const lines = [`<b>${periods[i] ?? ''}</b>`];
              let total = 0;
              let mrr = 0;
              for (const p of params) {
                const s = series[p.seriesIndex];
                const n = s?.counts[i] ?? 0;
                if (!s || n === 0) continue;
                total += n;
                mrr += s.mrr[i] ?? 0;
                lines.push(
                  `${p.marker}${s.label}: ${t('churn.chart.lost', { count: n })}（${formatYen(s.mrr[i] ?? 0)}）`,
                );
              }
              lines.push(
                `${t('churn.chart.total')}: ${t('churn.chart.lost', { count: total })}（${formatYen(mrr)}）`,
              );
              return lines.join('<br/>');
            },
          },
          legend: { top: 0, type: 'scroll' },
          grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
          xAxis: { type: 'category', data: periods },
          yAxis: {
            type: 'value',
            minInterval: 1,
            axisLabel: { formatter: (v: number) => formatCount(v) },
          },
          series: series.map((s) => ({
            name: s.label,
            type: 'bar',
            stack: 'lost',
            barMaxWidth: 40,
            cursor: 'pointer',
            emphasis: { focus: 'series' },
            itemStyle: {
              color: CHURN_REASON_COLORS[s.reason],
              // The reason whose notes are shown stands out; the others step back.
              opacity: selected === null || selected === s.reason ? 1 : 0.35,
            },
            data: s.counts,
          })),
        }}
      />
    </div>
  );
}
