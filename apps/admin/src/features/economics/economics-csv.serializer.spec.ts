import type { EconomicsPeriodRowFragment } from '../../gql/graphql';
import { economicsCsv } from './economics-csv.serializer';
import { economicsPeriods } from './economics-figures';
import { economicsJa } from './economics.messages';

const headings = {
  ...economicsJa.export.columns,
  inProgressMark: economicsJa.export.inProgressMark,
  retentionMark: economicsJa.export.retentionMark,
  trialMark: economicsJa.export.trialMark,
};

/** January of ADR 0018's worked example. */
const january: EconomicsPeriodRowFragment = {
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
};

describe('economicsCsv', () => {
  it('writes one record per period: plain integer yen, percentages, Tokyo dates, flags', () => {
    const periods = economicsPeriods(
      [
        january,
        {
          ...january,
          period: 'FY2026-Q4',
          from: '2027-02-01',
          to: '2027-03-31',
          startMrr: 1_234_567,
          customersAtStart: 412,
          trialsEnded: 40,
          grr: null,
          nrr: null,
          mrrChurnRate: null,
          trialConversionRate: 0.6667,
          ltv: null,
        },
      ],
      new Date('2027-03-10T00:00:00Z'),
    );
    const csv = economicsCsv(headings, periods);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')).toEqual([
      '期間,開始日,終了日,期首MRR（税抜・円）,MRR（税抜・円）,ARR（税抜・円）,新規MRR（税抜・円）,アップグレードMRR（税抜・円）,再開MRR（税抜・円）,ダウングレードMRR（税抜・円）,解約MRR（税抜・円）,期首の契約中顧客数,期末の契約中顧客数,新規顧客数,解約顧客数,サービスクレジット（税抜・円）,売上（MRR − クレジット、税抜・円）,GRR（%）,NRR（%）,MRRチャーン率（%）,ARPA（税抜・円）,終了したトライアル数,本登録したトライアル数,トライアル転換率（%）,LTV（税抜・円）,集計途中,参考値',
      '2027-01,2027/01/01,2027/01/31,13920,14910,178920,1190,990,0,0,1190,6,6,1,1,218,14692,91.45,98.56,8.55,2485,2,1,50,29068,,継続率・チャーン率 / トライアル転換率',
      'FY2026-Q4,2027/02/01,2027/03/31,1234567,14910,178920,1190,990,0,0,1190,412,6,1,1,218,14692,,,,2485,40,1,66.67,,集計途中,',
      '',
    ]);
  });

  it('takes its headings from the UI language', () => {
    const csv = economicsCsv(
      { ...headings, period: 'Period', mrr: 'MRR (yen, excl. tax)' },
      economicsPeriods([january], new Date('2027-06-01T00:00:00Z')),
    );
    expect(csv.slice(1).split('\r\n')[0]).toMatch(/^Period,開始日,.*,"MRR \(yen, excl\. tax\)",/);
  });
});
