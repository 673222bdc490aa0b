import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Safe retries and incremental sync (issue 14, ADR 0016).
 *
 * `idempotency_key`: one row per (caller, Idempotency-Key) for 24 hours. The key itself is kept
 * only as a SHA-256 (with the caller), and the stored response is encrypted under a key derived
 * from it, so the database alone cannot read the personal data a response may echo. A row
 * without `completed_at` is in flight; its lease (`locked_until`) is extended while the request
 * runs, so a crashed replica's key frees itself within a minute.
 *
 * `updated_at` of customers and provisioning requests becomes trustworthy for `updatedSince`:
 * a trigger bumps it on every change that does not set it itself, a change of the customer's
 * subscription or contacts counts as a change of the customer, and (updated_at, id) is indexed
 * for the sync order.
 */
export class Idempotency1763900000015 implements MigrationInterface {
  name = 'Idempotency1763900000015';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idempotency_key (
        caller_kind text NOT NULL CHECK (caller_kind IN ('STAFF', 'API_KEY')),
        caller_id uuid NOT NULL,
        key_hash bytea NOT NULL,
        request_hash bytea NOT NULL,
        owner uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        locked_until timestamptz NOT NULL,
        completed_at timestamptz,
        response_status smallint,
        response bytea,
        PRIMARY KEY (caller_kind, caller_id, key_hash)
      )`);
    await q.query(`CREATE INDEX idempotency_key_created_at_idx ON idempotency_key (created_at)`);

    await q.query(`CREATE INDEX customer_updated_at_idx ON customer (updated_at, id)`);
    await q.query(
      `CREATE INDEX provisioning_request_updated_at_idx ON provisioning_request (updated_at, id)`,
    );
    // An UPDATE that changes a row but not its updated_at gets the transaction's time; one that
    // sets updated_at itself keeps its value; one that changes nothing moves nothing.
    await q.query(`
      CREATE FUNCTION kizuna_touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW IS NOT DISTINCT FROM OLD THEN RETURN NEW; END IF;
        IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN NEW.updated_at := now(); END IF;
        RETURN NEW;
      END $$`);
    for (const table of ['customer', 'provisioning_request']) {
      await q.query(`
        CREATE TRIGGER ${table}_touch_updated_at BEFORE UPDATE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION kizuna_touch_updated_at()`);
    }
    // The customer's subscription and contacts are part of what a sync of customers reads. Every
    // writer locks the customer before its subscription (subscription-state.ts, trial expiry,
    // erasure), so touching the customer here adds no lock-order inversion. Inserts are left
    // out: a subscription or contact is only ever inserted with its customer's own INSERT or
    // UPDATE (creation, trial start), and the demo seed's historical times must stay.
    await q.query(`
      CREATE FUNCTION kizuna_touch_customer() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW IS NOT DISTINCT FROM OLD THEN RETURN NULL; END IF;
        UPDATE customer SET updated_at = now()
         WHERE id = OLD.customer_id AND updated_at IS DISTINCT FROM now();
        IF TG_OP = 'UPDATE' AND NEW.customer_id IS DISTINCT FROM OLD.customer_id THEN
          UPDATE customer SET updated_at = now()
           WHERE id = NEW.customer_id AND updated_at IS DISTINCT FROM now();
        END IF;
        RETURN NULL;
      END $$`);
    for (const table of ['subscription', 'customer_contact']) {
      await q.query(`
        CREATE TRIGGER ${table}_touch_customer AFTER UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION kizuna_touch_customer()`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of ['subscription', 'customer_contact']) {
      await q.query(`DROP TRIGGER IF EXISTS ${table}_touch_customer ON ${table}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS kizuna_touch_customer()`);
    for (const table of ['customer', 'provisioning_request']) {
      await q.query(`DROP TRIGGER IF EXISTS ${table}_touch_updated_at ON ${table}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS kizuna_touch_updated_at()`);
    await q.query(`DROP INDEX IF EXISTS provisioning_request_updated_at_idx`);
    await q.query(`DROP INDEX IF EXISTS customer_updated_at_idx`);
    await q.query(`DROP TABLE IF EXISTS idempotency_key`);
  }
}
