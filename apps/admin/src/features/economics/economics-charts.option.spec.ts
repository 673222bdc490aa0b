import * as echarts from 'echarts';
import type { EconomicsPeriodRowFragment } from '../../gql/graphql';
import {
  mrrChartOption,
  retentionChartOption,
  trialChartOption,
  type MrrChartText,
} from './economics-charts.option';
import { economicsPeriods } from './economics-figures';

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

const row = (over: Partial<EconomicsPeriodRowFragment>): EconomicsPeriodRowFragment => ({
  period: '2027-01',
  from: '2027-01-01',
  to: '2027-01-31',
  startMrr: 13_920,
  mrr: 14_910,
  arr: 178_920,
  newMrr: 1_190,
  expansionMrr: 990,
  contractionMrr: 0,
  churnedMrr: 1_190,
  reactivationMrr: 0,
  customersAtStart: 6,
  customersActive: 6,
  customersNew: 1,
  customersChurned: 1,
  credits: 218,
  revenue: 14_692,
  grr: 0.9145,
  nrr: 0.9856,
  mrrChurnRate: 0.0855,
  arpa: 2_485,
  trialsEnded: 2,
  trialsConverted: 1,
  trialConversionRate: 0.5,
  ltv: 29_068,
  ...over,
});
// January and March of ADR 0018's example; March has contraction and churn together.
const periods = economicsPeriods(
  [
    row({}),
    row({
      period: '2027-03',
      from: '2027-03-01',
      to: '2027-03-31',
      startMrr: 15_080,
      mrr: 16_900,
      newMrr: 0,
      expansionMrr: 3_310,
      contractionMrr: 500,
      churnedMrr: 2_680,
      reactivationMrr: 1_690,
      customersAtStart: 40,
      trialsEnded: 12,
      trialsConverted: 3,
      trialConversionRate: 0.25,
    }),
  ],
  new Date('2027-03-15T00:00:00Z'),
);
const text: MrrChartText = {
  movements: {
    newMrr: '新規',
    expansionMrr: 'アップグレード',
    reactivationMrr: '再開',
    contractionMrr: 'ダウングレード',
    churnedMrr: '解約',
  },
  mrr: 'MRR',
  startMrr: '期首MRR',
  net: '純増減',
  inProgress: '集計途中',
  movementsAxis: '増減',
};
const params = (dataIndex: number, series: number) =>
  Array.from({ length: series }, (_, seriesIndex) => ({
    dataIndex,
    seriesIndex,
    marker: `<m${seriesIndex}>`,
  }));
type Formatter = (p: ReturnType<typeof params>) => string;

describe('mrrChartOption', () => {
  it('stacks gains up from zero and losses down from zero', () => {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 420 });
    chart.setOption(mrrChartOption(periods, text, 'ja'));
    const model = (chart as unknown as EChartsInternals).getModel();
    // [bottom, top] of each movement's bar in March (series 1…5 after the MRR line).
    const march = [1, 2, 3, 4, 5].map((s) => {
      const data = model.getSeriesByIndex(s).getData();
      const top = data.getCalculationInfo('stackResultDimension');
      const bottom = data.getCalculationInfo('stackedOverDimension');
      // The first bar of a side stacks over nothing (NaN): it starts at zero.
      return [Number(data.get(bottom, 1)) || 0, Number(data.get(top, 1))];
    });
    chart.dispose();
    expect(march).toEqual([
      [0, 0], // new
      [0, 3_310], // expansion
      [3_310, 5_000], // reactivation on top of it
      [0, -500], // contraction below zero
      [-500, -3_180], // churn below the contraction
    ]);
  });

  it('lists the period, start MRR, each movement signed, the net change and MRR in its tooltip', () => {
    const formatter = mrrChartOption(periods, text, 'ja').tooltip.formatter as Formatter;
    expect(formatter(params(1, 6)).split('<br/>')).toEqual([
      '<b>2027/03</b> <i>集計途中</i>',
      '期首MRR: ￥15,080',
      '<m1>新規: ￥0',
      '<m2>アップグレード: +￥3,310',
      '<m3>再開: +￥1,690',
      '<m4>ダウングレード: −￥500',
      '<m5>解約: −￥2,680',
      '純増減: +￥1,820',
      '<m0><b>MRR: ￥16,900</b>',
    ]);
  });

  it('writes plain, escaped text: no rich-text markup ({key|…}) and no HTML from labels', () => {
    const odd = economicsPeriods([row({ period: '{key|<b>x</b>}' })], new Date('2030-01-01'));
    const formatter = mrrChartOption(odd, { ...text, mrr: 'M&R' }, 'ja').tooltip
      .formatter as Formatter;
    const html = formatter(params(0, 6));
    expect(html).toContain('{key|&lt;b&gt;x&lt;/b&gt;}');
    expect(html).toContain('M&amp;R');
    for (const f of [
      mrrChartOption(periods, text, 'ja').tooltip.formatter as Formatter,
      retentionChartOption(periods, retentionText).tooltip.formatter as Formatter,
      trialChartOption(periods, trialText).tooltip.formatter as Formatter,
    ])
      expect(f(params(0, 6))).not.toMatch(/\{\w+\|/);
  });
});

