/** A CSV cell: text, a number, or nothing (an empty field). */
export type CsvValue = string | number | null;

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * One field as RFC 4180 writes it: quoted when it holds a comma, a double quote, CR or LF, with
 * its quotes doubled. Text that a spreadsheet would run as a formula (=, +, -, @ first) gets a
 * leading apostrophe: the file holds catalog names, which staff can edit.
 */
export function csvField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV file for Excel: UTF-8 with a BOM (so that Japanese opens correctly), CRLF after every record. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return BOM + [header, ...rows].map((r) => r.map(csvField).join(',') + CRLF).join('');
}

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
      g.periodStart,
      g.smallSample ? headings.smallSampleMark : null,
    ]),
  );
  return toCsv(header, rows);
}
