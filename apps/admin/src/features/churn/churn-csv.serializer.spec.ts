import { churnCsv } from './churn-csv.serializer';

describe('churnCsv', () => {
  const headings = {
    grouping: '集計区分',
    key: 'キー',
    label: '名称',
    customersLost: '解約数',
    mrrLost: '失ったMRR（税抜・円）',
    share: '構成比（%）',
    logoChurnRate: 'ロゴチャーン率（%）',
    activeAtStart: '期首の契約中顧客数',
    periodStart: '期首',
    smallSample: '参考値',
    smallSampleMark: '参考値',
  };
  const group = {
    customersLost: 2,
    mrrLost: 5270,
    share: 0.5,
    logoChurnRate: 0.3333,
    activeAtStart: 6,
    smallSample: true,
    periodStart: '2026-01-01',
  };

  it('writes one record per group shown, sections in order, ratios as percentages', () => {
    const csv = churnCsv(headings, [
      { grouping: '理由別', groups: [{ ...group, key: 'PRICE', label: '価格' }] },
      {
        grouping: '月別',
        groups: [
          {
            ...group,
            key: '2026-02',
            label: '2026/02',
            share: null,
            logoChurnRate: null,
            activeAtStart: 120,
            smallSample: false,
            periodStart: '2026-02-01',
          },
        ],
      },
    ]);
    expect(csv.slice(1).split('\r\n')).toEqual([
      '集計区分,キー,名称,解約数,失ったMRR（税抜・円）,構成比（%）,ロゴチャーン率（%）,期首の契約中顧客数,期首,参考値',
      '理由別,PRICE,価格,2,5270,50,33.33,6,2026/01/01,参考値',
      '月別,2026-02,2026/02,2,5270,,,120,2026/02/01,',
      '',
    ]);
  });

  it('quotes a plan name with a comma and neutralises one that looks like a formula', () => {
    const csv = churnCsv(headings, [
      {
        grouping: 'プラン別',
        groups: [
          { ...group, key: 'PLAN_A', label: 'Plan A, "legacy"' },
          { ...group, key: 'PLAN_B', label: '=1+1' },
        ],
      },
    ]);
    const [, a, b] = csv.slice(1).split('\r\n');
    expect(a).toBe('プラン別,PLAN_A,"Plan A, ""legacy""",2,5270,50,33.33,6,2026/01/01,参考値');
    expect(b).toBe("プラン別,PLAN_B,'=1+1,2,5270,50,33.33,6,2026/01/01,参考値");
  });
});
