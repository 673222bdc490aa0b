import type { DataSource } from 'typeorm';
import { logger } from '../../observability/logger';
import { processNextSurveyImport } from './survey-import.service';

/**
 * Poll for queued (or abandoned) CSV imports. Every API replica runs one; the database hands
 * each import to exactly one of them (FOR UPDATE SKIP LOCKED), so no coordination is needed.
 */
export function startSurveyImportWorker(dataSource: DataSource, intervalMs = 2000) {
  let running = false;
  let stopped = false;
  const tick = async () => {
    if (running || stopped) return;
    running = true;
    try {
      while (!stopped && (await processNextSurveyImport(dataSource))) {
        /* drain the queue */
      }
    } catch (error) {
      logger.error({ err: error }, 'survey import worker tick failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  return {
    stop: () => {
      stopped = true;
      clearInterval(timer);
    },
  };
}
