import type { DataSource } from 'typeorm';
import type { Clock } from '@kizuna/domain';
import { logger } from '../../observability/logger';
import { claimDueDeliveries, type ClaimedDelivery } from './webhook-delivery.claim';
import { recordAttempt, type RecordedOutcome } from './webhook-delivery.outcome';
import { DELIVERY_TIMEOUT_MS, sendWebhook } from './webhook-delivery.send';
import { fanOutNextEvents } from './webhook-fan-out';

export interface WebhookPassOptions {
  /** Requests in flight at once in this process (default 8): a slow endpoint holds one slot. */
  concurrency?: number;
  /** Per request (default 10 s). */
  timeoutMs?: number;
  /** At most this many attempts in one pass, so that a pass never runs for long. */
  maxAttempts?: number;
  /** Stops the pass: requests in flight are abandoned unrecorded, as by a killed worker. */
  signal?: AbortSignal;
}

/** Attempts by outcome; ERROR: attempts that failed unexpectedly (logged, left to their lease). */
export type WebhookPassRun = Record<RecordedOutcome | 'ABANDONED' | 'ERROR', number> & {
  events: number;
};

/** The events not fanned out yet become deliveries (a batch per transaction, until caught up). */
async function fanOut(dataSource: DataSource, clock: Clock): Promise<number> {
  let events = 0;
  for (;;) {
    const read = await fanOutNextEvents(dataSource, clock);
    events += read;
    if (read === 0 || events >= 10_000) return events;
  }
}

/**
 * One pass: fan out new events, then send every due delivery, up to `concurrency` at a time —
 * claiming more as each finishes (a delivery that succeeds makes its customer's next one due in
 * the same pass) — until none is due. Any number of processes may run passes at once.
 */
export async function runWebhookPass(
  dataSource: DataSource,
  clock: Clock,
  options: WebhookPassOptions = {},
): Promise<WebhookPassRun> {
  const { concurrency = 8, timeoutMs = DELIVERY_TIMEOUT_MS, maxAttempts = 1_000 } = options;
  const run: WebhookPassRun = {
    events: 0,
    SUCCEEDED: 0,
    RETRY: 0,
    FAILED: 0,
    STALE: 0,
    ABANDONED: 0,
    ERROR: 0,
  };
  run.events = await fanOut(dataSource, clock);
  const inFlight = new Set<Promise<void>>();
  let started = 0;
  const attempt = async (delivery: ClaimedDelivery) => {
    const result = await sendWebhook(delivery, clock, { timeoutMs, signal: options.signal });
    if ('abandoned' in result) run.ABANDONED++;
    else run[await recordAttempt(dataSource, clock, delivery, result)]++;
  };
  for (;;) {
    const room = Math.min(concurrency - inFlight.size, maxAttempts - started);
    const claimed =
      room > 0 && !options.signal?.aborted ? await claimDueDeliveries(dataSource, clock, room) : [];
    for (const delivery of claimed) {
      const task: Promise<void> = attempt(delivery)
        .catch((error: unknown) => {
          run.ERROR++;
          logger.error({ err: error, deliveryId: delivery.deliveryId }, 'webhook attempt failed');
        })
        .finally(() => inFlight.delete(task));
      inFlight.add(task);
    }
    started += claimed.length;
    if (inFlight.size === 0) return run;
    // Claim again at once only when this claim filled the room (more may be due); else wait
    // for an attempt to end (it frees a slot, and may make its customer's next delivery due).
    if (room === 0 || claimed.length < room) await Promise.race(inFlight);
  }
}

/**
 * The webhook worker of one API process: a pass every `intervalMs` (default 1 s). Every replica
 * runs one; PostgreSQL hands each delivery to one of them. On stop, requests in flight are
 * abandoned: their leases pass and they are sent again, with the same webhook-id.
 */
export function startWebhookWorker(
  dataSource: DataSource,
  clock: Clock,
  intervalMs = 1_000,
): { stop: () => Promise<void> } {
  const stopping = new AbortController();
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running || stopping.signal.aborted) return;
    running = runWebhookPass(dataSource, clock, { signal: stopping.signal })
      .then((run) => {
        if (run.FAILED + run.ERROR > 0) logger.warn(run, 'webhooks: deliveries given up or failed');
        else if (run.events + run.SUCCEEDED + run.RETRY > 0) logger.debug(run, 'webhooks: pass');
      })
      .catch((error: unknown) => logger.error({ err: error }, 'webhook pass failed'))
      .finally(() => {
        running = null;
      });
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    stop: async () => {
      stopping.abort();
      clearInterval(timer);
      await Promise.race([running, new Promise((resolve) => setTimeout(resolve, 2_000).unref())]);
    },
  };
}
