// Provides a PostgreSQL server for the API tests: TEST_DATABASE_URL when set, otherwise the
// embedded PostgreSQL in a temporary folder. Each test file then creates its own database.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../tools/embedded-postgres.mjs';

export default async function globalSetup() {
  process.env.NODE_ENV = 'test';
  if (process.env.TEST_DATABASE_URL) {
    process.env.KIZUNA_TEST_SERVER_URL = process.env.TEST_DATABASE_URL;
    console.log(
      `\n[kizuna] API tests use TEST_DATABASE_URL (${new URL(process.env.TEST_DATABASE_URL).host}).`,
    );
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'kizuna-test-pg-'));
  const server = await startEmbeddedPostgres({ dataDir, durable: false });
  globalThis.__KIZUNA_EMBEDDED_PG__ = server;
  process.env.KIZUNA_TEST_SERVER_URL = server.url;
  console.log(`\n[kizuna] API tests use the embedded PostgreSQL (${dataDir}).`);
}
