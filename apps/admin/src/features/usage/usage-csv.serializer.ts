import { parseSlaMonth } from '@kizuna/domain';
import { toCsv } from '../../shared/csv';
import { formatIsoDate } from '../../shared/dates';
import type { UsageRow } from './usage-figures';

/** The groups of one table or series of the page, e.g. プラン別 and its plans. */
export interface UsageCsvSection {
  /** The grouping as the page names it (プラン別, 月別（ベーシック）, 顧客別…). */
  grouping: string;
  groups: readonly UsageRow[];
}

/** The column headings, in the UI language, in the order of the records. */
export interface UsageCsvHeadings {
  grouping: string;
  key: string;
  label: string;
  periodStart: string;
  periodEnd: string;
  customers: string;
  dau: string;
  mau: string;
  stickiness: string;
  storageGb: string;
}

/**
 * The days a group covers (YYYY-MM-DD, Tokyo): a month key (YYYY-MM) is that month cut to the
 * report's period; any other group covers the whole period.
 */
export function groupPeriod(key: string, from: string, to: string): [string, string] {
  if (!/^\d{4}-\d{2}$/.test(key)) return [from, to];
  const month = parseSlaMonth(key);
  if (!month.ok) return [from, to];
  return [
    month.value.firstDay < from ? from : month.value.firstDay,
    month.value.lastDay > to ? to : month.value.lastDay,
  ];
}

/** A 0–1 ratio as a percentage number with two decimals (0.71425 → 71.43); null stays empty. */
const percent = (ratio: number | null | undefined) =>
  ratio === null || ratio === undefined ? null : Math.round(ratio * 10_000) / 100;

/** The groups the page shows, one record each, as a CSV file for Excel (BOM, CRLF). */
export function usageCsv(
  headings: UsageCsvHeadings,
  period: { from: string; to: string },
  sections: readonly UsageCsvSection[],
): string {
  const header = [
    headings.grouping,
    headings.key,
    headings.label,
    headings.periodStart,
    headings.periodEnd,
    headings.customers,
    headings.dau,
    headings.mau,
    headings.stickiness,
    headings.storageGb,
  ];
  const rows = sections.flatMap((section) =>
    section.groups.map((g) => [
      section.grouping,
      g.key,
      g.label,
      ...groupPeriod(g.key, period.from, period.to).map(formatIsoDate),
      g.customers,
      g.dau,
      g.mau,
      percent(g.stickiness),
      g.storageGb,
    ]),
  );
  return toCsv(header, rows);
}
