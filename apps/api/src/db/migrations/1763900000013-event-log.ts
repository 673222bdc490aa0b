import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox becomes the event log integrators read (issue 14): each event carries the id of the
 * transaction that wrote it and a sequence number. The feed orders by (tx_id, seq) and shows only
 * events of transactions below the oldest one still running (pg_snapshot_xmin), so an event can
 * never appear behind a cursor a reader already holds, in any replica — see ADR 0015.
 * `occurred_at` is the business clock's time of the change (tests move it); `created_at` stays
 * the database's.
 */
export class EventLog1763900000013 implements MigrationInterface {
  name = 'EventLog1763900000013';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE outbox_event ADD COLUMN tx_id xid8 NOT NULL DEFAULT pg_current_xact_id()`,
    );
    await q.query(`ALTER TABLE outbox_event ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY`);
    await q.query(`ALTER TABLE outbox_event ADD COLUMN occurred_at timestamptz`);
    await q.query(`UPDATE outbox_event SET occurred_at = created_at`);
    await q.query(`ALTER TABLE outbox_event ALTER COLUMN occurred_at SET NOT NULL`);
    await q.query(`ALTER TABLE outbox_event ALTER COLUMN occurred_at SET DEFAULT now()`);
    await q.query(`CREATE UNIQUE INDEX outbox_event_feed_idx ON outbox_event (tx_id, seq)`);
    await q.query(`CREATE INDEX outbox_event_type_feed_idx ON outbox_event (type, tx_id, seq)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS outbox_event_type_feed_idx`);
    await q.query(`DROP INDEX IF EXISTS outbox_event_feed_idx`);
    for (const column of ['occurred_at', 'seq', 'tx_id']) {
      await q.query(`ALTER TABLE outbox_event DROP COLUMN IF EXISTS ${column}`);
    }
  }
}
