import 'reflect-metadata';
import { loadConfig } from '../config';
import { createDataSource, migrate } from '../db/data-source';
import { openDatabase } from '../db/database';
import { runCli } from './cli-database';

// Not withCliDatabase: it migrates before running its command, and this command reports what
// it applied. Migrations run as the owner; the grants of the application's role follow (ADR 0013).
runCli(async () => {
  const config = loadConfig();
  const database = await openDatabase(config.databaseUrl, config.dataDir, config);
  const dataSource = createDataSource({ url: database.url, poolSize: 1 });
  try {
    const applied = await migrate(dataSource);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.stop();
  }
});
