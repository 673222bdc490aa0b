import { groupPeriod, usageCsv } from './usage-csv.serializer';

const headings = {
  grouping: '集計区分',
  key: 'キー',
  label: '名称',
  periodStart: '期間開始',
  periodEnd: '期間終了',
  customers: '顧客数',
  dau: 'DAU',
  mau: 'MAU（近似）',
  stickiness: 'DAU/MAU（%）',
  storageGb: 'ストレージ（GB）',
};

describe('groupPeriod', () => {
  it.each([
    ['a month inside the period', '2026-03', ['2026-03-01', '2026-03-31']],
    ['the first month, cut at the start', '2026-02', ['2026-02-10', '2026-02-28']],
    ['the last month, cut at the end', '2026-06', ['2026-06-01', '2026-06-14']],
    ['a plan', 'PREMIUM', ['2026-02-10', '2026-06-14']],
  ] as const)('%s', (_, key, days) => {
    expect(groupPeriod(key, '2026-02-10', '2026-06-14')).toEqual(days);
  });

  it('knows a leap February', () => {
    expect(groupPeriod('2028-02', '2028-01-01', '2028-12-31')).toEqual([
      '2028-02-01',
      '2028-02-29',
    ]);
  });
});

describe('usageCsv', () => {
  it('writes one record per group, sections in order, with their Tokyo days and DAU/MAU in percent', () => {
    const csv = usageCsv(headings, { from: '2026-02-10', to: '2026-06-14' }, [
      {
        grouping: 'プラン別',
        groups: [
          {
            key: 'BASIC',
            label: 'ベーシック',
            customers: 3,
            dau: 10.5,
            mau: 14.7,
            stickiness: 0.71425,
            storageGb: 12.345,
          },
        ],
      },
      {
        grouping: '月別（ベーシック）',
        groups: [
          {
            key: '2026-02',
            label: '2026-02',
            customers: 2,
            dau: 4,
            mau: 0,
            stickiness: null,
            storageGb: 0,
          },
        ],
      },
      {
        grouping: '顧客別',
        groups: [
          {
            key: 'Q3VzdG9tZXI6MQ',
            label: '株式会社テスト, 本社',
            customers: 1,
            dau: 2.25,
            mau: 3,
            stickiness: 0.75,
            storageGb: 1.5,
          },
        ],
      },
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')).toEqual([
      '集計区分,キー,名称,期間開始,期間終了,顧客数,DAU,MAU（近似）,DAU/MAU（%）,ストレージ（GB）',
      'プラン別,BASIC,ベーシック,2026/02/10,2026/06/14,3,10.5,14.7,71.43,12.345',
      '月別（ベーシック）,2026-02,2026-02,2026/02/10,2026/02/28,2,4,0,,0',
      '顧客別,Q3VzdG9tZXI6MQ,"株式会社テスト, 本社",2026/02/10,2026/06/14,1,2.25,3,75,1.5',
      '',
    ]);
  });
});
