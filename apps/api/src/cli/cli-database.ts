import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../config';
import { createDataSource, migrate } from '../db/data-source';
import { openDatabase } from '../db/database';

/** Open the configured database (DATABASE_URL or the embedded one), migrated, for a CLI command. */
export async function withCliDatabase<T>(run: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase(config.databaseUrl, config.dataDir);
  const dataSource = createDataSource({ url: database.url });
  await dataSource.initialize();
  try {
    await migrate(dataSource);
    return await run(dataSource);
  } finally {
    await dataSource.destroy();
    await database.stop();
  }
}

/** Read `--name value` from argv. */
export function flag(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

export function runCli(main: () => Promise<number | void>): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
