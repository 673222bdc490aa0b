import type { DataSource } from 'typeorm';
import { logger } from '../../observability/logger';

/**
 * Poll a queue of uploaded files. Every API replica runs one per queue; the database hands each
 * import to exactly one of them (FOR UPDATE SKIP LOCKED), so no coordination is needed.
 * `processNext` claims and processes one import, resolving to its id or null when none is due.
 */
export function startImportWorker(
  name: string,
  dataSource: DataSource,
  processNext: (dataSource: DataSource) => Promise<string | null>,
  intervalMs = 2000,
) {
  let running = false;
  let stopped = false;
  const tick = async () => {
    if (running || stopped) return;
    running = true;
    try {
      while (!stopped && (await processNext(dataSource))) {
        /* drain the queue */
      }
    } catch (error) {
      logger.error({ err: error }, `${name} worker tick failed`);
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
