import type { DataSource } from 'typeorm';
import { startImportWorker } from '../imports/import-worker';
import { processNextUsageImport } from './usage-import.service';

/** Poll for queued (or abandoned) usage imports, in every replica (see startImportWorker). */
export function startUsageImportWorker(dataSource: DataSource, intervalMs = 2000) {
  return startImportWorker(
    'usage import',
    dataSource,
    (ds) => processNextUsageImport(ds),
    intervalMs,
  );
}
