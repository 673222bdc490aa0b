import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tell the API replicas when the catalog changes: each keeps a shared copy of plans and options
 * and drops it on this notification (features/catalog/shared-catalog.ts, ADR 0008). NOTIFY is
 * delivered when the changing transaction commits, once per transaction and channel.
 */
export class CatalogChangedNotify1763900000005 implements MigrationInterface {
  name = 'CatalogChangedNotify1763900000005';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION notify_catalog_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('kizuna_catalog_changed', TG_TABLE_NAME);
        RETURN NULL;
      END $$`);
    for (const table of ['plan', 'catalog_option']) {
      await q.query(`
        CREATE TRIGGER ${table}_changed_notify
          AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
          FOR EACH STATEMENT EXECUTE FUNCTION notify_catalog_changed()`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS catalog_option_changed_notify ON catalog_option`);
    await q.query(`DROP TRIGGER IF EXISTS plan_changed_notify ON plan`);
    await q.query(`DROP FUNCTION IF EXISTS notify_catalog_changed()`);
  }
}
