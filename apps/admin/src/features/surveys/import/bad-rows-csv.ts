import type { CsvRecord } from '@kizuna/domain';
import { toCsv } from '../../../shared/csv';

/** A reported bad row: its Excel row, the column as the file names it, and why. */
export interface BadRow {
  row: number;
  column: string | null;
  message: string;
}

export interface BadRowsHeadings {
  /** The extra columns: the row in the original file, and the reasons. */
  row: string;
  column: string;
  reason: string;
}

/** Every reason of a row in one cell: 「スコア: 範囲外です／回答日時: …」. */
function reasonsByRow(errors: readonly BadRow[]): Map<number, string> {
  const out = new Map<number, string[]>();
  for (const e of errors) {
    const list = out.get(e.row) ?? [];
    list.push(e.column ? `${e.column}: ${e.message}` : e.message);
    out.set(e.row, list);
  }
  return new Map([...out].map(([row, list]) => [row, list.join(' / ')]));
}

/**
 * The rows the import refused, as they were in the file (header first, same columns, so the
 * file can be fixed and imported again), each followed by its original row and the reasons.
 * The import ignores the two added columns.
 */
export function badRowsCsv(
  records: readonly CsvRecord[],
  errors: readonly BadRow[],
  headings: BadRowsHeadings,
): string {
  const [header, ...data] = records;
  const width = Math.max(header?.fields.length ?? 0, ...data.map((r) => r.fields.length));
  const pad = (fields: readonly string[]) => [
    ...fields,
    ...Array<string>(width - fields.length).fill(''),
  ];
  const reasons = reasonsByRow(errors);
  return toCsv(
    [...pad(header?.fields ?? []), headings.row, headings.reason],
    data.flatMap((r) => {
      const reason = reasons.get(r.row);
      return reason === undefined ? [] : [[...pad(r.fields), r.row, reason]];
    }),
  );
}

/** The reported errors alone (the file is not at hand: an import of the history). */
export function errorListCsv(errors: readonly BadRow[], headings: BadRowsHeadings): string {
  return toCsv(
    [headings.row, headings.column, headings.reason],
    errors.map((e) => [e.row, e.column, e.message]),
  );
}
