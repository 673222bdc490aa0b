import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { DEFAULT_APP_ROLE, ensureAppRole, setRoleUrl } from '../../src/db/app-role';
import { createDataSource, migrate } from '../../src/db/data-source';
import { useAuditKey } from '../../src/features/audit/audit-key';

/** The audit chain's HMAC key for this test file (ADR 0013): a secret the database never sees. */
const testAuditKey = randomBytes(32);

function serverUrl(): string {
  const url = process.env.KIZUNA_TEST_SERVER_URL;
  if (!url)
    throw new Error(
      'KIZUNA_TEST_SERVER_URL is not set: run the tests through jest (global setup).',
    );
  return url;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin<T>(run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: withDatabase(serverUrl(), 'postgres') });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  /** The application's connection: the non-owner role, as in production (ADR 0013). */
  url: string;
  /** The owner's connection: migrations, and tests playing someone with full database access. */
  ownerUrl: string;
  /** The application's pool (role kizuna_app): every API test thereby proves its grants suffice. */
  dataSource: DataSource;
  /** Run `run` on one connection as the owner (e.g. to disable a trigger, as an attacker could). */
  asOwner: <T>(run: (client: Client) => Promise<T>) => Promise<T>;
  drop: () => Promise<void>;
}

/**
 * A fresh, migrated database of its own for one test file; dropped afterwards. Migrated as the
 * owner; the application's data source runs as the non-owner role, with the audit key installed.
 */
export async function createTestDatabase(
  options: { poolSize?: number } = {},
): Promise<TestDatabase> {
  const name = `kizuna_test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const ownerUrl = withDatabase(serverUrl(), name);
  const role = DEFAULT_APP_ROLE;
  await ensureAppRole(ownerUrl, role, null);
  useAuditKey(testAuditKey);
  const url = setRoleUrl(ownerUrl, role);
  const dataSource = createDataSource({
    url,
    owner: { ownerUrl, role },
    poolSize: options.poolSize ?? 10,
  });
  await dataSource.initialize();
  await migrate(dataSource);
  const asOwner = async <T>(run: (client: Client) => Promise<T>): Promise<T> => {
    const client = new Client({ connectionString: ownerUrl });
    await client.connect();
    try {
      return await run(client);
    } finally {
      await client.end();
    }
  };
  return {
    url,
    ownerUrl,
    dataSource,
    asOwner,
    drop: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
