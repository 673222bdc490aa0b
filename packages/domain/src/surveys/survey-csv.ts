import { userError, type UserErrorData } from '../errors/user-error.js';
import { toHalfWidthNumeric } from '../jp/width.js';
import { err, ok, type Result } from '../shared/result.js';
import { SURVEY_CHANNEL_LABELS, SURVEY_CHANNELS } from './survey-response.rules.js';

/** One CSV record, the (1-based) line of the file it starts on, and its row as Excel numbers it. */
export interface CsvRecord {
  line: number;
  /**
   * The row a spreadsheet shows it on (the header is row 1): blank lines count, line breaks
   * inside a quoted cell do not — what a user finds when they open the file to fix it.
   */
  row: number;
  fields: string[];
}

/**
 * Split CSV text (RFC 4180: quoted fields with "" escapes and line breaks inside quotes; CRLF,
 * LF or CR line ends; a leading BOM ignored). Blank lines are skipped. An unterminated quote
 * is reported with the line it opened on.
 */
export function parseCsv(text: string): Result<CsvRecord[], { line: number; reason: string }> {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let row = 1;
  let quoted = false;
  let quoteLine = 0;
  let fieldStarted = false;

  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '' && !fieldStarted))
      records.push({ line: recordLine, row, fields });
    fields = [];
    field = '';
    fieldStarted = false;
  };

  // Next positions of a quote, LF and CR (-1: none left), found with indexOf and kept until
  // passed, so that a record without quotes is split natively instead of char by char.
  let nextQuote = -2;
  let nextLf = -2;
  let nextCr = -2;
  const after = (found: number, from: number, ch: string) =>
    found === -2 || (found !== -1 && found < from) ? s.indexOf(ch, from) : found;

  for (let i = 0; i < s.length; i++) {
    if (!quoted && !fieldStarted && field === '' && fields.length === 0) {
      nextQuote = after(nextQuote, i, '"');
      nextLf = after(nextLf, i, '\n');
      nextCr = after(nextCr, i, '\r');
      const end = nextLf === -1 ? nextCr : nextCr === -1 ? nextLf : Math.min(nextLf, nextCr);
      const stop = end === -1 ? s.length : end;
      if (nextQuote === -1 || nextQuote > stop) {
        if (stop > i) records.push({ line: recordLine, row, fields: s.slice(i, stop).split(',') });
        if (end === -1) return ok(records);
        i = s[end] === '\r' && s[end + 1] === '\n' ? end + 1 : end;
        line++;
        row++;
        recordLine = line;
        continue;
      }
    }
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n' || (ch === '\r' && s[i + 1] !== '\n')) line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      quoteLine = line;
      fieldStarted = true;
    } else if (ch === ',') {
      fields.push(field);
      field = '';
      fieldStarted = true;
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      endRecord();
      line++;
      row++;
      recordLine = line;
    } else {
      field += ch;
      fieldStarted = true;
    }
  }
  if (quoted) return err({ line: quoteLine, reason: 'unterminated quoted field' });
  if (field !== '' || fields.length > 0 || fieldStarted) endRecord();
  return ok(records);
}

/**
 * The columns the import reads; each accepts its English name or its Japanese heading (the
 * export writes one or the other, so that an exported file imports again). response_id names an
 * answer already stored: such a row is a duplicate, whatever else it says.
 */
export const SURVEY_CSV_COLUMNS = {
  responseId: ['response_id', '回答ID'],
  surveyCode: ['survey_code', 'アンケートコード'],
  corporateNumber: ['corporate_number', '法人番号'],
  customerId: ['customer_id', '顧客ID'],
  score: ['score', 'スコア'],
  comment: ['comment', 'コメント'],
  channel: ['channel', 'チャネル'],
  answeredAt: ['answered_at', '回答日時'],
  respondentName: ['respondent_name', '回答者名'],
  respondentEmail: ['respondent_email', '回答者メール'],
} as const;
export type SurveyCsvColumn = keyof typeof SURVEY_CSV_COLUMNS;

/** Columns the export adds for people reading the file; the import passes over them. */
export const SURVEY_CSV_READ_ONLY_COLUMNS = {
  customerName: ['customer_name', '顧客名'],
  plan: ['plan', 'プラン'],
  stage: ['stage', 'ステージ'],
} as const;

/** One heading table for both directions: [English, Japanese] by column. */
export const SURVEY_CSV_HEADINGS = { ...SURVEY_CSV_COLUMNS, ...SURVEY_CSV_READ_ONLY_COLUMNS };
export type SurveyExportColumn = keyof typeof SURVEY_CSV_HEADINGS;

/** The export's columns, in order: who and what first, then the answer, then the respondent. */
export const SURVEY_EXPORT_COLUMNS = [
  'responseId',
  'surveyCode',
  'customerId',
  'corporateNumber',
  'customerName',
  'plan',
  'stage',
  'score',
  'channel',
  'answeredAt',
  'comment',
  'respondentName',
  'respondentEmail',
] as const satisfies readonly SurveyExportColumn[];

