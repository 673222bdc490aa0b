import { DataSource } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';
import { SqlLogger } from './sql-logger';

export interface DataSourceOptions {
  url: string;
  poolSize?: number;
}

/** Build (not initialise) the application's TypeORM data source. */
export function createDataSource({ url, poolSize = 10 }: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logger: new SqlLogger(),
    maxQueryExecutionTime: 1000,
    extra: { max: poolSize, application_name: 'kizuna-api' },
  });
}

/** Apply pending migrations; returns the names applied. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}
