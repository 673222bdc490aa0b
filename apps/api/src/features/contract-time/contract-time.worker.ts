import type { DataSource } from 'typeorm';
import type { Clock } from '@kizuna/domain';
import { logger } from '../../observability/logger';
import { applyDuePrices } from '../catalog/catalog-price';
import { applyNextDueScheduledChange } from './scheduled-change.service';
import { expireNextDueTrial } from './trial-expiry.service';

/** At most this many items per kind in one pass, so that one pass never runs for long. */
const MAX_ITEMS_PER_PASS = 500;

export interface ContractTimeRun {
  applied: number;
  failed: number;
  expiredTrials: number;
  pricesApplied: number;
}

/**
 * One pass of everything that falls due with time: scheduled changes whose date has come,
 * trials whose end has passed, then catalog prices whose date has come. Each item is its own
 * transaction, claimed with SKIP LOCKED, so any number of replicas may run passes at once.
 */
export async function runDueContractWork(
  dataSource: DataSource,
  clock: Clock,
): Promise<ContractTimeRun> {
  const run: ContractTimeRun = { applied: 0, failed: 0, expiredTrials: 0, pricesApplied: 0 };
  for (let i = 0; i < MAX_ITEMS_PER_PASS; i++) {
    const outcome = await applyNextDueScheduledChange(dataSource, clock);
    if (outcome === null) break;
    if (outcome === 'APPLIED') run.applied++;
    else run.failed++;
  }
  for (let i = 0; i < MAX_ITEMS_PER_PASS; i++) {
    if ((await expireNextDueTrial(dataSource, clock)) === null) break;
    run.expiredTrials++;
  }
  run.pricesApplied = await applyDuePrices(dataSource, clock);
  return run;
}

/**
 * The contract clock of one API process: a pass at start-up (catching up on whatever fell due
 * while no server ran) and then every `intervalMs` (default 15 s, so a change dated today
 * applies within seconds of 00:00 Asia/Tokyo). Every replica runs one; PostgreSQL hands each item
 * to exactly one of them.
 */
export function startContractTimeWorker(
  dataSource: DataSource,
  clock: Clock,
  intervalMs = 15_000,
): { stop: () => Promise<void> } {
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = runDueContractWork(dataSource, clock)
      .then((run) => {
        if (run.applied + run.failed + run.expiredTrials + run.pricesApplied > 0)
          logger.info(run, 'contract time: due work done');
      })
      .catch((error: unknown) => logger.error({ err: error }, 'contract time pass failed'))
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
      // Let an item in flight commit or roll back, but never hold up shutdown for long.
      await Promise.race([running, new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
    },
  };
}
