import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Maker-checker provisioning requests, their history, near-misses and the transactional outbox. */
export class Provisioning1763900000002 implements MigrationInterface {
  name = 'Provisioning1763900000002';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE provisioning_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('CONVERSION','PLAN_CHANGE','OPTION_CHANGE','CANCELLATION')),
        status text NOT NULL CHECK (status IN ('PENDING_CHECK','RETURNED','APPLIED','REJECTED','WITHDRAWN')),
        version integer NOT NULL DEFAULT 1,
        customer_id uuid NOT NULL REFERENCES customer(id),
        maker_id uuid NOT NULL REFERENCES staff_user(id),
        checker_id uuid REFERENCES staff_user(id),
        plan_code text,
        option_codes text[] NOT NULL DEFAULT '{}',
        effective_date date NOT NULL,
        churn_reason text,
        churn_note text,
        -- The subscription version the request was drafted against: applying refuses if it moved.
        base_subscription_version integer,
        preview jsonb NOT NULL,
        decision_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        decided_at timestamptz
      )`);
    // At most one open request (waiting for a check, or returned to its maker) per customer.
    await q.query(`
      CREATE UNIQUE INDEX provisioning_request_one_open_idx ON provisioning_request (customer_id)
      WHERE status IN ('PENDING_CHECK','RETURNED')`);
    await q.query(
      `CREATE INDEX provisioning_request_created_idx ON provisioning_request (created_at DESC, id DESC)`,
    );
    await q.query(
      `CREATE INDEX provisioning_request_status_idx ON provisioning_request (status, created_at DESC, id DESC)`,
    );
    await q.query(
      `CREATE INDEX provisioning_request_maker_idx ON provisioning_request (maker_id, created_at DESC, id DESC)`,
    );
    await q.query(
      `CREATE INDEX provisioning_request_customer_idx ON provisioning_request (customer_id, created_at DESC, id DESC)`,
    );

    await q.query(`
      CREATE TABLE provisioning_request_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        request_id uuid NOT NULL REFERENCES provisioning_request(id),
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid REFERENCES staff_user(id),
        action text NOT NULL,
        version integer NOT NULL,
        details jsonb NOT NULL DEFAULT '{}'::jsonb
      )`);
    await q.query(
      `CREATE INDEX provisioning_request_event_request_idx ON provisioning_request_event (request_id, id)`,
    );

    await q.query(`
      CREATE TABLE near_miss (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('NEAR_MISS','INCIDENT')),
        status text NOT NULL,
        source text NOT NULL CHECK (source IN ('AUTOMATIC','MANUAL')),
        customer_id uuid REFERENCES customer(id),
        request_id uuid REFERENCES provisioning_request(id),
        request_kind text,
        fields text[] NOT NULL DEFAULT '{}',
        description text NOT NULL,
        cause_category text,
        countermeasure text,
        reported_by uuid REFERENCES staff_user(id),
        occurred_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX near_miss_occurred_idx ON near_miss (occurred_at DESC, id DESC)`);
    await q.query(`CREATE INDEX near_miss_request_idx ON near_miss (request_id)`);
    await q.query(`CREATE INDEX near_miss_customer_idx ON near_miss (customer_id)`);

    // Transactional outbox: written with the change, delivered later by workers that claim
    // rows with FOR UPDATE SKIP LOCKED.
    await q.query(`
      CREATE TABLE outbox_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        type text NOT NULL,
        aggregate_type text NOT NULL,
        aggregate_id uuid NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        available_at timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        delivered_at timestamptz
      )`);
    await q.query(
      `CREATE INDEX outbox_event_pending_idx ON outbox_event (available_at, created_at) WHERE delivered_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX outbox_event_aggregate_idx ON outbox_event (aggregate_id, created_at)`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'outbox_event',
      'near_miss',
      'provisioning_request_event',
      'provisioning_request',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
