import { toCsv } from '../../shared/csv';
import { formatIsoDate } from '../../shared/dates';

/** The groups of one table or chart of the page, e.g. 理由別 and its seven reasons. */
export interface ChurnCsvSection {
  /** The grouping as the page names it (理由別, プラン別, 月別…). */
  grouping: string;
  groups: readonly {
    key: string;
    label: string;
    customersLost: number;
    mrrLost: number;
    share?: number | null;
    logoChurnRate?: number | null;
    activeAtStart: number;
    smallSample: boolean;
    periodStart: string;
  }[];
}

/** The column headings, in the UI language, in the order of the records. */
export interface ChurnCsvHeadings {
  grouping: string;
  key: string;
  label: string;
  customersLost: string;
  mrrLost: string;
  share: string;
  logoChurnRate: string;
  activeAtStart: string;
  periodStart: string;
  smallSample: string;
  /** The smallSample column's value for an indicative rate (e.g. 参考値). */
  smallSampleMark: string;
}

/** A 0–1 ratio as a percentage number with two decimals (0.3333 → 33.33); null stays empty. */
const percent = (ratio: number | null | undefined) =>
  ratio === null || ratio === undefined ? null : Math.round(ratio * 10_000) / 100;

/** The groups the page shows, one record each, as a CSV file (see toCsv). */
export function churnCsv(headings: ChurnCsvHeadings, sections: readonly ChurnCsvSection[]): string {
  const header = [
    headings.grouping,
    headings.key,
    headings.label,
    headings.customersLost,
    headings.mrrLost,
    headings.share,
    headings.logoChurnRate,
    headings.activeAtStart,
    headings.periodStart,
    headings.smallSample,
  ];
  const rows = sections.flatMap((section) =>
    section.groups.map((g) => [
      section.grouping,
      g.key,
      g.label,
      g.customersLost,
      g.mrrLost,
      percent(g.share),
      percent(g.logoChurnRate),
      g.activeAtStart,
      formatIsoDate(g.periodStart),
      g.smallSample ? headings.smallSampleMark : null,
    ]),
  );
  return toCsv(header, rows);
}
