import { usageTrendOption } from './usage-trend-chart.option';

const trend = {
  labels: ['2026/01', '2026/02'],
  series: [
    {
      planCode: 'BASIC',
      name: 'ベーシック',
      points: [null, { customers: 3, dau: 1234.56, mau: 2000, stickiness: 0.6173, storageGb: 1 }],
    },
    {
      planCode: 'PREMIUM',
      name: 'プレミアム',
      points: [
        { customers: 2, dau: 10, mau: 20, stickiness: 0.5, storageGb: 1 },
        { customers: 2, dau: 12, mau: 20, stickiness: 0.6, storageGb: 1 },
      ],
    },
  ],
};
const text = {
  point: (p: { name: string; dau: string; mau: string; stickiness: string; customers: number }) =>
    `${p.name}: DAU ${p.dau} / MAU ${p.mau}（${p.stickiness}、${p.customers}社）`,
  noData: 'データなし',
};

describe('usageTrendOption', () => {
  it('draws one line of DAU per plan, with a gap where the plan had no usage', () => {
    const option = usageTrendOption(trend, text);
    expect(option.xAxis.data).toEqual(['2026/01', '2026/02']);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['ベーシック', [null, 1234.56]],
      ['プレミアム', [10, 12]],
    ]);
    expect(option.series.every((s) => s.type === 'line' && !s.connectNulls)).toBe(true);
  });

  it('lists every plan of the month in the tooltip, formatted', () => {
    const option = usageTrendOption(trend, text);
    const tooltip = (i: number) =>
      option.tooltip.formatter([
        { dataIndex: i, seriesIndex: 0, marker: '●' },
        { dataIndex: i, seriesIndex: 1, marker: '○' },
      ]);
    expect(tooltip(0)).toBe(
      '<b>2026/01</b><br/>●ベーシック: データなし<br/>○プレミアム: DAU 10 / MAU 20（50.0%、2社）',
    );
    expect(tooltip(1)).toContain('●ベーシック: DAU 1,234.6 / MAU 2,000（61.7%、3社）');
  });
});
