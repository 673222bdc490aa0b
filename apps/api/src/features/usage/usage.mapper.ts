import type { Locale, UserErrorCode } from '@kizuna/domain';
import type { GraphQLContext } from '../../graphql/context';
import { toGlobalId } from '../../graphql/relay';
import type { ImportRowError } from '../imports/import-queue';
import { UsageImportType } from './usage.type';

export interface UsageImportRow {
  id: string;
  file_name: string;
  format: string;
  encoding: string | null;
  status: UsageImportType['status'];
  total_rows: number;
  processed_rows: number;
  imported_rows: number;
  error_rows: number;
  errors: ImportRowError[];
  failure: string | null;
  created_at: Date;
  finished_at: Date | null;
}

export function toUsageImportType(i: UsageImportRow, locale: Locale): UsageImportType {
  const done = i.status === 'DONE' || i.status === 'FAILED';
  return Object.assign(new UsageImportType(), {
    id: toGlobalId('UsageImport', i.id),
    fileName: i.file_name,
    format: i.format,
    encoding: i.encoding,
    status: i.status,
    totalRows: i.total_rows,
    processedRows: i.processed_rows,
    importedRows: i.imported_rows,
    errorRows: i.error_rows,
    progress: done ? 1 : i.total_rows > 0 ? i.processed_rows / i.total_rows : 0,
    errors: i.errors.map((e) => ({
      line: e.line,
      code: e.code as UserErrorCode,
      field: e.field,
      message: e.message[locale],
    })),
    failure: i.status === 'FAILED' ? (i.errors[0]?.message[locale] ?? i.failure) : null,
    createdAt: i.created_at,
    finishedAt: i.finished_at,
  });
}

/** A usage import with its progress and bad rows, or null. */
export async function loadUsageImport(
  ctx: Pick<GraphQLContext, 'dataSource' | 'locale'>,
  id: string,
): Promise<UsageImportType | null> {
  const [row]: UsageImportRow[] = await ctx.dataSource.query(
    `SELECT id::text, file_name, format, encoding, status, total_rows, processed_rows,
            imported_rows, error_rows, errors, failure, created_at, finished_at
       FROM usage_import WHERE id = $1`,
    [id],
  );
  return row ? toUsageImportType(row, ctx.locale) : null;
}