/** The export's header row: Japanese headings unless English is asked for. */
export function surveyExportHeader(locale: 'ja' | 'en'): string[] {
  return SURVEY_EXPORT_COLUMNS.map((c) => SURVEY_CSV_HEADINGS[c][locale === 'ja' ? 1 : 0]);
}

/**
 * A channel as a file gives it: its code (EMAIL) or its label, Japanese or English (メール,
 * Email), as the export writes it. Anything else is returned as given, for the import to refuse.
 */
export function surveyChannelFromCsv(text: string | null): string | null {
  if (text === null) return null;
  const wanted = text.trim().toLowerCase();
  const found = SURVEY_CHANNELS.find(
    (code) =>
      code.toLowerCase() === wanted ||
      SURVEY_CHANNEL_LABELS[code].ja.toLowerCase() === wanted ||
      SURVEY_CHANNEL_LABELS[code].en.toLowerCase() === wanted,
  );
  return found ?? text;
}

export type SurveyCsvColumnMap = Partial<Record<SurveyCsvColumn, number>>;

const normaliseHeading = (h: string) => h.trim().toLowerCase().replace(/\s+/g, '_');

const COLUMN_NAMES = Object.entries(SURVEY_CSV_COLUMNS) as [SurveyCsvColumn, readonly string[]][];

/** The columns a header row names, by position; a column named twice is read from its first. */
export function mapSurveyCsvHeader(fields: readonly string[]): SurveyCsvColumnMap {
  const map: SurveyCsvColumnMap = {};
  fields.forEach((heading, index) => {
    const h = normaliseHeading(heading);
    for (const [column, names] of COLUMN_NAMES) {
      if (names.some((n) => normaliseHeading(n) === h) && map[column] === undefined)
        map[column] = index;
    }
  });
  return map;
}

/**
 * Map a header row to column positions. survey_code, score and answered_at are required, and
 * the customer by corporate_number or customer_id (either).
 */
export function readSurveyCsvHeader(
  fields: readonly string[],
): Result<SurveyCsvColumnMap, UserErrorData[]> {
  const map = mapSurveyCsvHeader(fields);
  const errors: UserErrorData[] = [];
  for (const column of ['surveyCode', 'score', 'answeredAt'] as const)
    if (map[column] === undefined)
      errors.push(userError('MISSING_COLUMN', column, { column: SURVEY_CSV_COLUMNS[column][0] }));
  if (map.corporateNumber === undefined && map.customerId === undefined)
    errors.push(
      userError('MISSING_COLUMN', 'customer', { column: 'corporate_number / customer_id' }),
    );
  return errors.length ? err(errors) : ok(map);
}

/** A data row as text, before the survey and customer it names are looked up. */
export interface SurveyCsvRow {
  line: number;
  /** The row as Excel numbers it (see CsvRecord.row). */
  row: number;
  /** The stored answer the row was exported from, if any (global or bare id, as text). */
  responseId: string | null;
  surveyCode: string;
  corporateNumber: string | null;
  customerId: string | null;
  /** The score as a whole number, or null when the cell is not one (reported as OUT_OF_RANGE). */
  score: number | null;
  scoreText: string;
  comment: string | null;
  channel: string | null;
  answeredAt: string;
  respondentName: string | null;
  respondentEmail: string | null;
}

/** Read one data row by the header's map; cells missing at the end of a row count as empty. */
export function readSurveyCsvRow(record: CsvRecord, columns: SurveyCsvColumnMap): SurveyCsvRow {
  const cell = (column: SurveyCsvColumn): string | null => {
    const index = columns[column];
    if (index === undefined) return null;
    const value = record.fields[index]?.trim() ?? '';
    return value === '' ? null : value;
  };
  const scoreText = toHalfWidthNumeric(cell('score') ?? '').trim();
  return {
    line: record.line,
    row: record.row,
    responseId: cell('responseId'),
    surveyCode: cell('surveyCode') ?? '',
    corporateNumber: cell('corporateNumber'),
    customerId: cell('customerId'),
    score: /^\d{1,2}$/.test(scoreText) ? Number(scoreText) : null,
    scoreText,
    comment: cell('comment'),
    channel: surveyChannelFromCsv(cell('channel')),
    answeredAt: cell('answeredAt') ?? '',
    respondentName: cell('respondentName'),
    respondentEmail: cell('respondentEmail'),
  };
}

/**
 * The heading the file gives the column an error names by its English name (`score` →
 * 「スコア」 in a file headed in Japanese), so that the message names what the user sees; null
 * when the file has no such column (or the error names none).
 */
export function surveyCsvHeading(
  field: string | null,
  header: readonly string[],
  columns: SurveyCsvColumnMap,
): string | null {
  const column = COLUMN_NAMES.find(([, names]) => names[0] === field)?.[0];
  const index = column === undefined ? undefined : columns[column];
  return index === undefined ? null : (header[index]?.trim() ?? null);
}

/**
 * One CSV cell: quoted when it needs it (comma, quote, line break, leading/trailing blank). Text
 * that a spreadsheet would run as a formula (= + - @ first) gets a leading apostrophe.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
