import * as echarts from 'echarts';
import type { TrendSeries } from './survey-figures';
import { trendChartOption } from './trend-chart.option';

// jsdom has no canvas: measure text as ECharts does in a server (layout needs widths only).
echarts.setPlatformAPI({ measureText: (t: string) => ({ width: t.length * 7 }) });

interface EChartsInternals {
  getModel(): {
    getSeriesByIndex(i: number): {
      getData(): {
        getCalculationInfo(key: 'stackResultDimension' | 'stackedOverDimension'): string;
        get(dimension: string, index: number): unknown;
      };
    };
  };
}

const text = { name: 'NPS', band: '95 %', smallSamplePoint: 'small' };
const format = (v: number) => v.toFixed(1);

/** The band's edges as ECharts lays them out: [bottom, top] of the stacked area per month. */
function drawnBand(series: TrendSeries): [number, number][] {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 300 });
  chart.setOption(trendChartOption(series, text, { min: -100, max: 100 }, format));
  // The stacked layout is what the bug was about; ECharts keeps it in its (untyped) model.
  const data = (chart as unknown as EChartsInternals).getModel().getSeriesByIndex(1).getData();
  const top = data.getCalculationInfo('stackResultDimension');
  const bottom = data.getCalculationInfo('stackedOverDimension');
  const edges = series.labels.map((_, i) => [
    Number(data.get(bottom, i)),
    Number(data.get(top, i)),
  ]) as [number, number][];
  chart.dispose();
  return edges;
}

describe('trendChartOption: the 95 % band is drawn where it is', () => {
  it.each([
    ['negative NPS (the reported bug: −14.2…+3.6 drawn as 0…+18)', -14.2, 17.8, [-14.2, 3.6]],
    ['entirely negative', -40, 10, [-40, -30]],
    ['positive', 20, 12.5, [20, 32.5]],
  ])('%s', (_case, lower, height, expected) => {
    const series: TrendSeries = {
      labels: ['2026/10', '2026/11'],
      values: [lower + height / 2, 5],
      lower: [lower, null],
      band: [height, null],
      smallSample: [false, true],
    };
    const [first] = drawnBand(series);
    expect(first![0]).toBeCloseTo(expected[0]!, 5);
    expect(first![1]).toBeCloseTo(expected[1]!, 5);
  });

  it('says the band in the tooltip as lower … upper', () => {
    const series: TrendSeries = {
      labels: ['2026/10'],
      values: [-5.3],
      lower: [-14.2],
      band: [17.8],
      smallSample: [false],
    };
    const { formatter } = trendChartOption(series, text, { min: -100, max: 100 }, format).tooltip;
    expect(formatter([{ dataIndex: 0 }])).toBe('2026/10<br/>NPS: -5.3<br/>95 %: -14.2 … 3.6');
  });
});
