import type { Server } from 'node:http';
import { logger } from './observability/logger';

/** One thing to stop, and how long it may take before it is abandoned. */
export interface ShutdownStep {
  name: string;
  run: () => unknown;
  timeoutMs: number;
}

/** What a shutdown did: `abandoned` names the steps that failed or ran out of time. */
export interface ShutdownOutcome {
  abandoned: string[];
}

/** Resolves with whether `step` finished in time; never rejects, never waits past its timeout. */
async function bounded(step: ShutdownStep): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), step.timeoutMs);
    timer.unref();
  });
  try {
    const result = await Promise.race([Promise.resolve().then(step.run), timedOut]);
    if (result === 'timeout') {
      logger.error({ step: step.name, timeoutMs: step.timeoutMs }, 'shutdown: step abandoned');
      return false;
    }
    return true;
  } catch (error) {
    logger.error({ err: error, step: step.name }, 'shutdown: step failed');
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs the phases in order, the steps of a phase together, each bounded by its timeout: whatever
 * the database does (gone, restarted, silently dropping packets), the whole takes at most the sum
 * of each phase's longest timeout.
 */
export async function runShutdown(phases: readonly ShutdownStep[][]): Promise<ShutdownOutcome> {
  const abandoned: string[] = [];
  for (const phase of phases) {
    const finished = await Promise.all(phase.map(bounded));
    phase.forEach((step, i) => {
      if (!finished[i]) abandoned.push(step.name);
    });
  }
  return { abandoned };
}

/**
 * Stops accepting connections and closes idle keep-alive ones at once; requests in flight get
 * `graceMs` to finish, then their connections are closed too. Resolves when the server is closed,
 * with whether requests had to be cut off.
 */
export function closeHttpServer(server: Server, graceMs: number): Promise<{ cutOff: boolean }> {
  return new Promise((resolve) => {
    let cutOff = false;
    const timer = setTimeout(() => {
      cutOff = true;
      server.closeAllConnections();
    }, graceMs);
    timer.unref();
    server.close(() => {
      clearTimeout(timer);
      resolve({ cutOff });
    });
    server.closeIdleConnections();
  });
}
