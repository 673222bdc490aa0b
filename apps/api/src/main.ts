import 'reflect-metadata';
import type { Server } from 'node:http';
import { loadConfig } from './config';
import { createDataSource, migrate } from './db/data-source';
import { openDatabase } from './db/database';
import { systemClock } from '@kizuna/domain';
import { startContractTimeWorker } from './features/contract-time/contract-time.worker';
import { seedDemoIfEmpty } from './features/demo/demo-seed';
import { startSurveyImportWorker } from './features/surveys/survey-import.worker';
import { buildKizunaSchema } from './graphql/schema';
import { createApp } from './http/app';
import { logger } from './observability/logger';

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
    production: config.production,
  });
  const importWorker = startSurveyImportWorker(dataSource);
  // Scheduled changes and trial expiry: a catch-up pass now, then every 15 s, in every replica.
  const contractWorker = startContractTimeWorker(dataSource, systemClock);
  const server: Server = app.listen(config.port, () => {
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
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    server.close();
    importWorker.stop();
    await contractWorker.stop();
    await stop();
    await dataSource.destroy();
    await database.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'start-up failed');
  console.error(error);
  process.exit(1);
});
