import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Signed webhooks from the event log (issue 14).
 *
 * `webhook_endpoint`: where to send, which types (empty: all), and the signing key — sealed with
 * a key derived from KIZUNA_AUDIT_KEY (AES-256-GCM), which the database does not hold, so a copy
 * of the database cannot sign (ADR 0013). After a rotation the previous key keeps signing until
 * `previous_secret_expires_at`. `failing_since` is the first failure since the last success.
 *
 * `webhook_delivery`: one per endpoint and event, created in log order by the fan-out (its `seq`
 * follows the log), sent by workers in every replica: a worker claims a due row for a lease
 * (`claimed_until`, `claim_token`), so a killed worker's delivery is sent again, with the same
 * event id, once the lease has passed. A delivery waits while an earlier one of the same endpoint
 * and customer (`aggregate_id`) is PENDING: in order per customer. `webhook_id` is the event
 * envelope's id (evt_…), the `webhook-id` of every attempt. A test event has no log event but its
 * envelope in `test_event`.
 *
 * `webhook_fan_out`: one row, the position in the event log up to which deliveries exist; the
 * replica holding its row lock fans out, the others skip.
 */
export class Webhooks1763900000014 implements MigrationInterface {
  name = 'Webhooks1763900000014';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE webhook_endpoint (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        url text NOT NULL,
        event_types text[] NOT NULL DEFAULT '{}',
        description text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'ENABLED' CHECK (status IN ('ENABLED', 'DISABLED')),
        disabled_reason text CHECK (disabled_reason IN ('MANUAL', 'GONE', 'FAILING')),
        disabled_at timestamptz,
        secret_sealed bytea NOT NULL,
        previous_secret_sealed bytea,
        previous_secret_expires_at timestamptz,
        failing_since timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CHECK ((status = 'DISABLED') = (disabled_reason IS NOT NULL)),
        CHECK ((previous_secret_sealed IS NULL) = (previous_secret_expires_at IS NULL))
      )`);
    await q.query(
      `CREATE INDEX webhook_endpoint_created_idx ON webhook_endpoint (created_at DESC, id DESC)`,
    );

    await q.query(`
      CREATE TABLE webhook_delivery (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY,
        endpoint_id uuid NOT NULL REFERENCES webhook_endpoint(id) ON DELETE CASCADE,
        event_id uuid REFERENCES outbox_event(id) ON DELETE CASCADE,
        test_event jsonb,
        webhook_id text NOT NULL,
        event_type text NOT NULL,
        aggregate_id uuid,
        status text NOT NULL DEFAULT 'PENDING'
          CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz,
        claimed_until timestamptz,
        claim_token uuid,
        last_attempt_at timestamptz,
        last_status_code smallint,
        last_error text CHECK (length(last_error) <= 200),
        created_at timestamptz NOT NULL,
        CHECK ((event_id IS NULL) <> (test_event IS NULL)),
        CHECK ((status = 'PENDING') = (next_attempt_at IS NOT NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX webhook_delivery_event_idx ON webhook_delivery (endpoint_id, event_id)`,
    );
    await q.query(
      `CREATE INDEX webhook_delivery_list_idx ON webhook_delivery (endpoint_id, seq DESC)`,
    );
    await q.query(
      `CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING'`,
    );
    await q.query(
      `CREATE INDEX webhook_delivery_order_idx ON webhook_delivery (endpoint_id, aggregate_id, seq)
        WHERE status = 'PENDING'`,
    );

    await q.query(`
      CREATE TABLE webhook_fan_out (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        tx_id xid8,
        seq bigint,
        CHECK ((tx_id IS NULL) = (seq IS NULL))
      )`);
    await q.query(`INSERT INTO webhook_fan_out DEFAULT VALUES`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE webhook_fan_out`);
    await q.query(`DROP TABLE webhook_delivery`);
    await q.query(`DROP TABLE webhook_endpoint`);
  }
}
