import ReactECharts from 'echarts-for-react';
import { useTranslation } from 'react-i18next';
import { formatCount, percentOf } from './survey-figures';

export interface GroupBar {
  label: string;
  /** The group's headline figure as text, e.g. "+12.3" or "81.0%". */
  scoreText: string;
  responses: number;
  smallSample: boolean;
  /** Counts per segment, in the order of `segments`. */
  counts: number[];
}

/**
 * One 100 % stacked horizontal bar per group (e.g. detractors | passives | promoters), with the
 * group's score and n on its label; small-sample groups are hatched and labelled 参考値.
 */
export function GroupBars({
  groups,
  segments,
}: {
  groups: readonly GroupBar[];
  segments: readonly { name: string; color: string }[];
}) {
  const { t } = useTranslation();
  const mark = t('surveys.groups.smallSampleMark');
  // echarts draws categories bottom-up: reverse so that the first group is on top.
  const rows = [...groups].reverse();
  const labels = rows.map(
    (g) =>
      `{key|${g.label}}  {score|${g.scoreText}}\n{n|n = ${formatCount(g.responses)}}${
        g.smallSample ? `  {small|${mark}}` : ''
      }`,
  );
  return (
    <div role="img" aria-label={t('surveys.groups.chartLabel')} data-testid="survey-groups">
      <ReactECharts
        style={{ height: Math.max(160, rows.length * 46 + 60) }}
        option={{
          tooltip: {
            trigger: 'axis',
            axisPointer: { type: 'shadow' },
            valueFormatter: (v: number) => `${v}%`,
          },
          legend: { top: 0 },
          grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
          xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
          yAxis: {
            type: 'category',
            data: labels,
            axisLabel: {
              rich: {
                key: { fontWeight: 'bold', color: '#262626' },
                score: { color: '#1f5fa6', fontWeight: 'bold' },
                n: { color: '#8c8c8c', fontSize: 11 },
                small: {
                  color: '#ad6800',
                  backgroundColor: '#fffbe6',
                  borderColor: '#ffe58f',
                  borderWidth: 1,
                  borderRadius: 3,
                  padding: [1, 3],
                  fontSize: 11,
                },
              },
            },
          },
          series: segments.map((segment, index) => ({
            name: segment.name,
            type: 'bar',
            stack: 'share',
            barMaxWidth: 26,
            itemStyle: { color: segment.color },
            data: rows.map((g) => ({
              value: percentOf(g.counts[index] ?? 0, g.responses),
              // A small sample is drawn faded: present, but not to be read as a fact.
              itemStyle: g.smallSample ? { opacity: 0.4 } : undefined,
            })),
          })),
        }}
      />
    </div>
  );
}
