import type { DataSource } from 'typeorm';
import type { Clock } from '@kizuna/domain';
import { logger } from '../../observability/logger';
import { recomputeDueHealth, type HealthBatchRun } from './health-recompute.service';

/** At most this many batches in one pass, so that one pass never runs for long. */
const MAX_BATCHES_PER_PASS = 100;

/**
 * One pass: batches of due customers recomputed until none is due (or the pass has done its
 * share). Any number of processes may run passes at once: each batch claims its customers with
 * SKIP LOCKED, so a customer is computed by one of them.
 */
export async function runHealthPass(
  dataSource: DataSource,
  clock: Clock,
  options: { batchSize?: number; maxBatches?: number } = {},
): Promise<HealthBatchRun> {
  const run: HealthBatchRun = { recomputed: 0, closedMonths: 0, falls: 0 };
  for (let i = 0; i < (options.maxBatches ?? MAX_BATCHES_PER_PASS); i++) {
    const batch = await recomputeDueHealth(dataSource, clock, options.batchSize);
    if (batch === null) break;
    run.recomputed += batch.recomputed;
    run.closedMonths += batch.closedMonths;
    run.falls += batch.falls;
  }
  return run;
}

/**
 * The health job of one API process, shaped as the contract clock (contract-time.worker.ts): a
 * pass at start-up, then every `intervalMs` (default 15 s). Scores fall due every night at 03:00
 * JST and at once after a relevant change (triggers, migration 1763900000040); every replica runs
 * one, PostgreSQL hands each customer to one of them.
 */
export function startHealthWorker(
  dataSource: DataSource,
  clock: Clock,
  intervalMs = 15_000,
): { stop: () => Promise<void> } {
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = runHealthPass(dataSource, clock)
      .then((run) => {
        if (run.recomputed > 0) logger.info(run, 'health: scores recomputed');
      })
      .catch((error: unknown) => logger.error({ err: error }, 'health pass failed'))
      .finally(() => {
        running = null;
      });
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      // A batch in flight commits or rolls back; shutdown is not held up for long.
      await Promise.race([running, new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
    },
  };
}
