import type { DataSource } from 'typeorm';
import { logger } from '../../observability/logger';
import { deleteExpiredIdempotencyKeys } from './idempotency.store';

/**
 * Deletes idempotency keys past their 24 hours (with the responses they kept, ADR 0016): a pass
 * at start-up, then every `intervalMs` (default 10 minutes), in every replica — the DELETE is
 * idempotent, so replicas need no coordination. Lookups ignore expired rows anyway; this only
 * bounds how long a stored response outlives its use.
 */
export function startIdempotencyKeySweeper(
  dataSource: DataSource,
  intervalMs = 600_000,
): { stop: () => Promise<void> } {
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = deleteExpiredIdempotencyKeys(dataSource)
      .then((deleted) => {
        if (deleted > 0) logger.info({ deleted }, 'idempotency keys expired');
      })
      .catch((error: unknown) => logger.error({ err: error }, 'idempotency key sweep failed'))
      .finally(() => {
        running = null;
      });
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
