import { keysetPage } from '../../db/keyset-page';
import type { Queryable } from '../../db/queryable';
import { UPLOADER_JOINS, UPLOADER_SELECT } from '../imports/import-queue';
import type { SurveyImportRow } from './survey.mapper';

/** An import's columns (alias `i`), with who uploaded it. The file name as stored (erasure may clear it). */
const SURVEY_IMPORT_COLUMNS = `i.id::text, i.file_name, i.encoding, i.status, i.total_rows, i.processed_rows,
  i.imported_rows, i.duplicate_rows, i.error_rows, i.errors, i.failure, i.created_at, i.finished_at,
  ${UPLOADER_SELECT}`;
const SURVEY_IMPORT_FROM = `survey_import i ${UPLOADER_JOINS}`;

export async function findSurveyImport(db: Queryable, id: string): Promise<SurveyImportRow | null> {
  const [row]: SurveyImportRow[] = await db.query(
    `SELECT ${SURVEY_IMPORT_COLUMNS} FROM ${SURVEY_IMPORT_FROM} WHERE i.id = $1`,
    [id],
  );
  return row ?? null;
}

/** Past and running imports, newest first (keyset on created_at, id: survey_import_created_idx). */
export function listSurveyImports(db: Queryable, args: { first: number; after?: string | null }) {
  return keysetPage<SurveyImportRow>(db, {
    select: SURVEY_IMPORT_COLUMNS,
    from: SURVEY_IMPORT_FROM,
    where: [],
    params: [],
    sortColumn: 'i.created_at',
    sortType: 'timestamptz',
    sortKeySql: `to_char(i.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
    idColumn: 'i.id',
    direction: 'DESC',
    first: args.first,
    after: args.after,
  });
}
