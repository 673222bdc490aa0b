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

export interface GroupSegment {
  name: string;
  color: string;
}

/** HTML-escaped text: tooltips are HTML, group labels are data (company and plan names). */
const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * The ECharts option of 100 % stacked horizontal bars, one per group, with the group's score and
 * n in its axis label (rich text) — and a plain tooltip: an axis tooltip would repeat the
 * category, rich-text markup and all (`{key|ベーシック} {score|−34.2}`).
 */
export function groupBarsOption(
  groups: readonly GroupBar[],
  segments: readonly GroupSegment[],
  smallSampleMark: string,
) {
  // echarts draws categories bottom-up: reverse so that the first group is on top.
  const rows = [...groups].reverse();
  const labels = rows.map(
    (g) =>
      `{key|${g.label}}  {score|${g.scoreText}}\n{n|n = ${formatCount(g.responses)}}${
        g.smallSample ? `  {small|${smallSampleMark}}` : ''
      }`,
  );
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: { dataIndex: number }[]) => {
        const g = rows[params[0]?.dataIndex ?? 0];
        if (!g) return '';
        const head = `<b>${escapeHtml(g.label)}</b> ${escapeHtml(g.scoreText)} (n = ${formatCount(g.responses)})${
          g.smallSample ? ` ${escapeHtml(smallSampleMark)}` : ''
        }`;
        const lines = segments.map(
          (s, i) =>
            `<span style="color:${s.color}">●</span> ${escapeHtml(s.name)}: ${percentOf(g.counts[i] ?? 0, g.responses)}%`,
        );
        return [head, ...lines].join('<br/>');
      },
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
  };
}
