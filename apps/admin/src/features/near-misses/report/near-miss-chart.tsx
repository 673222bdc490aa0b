import ReactECharts from 'echarts-for-react';
import { useTranslation } from 'react-i18next';

export interface ChartCount {
  label: string;
  nearMisses: number;
  incidents: number;
}

/** Near-misses and incidents as stacked bars, one bar per group (week, field or request kind). */
export function NearMissChart({
  counts,
  horizontal = false,
  height = 320,
  testId,
}: {
  counts: readonly ChartCount[];
  horizontal?: boolean;
  height?: number;
  testId?: string;
}) {
  const { t } = useTranslation();
  const categories = { type: 'category' as const, data: counts.map((c) => c.label) };
  const values = { type: 'value' as const, minInterval: 1 };
  const series = (name: string, color: string, pick: (c: ChartCount) => number) => ({
    name,
    type: 'bar' as const,
    stack: 'total',
    itemStyle: { color },
    barMaxWidth: 36,
    data: counts.map(pick),
  });
  return (
    <div data-testid={testId} role="img" aria-label={t('nearMisses.report.chartLabel')}>
      <ReactECharts
        style={{ height }}
        option={{
          tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
          legend: { top: 0 },
          grid: { left: 8, right: 24, bottom: 8, top: 36, containLabel: true },
          xAxis: horizontal ? values : categories,
          yAxis: horizontal ? categories : values,
          series: [
            series(t('nearMisses.report.nearMisses'), '#fa8c16', (c) => c.nearMisses),
            series(t('nearMisses.report.incidents'), '#cf1322', (c) => c.incidents),
          ],
        }}
      />
    </div>
  );
}
