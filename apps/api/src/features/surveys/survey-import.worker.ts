import type { DataSource } from 'typeorm';
import { startImportWorker } from '../imports/import-worker';
import { processNextSurveyImport } from './survey-import.service';

/** Poll for queued (or abandoned) CSV imports, in every replica (see startImportWorker). */
export function startSurveyImportWorker(dataSource: DataSource, intervalMs = 2000) {
  return startImportWorker(
    'survey import',
    dataSource,
    (ds) => processNextSurveyImport(ds),
    intervalMs,
  );
}
