import type { CsvValue } from '../../shared/csv';
import { toCsv } from '../../shared/csv';
import { formatIsoDate } from '../../shared/dates';
import type { EconomicsPeriod } from './economics-figures';

/** The columns of the CSV, in order: the figure each one holds. */
const COLUMNS = [
  'period',
  'from',
  'to',
  'startMrr',
  'mrr',
  'arr',
  'newMrr',
  'expansionMrr',
  'reactivationMrr',
  'contractionMrr',
  'churnedMrr',
  'customersAtStart',
  'customersActive',
  'customersNew',
  'customersChurned',
  'credits',
  'revenue',
  'grr',
  'nrr',
  'mrrChurnRate',
  'arpa',
  'trialsEnded',
  'trialsConverted',
  'trialConversionRate',
  'ltv',
  'inProgress',
  'smallSample',
] as const;
type Column = (typeof COLUMNS)[number];

/** The column headings in the UI language, and the marks written in the flag columns. */
export type EconomicsCsvHeadings = Record<Column, string> & {
  /** inProgress's value for an unfinished period (e.g. 集計途中). */
  inProgressMark: string;
  /** smallSample's value: which rates are indicative (e.g. 参考値: 継続率). */
  retentionMark: string;
  trialMark: string;
};

const RATES = ['grr', 'nrr', 'mrrChurnRate', 'trialConversionRate'] as const;
const isRate = (c: Column): c is (typeof RATES)[number] => (RATES as readonly string[]).includes(c);

/** A 0–1 ratio as a percentage number with two decimals (0.9145 → 91.45); null stays empty. */
const percent = (ratio: number | null | undefined) =>
  ratio === null || ratio === undefined ? null : Math.round(ratio * 10_000) / 100;

/**
 * One record per period shown: amounts as whole yen (税抜) without separators, rates as
 * percentages, Tokyo dates as YYYY/MM/DD; see toCsv for the file's format.
 */
export function economicsCsv(
  headings: EconomicsCsvHeadings,
  periods: readonly EconomicsPeriod[],
): string {
  const cell = (p: EconomicsPeriod, c: Column): CsvValue => {
    if (c === 'inProgress') return p.inProgress ? headings.inProgressMark : null;
    if (c === 'smallSample') {
      const marks = [
        p.smallRetentionSample ? headings.retentionMark : null,
        p.smallTrialSample ? headings.trialMark : null,
      ].filter((m): m is string => m !== null);
      return marks.length ? marks.join(' / ') : null;
    }
    if (isRate(c)) return percent(p[c]);
    if (c === 'from' || c === 'to') return formatIsoDate(p[c]);
    return p[c] ?? null;
  };
  return toCsv(
    COLUMNS.map((c) => headings[c]),
    periods.map((p) => COLUMNS.map((c) => cell(p, c))),
  );
}