const retentionText = {
  nrr: 'NRR',
  grr: 'GRR',
  customersAtStart: (n: number) => `期首 ${n}社`,
  smallSample: '参考値',
  inProgress: '集計途中',
};
const trialText = {
  rate: '転換率',
  trialsEnded: '終了トライアル',
  converted: (c: number, n: number) => `本登録 ${c} ÷ 終了 ${n}`,
  smallSample: '参考値',
  inProgress: '集計途中',
};

describe('retentionChartOption', () => {
  it('plots percentages; a small sample is a hollow grey point and says so', () => {
    const option = retentionChartOption(periods, retentionText);
    const hollow = { symbol: 'emptyCircle', symbolSize: 8, itemStyle: { color: '#bfbfbf' } };
    expect(option.series[0]?.data).toEqual([
      { value: 98.56, ...hollow }, // 6 paying at the start
      { value: 98.56, ...hollow }, // March is still running
    ]);
    const settled = retentionChartOption(
      economicsPeriods([row({ customersAtStart: 40 })], new Date('2027-06-01T00:00:00Z')),
      retentionText,
    );
    expect(settled.series.map((s) => s.data)).toEqual([[98.56], [91.45]]);
    const formatter = option.tooltip.formatter as Formatter;
    expect(formatter(params(0, 2)).split('<br/>')).toEqual([
      '<b>2027/01</b>',
      '<m0>NRR: 98.6%',
      '<m1>GRR: 91.5%',
      '期首 6社',
      '参考値',
    ]);
    expect(formatter(params(1, 2))).not.toContain('参考値');
  });
});

describe('trialChartOption', () => {
  it('shows the rate with its denominator; under 10 trials ended it is indicative', () => {
    const option = trialChartOption(periods, trialText);
    // March is still running: its bar fainter, its point hollow.
    expect(option.series[1]?.data).toEqual([2, { value: 12, itemStyle: { opacity: 0.4 } }]);
    expect(option.series[0]?.data[1]).toMatchObject({ value: 25, symbol: 'emptyCircle' });
    const formatter = option.tooltip.formatter as Formatter;
    expect(formatter(params(0, 2)).split('<br/>')).toEqual([
      '<b>2027/01</b>',
      '<m0>転換率: 50.0%',
      '<m1>本登録 1 ÷ 終了 2',
      '参考値',
    ]);
    expect(formatter(params(1, 2)).split('<br/>')).toEqual([
      '<b>2027/03</b> <i>集計途中</i>',
      '<m0>転換率: 25.0%',
      '<m1>本登録 3 ÷ 終了 12',
    ]);
  });
});
