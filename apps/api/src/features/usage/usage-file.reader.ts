import {
  readUsageCsvHeader,
  readUsageCsvRow,
  readUsageNdjsonLine,
  userError,
  type UsageFileRow,
  type UserErrorData,
} from '@kizuna/domain';
import { csvRecords, CsvSyntaxError, type ImportEncoding } from '../imports/import-reader';

export type UsageFileFormat = 'CSV' | 'NDJSON';

/** A data row of the file, or why its line cannot be read at all. */
export type UsageFileItem = UsageFileRow | { line: number; error: UserErrorData };

/** The whole file refused: no header, missing columns, malformed CSV. */
export class UsageFileError extends Error {
  constructor(readonly error: UserErrorData) {
    super(error.message.en);
  }
}

/** NDJSON lines, a piece at a time, with their line numbers; blank lines are skipped. */
async function* ndjsonItems(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<UsageFileItem[]> {
  const decoder = new TextDecoder('utf-8');
  let carry = '';
  let line = 0;
  const read = (text: string): UsageFileItem[] => {
    const items: UsageFileItem[] = [];
    for (const raw of text.split('\n')) {
      line++;
      const t = raw.trim();
      if (t === '') continue;
      const r = readUsageNdjsonLine(line, t);
      items.push(r.ok ? r.value : { line, error: r.error });
    }
    return items;
  };
  for await (const chunk of chunks) {
    const text = carry + decoder.decode(chunk, { stream: true });
    const end = text.lastIndexOf('\n');
    carry = text.slice(end + 1);
    if (end >= 0) yield read(text.slice(0, end));
  }
  const rest = carry + decoder.decode();
  if (rest !== '') yield read(rest);
}

/** CSV data rows (after the header, whose columns must all be there). */
async function* csvItems(
  chunks: AsyncIterable<Uint8Array>,
  encoding: ImportEncoding,
): AsyncGenerator<UsageFileItem[]> {
  let columns: ReturnType<typeof readUsageCsvHeader> | null = null;
  try {
    for await (const records of csvRecords(chunks, encoding)) {
      const items: UsageFileItem[] = [];
      for (const record of records) {
        if (!columns) {
          columns = readUsageCsvHeader(record.fields);
          if (!columns.ok) throw new UsageFileError(columns.error[0]!);
          continue;
        }
        if (columns.ok) items.push(readUsageCsvRow(record, columns.value));
      }
      yield items;
    }
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    throw new UsageFileError(userError('INVALID_FILE', 'file', { reason: error.message }));
  }
  if (!columns)
    throw new UsageFileError(userError('INVALID_FILE', 'file', { reason: 'no header row' }));
}

/**
 * The file's data rows a piece at a time (about a batch each). Throws UsageFileError when the
 * whole file must be refused.
 */
export function usageFileItems(
  chunks: AsyncIterable<Uint8Array>,
  format: UsageFileFormat,
  encoding: ImportEncoding,
): AsyncGenerator<UsageFileItem[]> {
  return format === 'NDJSON' ? ndjsonItems(chunks) : csvItems(chunks, encoding);
}

/**
 * The number of data rows, read once through: CSV records after a header that has every column
 * (CSV syntax checked), or non-blank NDJSON lines (read as JSON later, line by line). Throws
 * UsageFileError when the whole file must be refused.
 */
export async function usageFileRowCount(
  chunks: AsyncIterable<Uint8Array>,
  format: UsageFileFormat,
  encoding: ImportEncoding,
): Promise<number> {
  let rows = 0;
  if (format === 'NDJSON') {
    const decoder = new TextDecoder('utf-8');
    let carry = '';
    const count = (text: string) => {
      for (const line of text.split('\n')) if (line.trim() !== '') rows++;
    };
    for await (const chunk of chunks) {
      const text = carry + decoder.decode(chunk, { stream: true });
      const end = text.lastIndexOf('\n');
      carry = text.slice(end + 1);
      count(text.slice(0, end + 1));
    }
    count(carry + decoder.decode());
    return rows;
  }
  let header = false;
  try {
    for await (const records of csvRecords(chunks, encoding)) {
      if (!header && records[0]) {
        const columns = readUsageCsvHeader(records[0].fields);
        if (!columns.ok) throw new UsageFileError(columns.error[0]!);
        header = true;
        rows -= 1;
      }
      rows += records.length;
    }
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    throw new UsageFileError(userError('INVALID_FILE', 'file', { reason: error.message }));
  }
  if (!header)
    throw new UsageFileError(userError('INVALID_FILE', 'file', { reason: 'no header row' }));
  return rows;
}
