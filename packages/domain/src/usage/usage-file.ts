import { userError, type UserErrorData } from '../errors/user-error.js';
import { toHalfWidthNumeric } from '../jp/width.js';
import { err, ok, type Result } from '../shared/result.js';
import type { CsvRecord } from '../surveys/survey-csv.js';

/** The columns of a usage CSV; each accepts its English name or a Japanese heading. */
export const USAGE_CSV_COLUMNS = {
  corporateNumber: ['corporate_number', '法人番号'],
  customerId: ['customer_id', '顧客ID'],
  date: ['date', '日付'],
  activeUsers: ['active_users', 'アクティブユーザー数'],
  storageGb: ['storage_gb', 'ストレージ(GB)'],
} as const;
export type UsageCsvColumn = keyof typeof USAGE_CSV_COLUMNS;
export type UsageCsvColumnMap = Partial<Record<UsageCsvColumn, number>>;

/** A row of a usage file (CSV or NDJSON) as text, before its customer is looked up. */
export interface UsageFileRow {
  line: number;
  corporateNumber: string | null;
  customerId: string | null;
  date: string;
  /** A number, or the text that is not one (reported as OUT_OF_RANGE); null when empty. */
  activeUsers: number | string | null;
  storageGb: number | string | null;
}

const normaliseHeading = (h: string) => h.trim().toLowerCase().replace(/\s+/g, '_');

/** Map a header row to column positions: date, active_users, storage_gb and a customer column. */
export function readUsageCsvHeader(
  fields: readonly string[],
): Result<UsageCsvColumnMap, UserErrorData[]> {
  const map: UsageCsvColumnMap = {};
  fields.forEach((heading, index) => {
    const h = normaliseHeading(heading);
    for (const [column, names] of Object.entries(USAGE_CSV_COLUMNS) as [
      UsageCsvColumn,
      readonly string[],
    ][])
      if (names.some((n) => normaliseHeading(n) === h) && map[column] === undefined)
        map[column] = index;
  });
  const errors: UserErrorData[] = [];
  for (const column of ['date', 'activeUsers', 'storageGb'] as const)
    if (map[column] === undefined)
      errors.push(userError('MISSING_COLUMN', column, { column: USAGE_CSV_COLUMNS[column][0] }));
  if (map.corporateNumber === undefined && map.customerId === undefined)
    errors.push(
      userError('MISSING_COLUMN', 'customer', { column: 'corporate_number / customer_id' }),
    );
  return errors.length ? err(errors) : ok(map);
}

/** A cell's number: plain decimal digits (half- or full-width), else the text itself. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

function numberOf(text: string | null): number | string | null {
  if (text === null) return null;
  if (PLAIN_NUMBER.test(text)) return Number(text); // the common case, without conversion
  const t = toHalfWidthNumeric(text).trim();
  return PLAIN_NUMBER.test(t) ? Number(t) : t;
}

/** Read one CSV data row by the header's map; cells missing at the end count as empty. */
export function readUsageCsvRow(record: CsvRecord, columns: UsageCsvColumnMap): UsageFileRow {
  const cell = (column: UsageCsvColumn): string | null => {
    const index = columns[column];
    if (index === undefined) return null;
    const value = record.fields[index]?.trim() ?? '';
    return value === '' ? null : value;
  };
  return {
    line: record.line,
    corporateNumber: cell('corporateNumber'),
    customerId: cell('customerId'),
    date: cell('date') ?? '',
    activeUsers: numberOf(cell('activeUsers')),
    storageGb: numberOf(cell('storageGb')),
  };
}

const textOf = (v: unknown): string | null =>
  typeof v === 'string' ? v.trim() || null : typeof v === 'number' ? String(v) : null;
const numberOrText = (v: unknown): number | string | null =>
  typeof v === 'number' ? v : typeof v === 'string' ? numberOf(v.trim() || null) : null;

/**
 * Read one NDJSON line: an object with customerId or corporateNumber, date, activeUsers and
 * storageGb (the mutation's names; snake_case accepted too). Not an object: INVALID_FILE.
 */
export function readUsageNdjsonLine(
  line: number,
  text: string,
): Result<UsageFileRow, UserErrorData> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return err(userError('INVALID_FILE', null, { reason: `line ${line}: not JSON` }));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return err(userError('INVALID_FILE', null, { reason: `line ${line}: not a JSON object` }));
  const o = value as Record<string, unknown>;
  return ok({
    line,
    corporateNumber: textOf(o.corporateNumber ?? o.corporate_number),
    customerId: textOf(o.customerId ?? o.customer_id),
    date: textOf(o.date) ?? '',
    activeUsers: numberOrText(o.activeUsers ?? o.active_users),
    storageGb: numberOrText(o.storageGb ?? o.storage_gb),
  });
}
