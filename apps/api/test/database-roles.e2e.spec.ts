import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '../src/config';
import { createDataSource, migrate } from '../src/db/data-source';
import { openDatabase } from '../src/db/database';
import { createTestDatabase, type TestDatabase } from './helpers/test-database';

const KEY = 'k'.repeat(32);

async function as<T>(url: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

describe('the application runs as a non-owner role (ADR 0013)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 2 });
  });
  afterAll(() => db.drop());

  it('connects as kizuna_app, which owns nothing and is no superuser', async () => {
    const [me] = await db.dataSource.query(
      `SELECT current_user AS role, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser,
              (SELECT count(*)::int FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user) AS owned`,
    );
    expect(me).toEqual({ role: 'kizuna_app', superuser: false, owned: 0 });
  });

  it.each([
    [`UPDATE audit_event SET action = 'x'`, /permission denied/],
    [`DELETE FROM audit_event`, /permission denied/],
    [`TRUNCATE audit_event`, /permission denied/],
    [`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete`, /must be owner/],
    [`ALTER TABLE audit_event DISABLE TRIGGER ALL`, /must be owner/],
    [`DELETE FROM audit_anchor`, /permission denied/],
    [`TRUNCATE audit_anchor`, /permission denied/],
    [`ALTER TABLE audit_anchor DISABLE TRIGGER USER`, /must be owner/],
    [`DROP TABLE audit_event`, /must be owner/],
    [`DELETE FROM migrations`, /permission denied/],
    [`CREATE TABLE sneaky (id int)`, /permission denied/],
  ])('refuses %s', async (sql, error) => {
    await expect(db.dataSource.query(sql)).rejects.toThrow(error);
  });

  it('may read and append the trail (the grants the API needs)', async () => {
    const [grants] = await db.dataSource.query(
      `SELECT has_table_privilege('audit_event', 'SELECT') AS "select",
              has_table_privilege('audit_event', 'INSERT') AS "insert",
              has_table_privilege('audit_event', 'UPDATE') AS "update"`,
    );
    expect(grants).toEqual({ select: true, insert: true, update: false });
  });

  it('ran the migrations as the owner', async () => {
    const [owner] = await db.dataSource.query(
      `SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'audit_event'`,
    );
    expect(owner.tableowner).not.toBe('kizuna_app');
  });
});

describe('openDatabase and configuration', () => {
  let db: TestDatabase;
  let dataDir: string;
  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 1 });
    dataDir = mkdtempSync(join(tmpdir(), 'kizuna-roles-'));
  });
  afterAll(async () => {
    await db.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('hands DATABASE_URL out as the application role, migrating as the owner', async () => {
    const database = await openDatabase(db.ownerUrl, dataDir, {
      auditKey: KEY,
      appRole: 'kizuna_app',
      appDatabaseUrl: undefined,
    });
    expect(database.ownerUrl).toBe(db.ownerUrl);
    const ds = createDataSource({ url: database.url, poolSize: 1 });
    await ds.initialize();
    try {
      expect(await migrate(ds)).toEqual([]);
      const [me] = await ds.query(`SELECT current_user AS role`);
      expect(me.role).toBe('kizuna_app');
    } finally {
      await ds.destroy();
    }
  });

  it('uses KIZUNA_APP_DATABASE_URL as a login of its own, which cannot switch back to the owner', async () => {
    const role = 'kizuna_app_login_test';
    const appUrl = new URL(db.ownerUrl);
    appUrl.username = role;
    appUrl.password = 'login-test-password';
    const database = await openDatabase(db.ownerUrl, dataDir, {
      auditKey: KEY,
      appRole: role,
      appDatabaseUrl: appUrl.toString(),
    });
    expect(database.url).toBe(appUrl.toString());
    const ds = createDataSource({ url: database.url, poolSize: 1 });
    await ds.initialize();
    try {
      await migrate(ds); // grants this role, as the owner
      await as(database.url, async (app) => {
        await app.query('RESET ROLE');
        const { rows } = await app.query(`SELECT session_user::text AS s, current_user::text AS c`);
        expect(rows[0]).toEqual({ s: role, c: role });
        await expect(app.query(`DELETE FROM audit_event`)).rejects.toThrow(/permission denied/);
        await expect(app.query(`SELECT count(*) FROM audit_event`)).resolves.toBeDefined();
      });
    } finally {
      await ds.destroy();
    }
  });

  it('generates the development audit key once into the data dir, readable by its owner only', async () => {
    const options = { auditKey: undefined, appRole: 'kizuna_app', appDatabaseUrl: undefined };
    await openDatabase(db.ownerUrl, dataDir, options);
    const file = join(dataDir, 'audit.key');
    const key = readFileSync(file, 'utf8');
    expect(key.trim().length).toBeGreaterThanOrEqual(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    await openDatabase(db.ownerUrl, dataDir, options);
    expect(readFileSync(file, 'utf8')).toBe(key);
  });

  it('refuses to start in production without KIZUNA_AUDIT_KEY, and takes the role names from the environment', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/KIZUNA_AUDIT_KEY is required/);
    expect(() => loadConfig({ KIZUNA_AUDIT_KEY: 'short' })).toThrow(/at least 32/);
    expect(loadConfig({ NODE_ENV: 'production', KIZUNA_AUDIT_KEY: KEY })).toMatchObject({
      auditKey: KEY,
      appRole: 'kizuna_app',
    });
    expect(loadConfig({ KIZUNA_APP_ROLE: 'kizuna_web' }).appRole).toBe('kizuna_web');
    expect(() => loadConfig({ KIZUNA_APP_ROLE: 'x; DROP' })).toThrow(/KIZUNA_APP_ROLE/);
    expect(() => loadConfig({ KIZUNA_APP_DATABASE_URL: 'postgres://a:b@h/d' })).toThrow(
      /needs DATABASE_URL/,
    );
    expect(
      loadConfig({
        DATABASE_URL: 'postgres://owner@h/d',
        KIZUNA_APP_DATABASE_URL: 'postgres://kizuna_web:pw@h/d',
      }).appRole,
    ).toBe('kizuna_web');
  });
});
