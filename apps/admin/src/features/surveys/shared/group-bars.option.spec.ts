import * as echarts from 'echarts';
import { groupBarsOption } from './group-bars.option';

// jsdom has no canvas: measure text as ECharts does in a server (layout needs widths only).
echarts.setPlatformAPI({ measureText: (t: string) => ({ width: t.length * 7 }) });

const segments = [
  { name: '批判者', color: '#cf1322' },
  { name: '中立者', color: '#d9d9d9' },
  { name: '推奨者', color: '#389e0d' },
];
const groups = [
  {
    label: 'ベーシック',
    scoreText: '−34.2',
    responses: 3405,
    smallSample: false,
    counts: [1800, 1000, 605],
  },
  {
    label: '<エンタープライズ>',
    scoreText: '+10.0',
    responses: 20,
    smallSample: true,
    counts: [4, 10, 6],
  },
];

/** The tooltip a user sees when pointing at a group's bar, as HTML. */
function tooltipOf(groupIndexFromTop: number): string {
  const dom = document.createElement('div');
  document.body.appendChild(dom);
  const chart = echarts.init(dom, null, { renderer: 'svg', width: 600, height: 300 });
  chart.setOption({ ...groupBarsOption(groups, segments, '参考値'), animation: false });
  chart.dispatchAction({
    type: 'showTip',
    seriesIndex: 0,
    dataIndex: groups.length - 1 - groupIndexFromTop,
  });
  // The tooltip is the one element holding HTML rather than the chart's SVG.
  const tooltip = [...dom.querySelectorAll('div')].find(
    (d) => !d.querySelector('svg') && d.innerHTML.includes('n ='),
  );
  const html = tooltip?.innerHTML ?? '(no tooltip)';
  chart.dispose();
  dom.remove();
  return html;
}

describe('groupBarsOption: the tooltip reads as text', () => {
  it('names the group, its score, n and each segment, without rich-text markup', () => {
    const html = tooltipOf(0);
    expect(html).toContain('ベーシック');
    expect(html).toContain('−34.2');
    expect(html).toContain('n = 3,405');
    expect(html).toContain('批判者: 52.9%');
    expect(html).not.toMatch(/\{(key|score|n|small)\|/);
  });

  it('escapes a group label that looks like HTML and marks a small sample', () => {
    const html = tooltipOf(1);
    expect(html).toContain('&lt;エンタープライズ&gt;');
    expect(html).toContain('(n = 20) 参考値');
  });
});
