import 'reflect-metadata';
import type { Server } from 'node:http';
import { loadConfig } from './config';
import { createDataSource, migrate } from './db/data-source';
import { openDatabase } from './db/database';
import { systemClock } from '@kizuna/domain';
import { startContractTimeWorker } from './features/contract-time/contract-time.worker';
import { startHealthWorker } from './features/health/health.worker';
import { seedDemoIfEmpty } from './features/demo/demo-seed';
import { startIdempotencyKeySweeper } from './features/idempotency/idempotency.sweeper';
import { startSurveyImportWorker } from './features/surveys/survey-import.worker';
import { startUsageImportWorker } from './features/usage/usage-import.worker';
import { startWebhookWorker } from './features/webhooks/webhook.worker';
import { buildKizunaSchema } from './graphql/schema';
import { createApp } from './http/app';
import { keepConnectionsAlive } from './http/keep-alive';
import { logger } from './observability/logger';
import { closeHttpServer, runShutdown } from './shutdown';

/** SIGTERM/SIGINT end the process within this, whatever the database does (orchestrators kill at 10 s). */
const SHUTDOWN_DEADLINE_MS = 9_500;

/** Start Kizuna: database (embedded unless DATABASE_URL), migrations, demo data, HTTP. */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config.databaseUrl, config.dataDir);
  const dataSource = createDataSource({ url: database.url });
  await dataSource.initialize();
  const applied = await migrate(dataSource);
  if (applied.length > 0) logger.info({ applied }, 'migrations applied');
  if (!config.production) {
    const seeded = await seedDemoIfEmpty(dataSource, systemClock);
    if (seeded) logger.info(seeded, 'demo data seeded');
  }
  const schema = await buildKizunaSchema();
  const { app, stop } = await createApp({
    dataSource,
    schema,
    adminDistDir: config.adminDistDir,
    sessionTtlHours: config.sessionTtlHours,
    erasureGraceDays: config.erasureGraceDays,
    production: config.production,
  });
  const importWorker = startSurveyImportWorker(dataSource);
  const usageImportWorker = startUsageImportWorker(dataSource);
  // Scheduled changes and trial expiry: a catch-up pass now, then every 15 s, in every replica.
  const contractWorker = startContractTimeWorker(dataSource, systemClock);
  // Idempotency keys (and the responses they kept) deleted after 24 h (ADR 0016).
  const idempotencySweeper = startIdempotencyKeySweeper(dataSource);
  // Webhooks: new events fanned out to endpoints and due deliveries sent, every second, in every replica.
  const webhookWorker = startWebhookWorker(dataSource, systemClock);
  // Health scores: nightly at 03:00 JST and soon after a relevant change, in every replica.
  const healthWorker = startHealthWorker(dataSource, systemClock);
  const server: Server = keepConnectionsAlive(
    app.listen(config.port, () => {
      const base = `http://localhost:${config.port}`;
      console.log(
        [
          '',
          `  Kizuna is running${database.embedded ? ' on the embedded PostgreSQL' : ''}.`,
          `  Admin console : ${base}/`,
          `  GraphQL API   : ${base}/graphql`,
          `  Health        : ${base}/healthz`,
          config.production
            ? ''
            : '  Demo sign-in  : operator1@kizuna.example / kizuna-demo (see README)',
          '',
        ].join('\n'),
      );
    }),
  );

  let stopping = false;
  // Within SHUTDOWN_DEADLINE_MS whatever the database does: every step is bounded, and what does
  // not finish in time is abandoned (logged, exit code 1). A second signal exits at once.
  const shutdown = async (signal: string) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting without waiting');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down');
    setTimeout(() => {
      logger.error({ deadlineMs: SHUTDOWN_DEADLINE_MS }, 'shutdown deadline passed: exiting');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    const { abandoned } = await runShutdown([
      [
        {
          name: 'http server',
          timeoutMs: 4_000,
          run: async () => {
            const { cutOff } = await closeHttpServer(server, 3_000);
            if (cutOff) throw new Error('requests still running after 3 s were cut off');
          },
        },
        { name: 'survey import worker', timeoutMs: 1_000, run: () => importWorker.stop() },
        { name: 'usage import worker', timeoutMs: 1_000, run: () => usageImportWorker.stop() },
        // Bounds itself to 5 s (an item in flight commits or rolls back).
        { name: 'contract-time worker', timeoutMs: 5_200, run: () => contractWorker.stop() },
        { name: 'health worker', timeoutMs: 5_200, run: () => healthWorker.stop() },
        // Abandons requests in flight (retried after their lease, same webhook-id); bounded to 2 s.
        { name: 'webhook worker', timeoutMs: 2_200, run: () => webhookWorker.stop() },
        { name: 'idempotency key sweeper', timeoutMs: 1_000, run: () => idempotencySweeper.stop() },
      ],
      [
        { name: 'graphql and catalog listener', timeoutMs: 1_500, run: stop },
        { name: 'database pool', timeoutMs: 1_500, run: () => dataSource.destroy() },
      ],
      [{ name: 'embedded PostgreSQL', timeoutMs: 2_000, run: () => database.stop() }],
    ]);
    if (abandoned.length > 0) logger.error({ abandoned }, 'shut down, abandoning some steps');
    else logger.info('shut down cleanly');
    process.exit(abandoned.length > 0 ? 1 : 0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'start-up failed');
  console.error(error);
  process.exit(1);
});
