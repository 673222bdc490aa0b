import ReactECharts from 'echarts-for-react';
import { useTranslation } from 'react-i18next';

/** Responses per score, each bar coloured by the band the score belongs to. */
export function DistributionChart({
  distribution,
  colorOf,
}: {
  distribution: readonly { score: number; count: number }[];
  colorOf: (score: number) => string;
}) {
  const { t } = useTranslation();
  return (
    <div
      role="img"
      aria-label={t('surveys.distribution.chartLabel')}
      data-testid="survey-distribution"
    >
      <ReactECharts
        style={{ height: 260 }}
        option={{
          tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
          grid: { left: 8, right: 16, top: 16, bottom: 28, containLabel: true },
          xAxis: {
            type: 'category',
            name: t('surveys.distribution.score'),
            nameLocation: 'middle',
            nameGap: 28,
            data: distribution.map((d) => String(d.score)),
          },
          yAxis: { type: 'value', minInterval: 1 },
          series: [
            {
              name: t('surveys.distribution.count'),
              type: 'bar',
              barMaxWidth: 40,
              data: distribution.map((d) => ({
                value: d.count,
                itemStyle: { color: colorOf(d.score) },
              })),
            },
          ],
        }}
      />
    </div>
  );
}
