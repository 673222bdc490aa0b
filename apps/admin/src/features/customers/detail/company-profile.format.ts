import { formatYen } from '@kizuna/domain';

const JA_UNITS = [
  { unit: '兆', size: 1_000_000_000_000 },
  { unit: '億', size: 100_000_000 },
  { unit: '万', size: 10_000 },
] as const;

/**
 * An amount of yen as people say it: 12億3,456万円 in Japanese (below 万 left out), ¥1.2B in
 * English; small amounts as they are.
 */
export function readableYen(yen: number, language: string): string {
  if (language === 'en') {
    if (Math.abs(yen) < 10_000) return formatYen(yen).replace('￥', '¥');
    const compact = new Intl.NumberFormat('en-US', {
      notation: 'compact',
      maximumFractionDigits: 1,
    }).format(yen);
    return `¥${compact}`;
  }
  if (Math.abs(yen) < 10_000) return `${yen.toLocaleString('ja-JP')}円`;
  let rest = Math.trunc(Math.abs(yen));
  const parts: string[] = [];
  for (const { unit, size } of JA_UNITS) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0) parts.push(`${count.toLocaleString('ja-JP')}${unit}`);
  }
  return `${yen < 0 ? '-' : ''}${parts.join('')}円`;
}

/** 流動比率 as a percentage: 1.5 → 150 %. */
export function currentRatioPercent(ratio: number): string {
  return `${(Math.round(ratio * 10000) / 100).toLocaleString('ja-JP')} %`;
}
