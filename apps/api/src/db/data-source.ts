import { DataSource } from 'typeorm';
import { appConnectionOf, DEFAULT_APP_ROLE, ensureAppRole, type AppConnection } from './app-role';
import { entities } from './entities';
import { migrations } from './migrations';
import { SqlLogger } from './sql-logger';

export interface DataSourceOptions {
  url: string;
  /**
   * Where migrations run, when `url` is the application's non-owner connection (ADR 0013).
   * Defaults to what openDatabase() registered for `url`; without either, `url` is the owner.
   */
  owner?: AppConnection;
  poolSize?: number;
}

const owners = new WeakMap<DataSource, AppConnection>();

function build(url: string, poolSize: number): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTransactionMode: 'each',
    synchronize: false,
    // Extensions are the owner's business (migrations); the application's role may not create them.
    installExtensions: false,
    logger: new SqlLogger(),
    maxQueryExecutionTime: 1000,
    extra: { max: poolSize, application_name: 'kizuna-api' },
  });
}

/** Build (not initialise) the application's TypeORM data source. */
export function createDataSource({
  url,
  owner = appConnectionOf(url),
  poolSize = 10,
}: DataSourceOptions): DataSource {
  const dataSource = build(url, poolSize);
  if (owner) owners.set(dataSource, owner);
  return dataSource;
}

/**
 * Apply pending migrations as the owner, then grant the application's role what it needs
 * (kizuna_grant_app_role, ADR 0013); returns the names applied.
 */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const owner = owners.get(dataSource);
  const url = 'url' in dataSource.options ? dataSource.options.url : undefined;
  const role = owner?.role ?? DEFAULT_APP_ROLE;
  const ownerUrl = owner?.ownerUrl ?? url;
  if (ownerUrl) await ensureAppRole(ownerUrl, role, null);
  const ownerSource = owner ? build(owner.ownerUrl, 1) : dataSource;
  if (!ownerSource.isInitialized) await ownerSource.initialize();
  try {
    const applied = await ownerSource.runMigrations({ transaction: 'each' });
    await ownerSource.query(`SELECT kizuna_grant_app_role($1)`, [role]);
    return applied.map((m) => m.name);
  } finally {
    if (ownerSource !== dataSource) await ownerSource.destroy();
  }
}
