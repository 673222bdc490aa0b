import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Daily usage (issue 15, ADR 0019).
 *
 * `daily_usage`: one row per customer and Tokyo day, partitioned by month (declarative range
 * partitioning on usage_date; the primary key includes the partition key). Monthly partitions
 * are created on demand by `kizuna_ensure_usage_partitions(from, to)`, which every writer calls
 * for the months it is about to touch: it runs as the owner (SECURITY DEFINER), because the
 * application's role (ADR 0013) may write rows but not create tables. The application reads and
 * writes through the parent only, so its grants on the parent cover every partition. A DEFAULT
 * partition catches a row written without that call; the function moves such rows into their
 * month when it creates it.
 *
 * `usage_month`: per customer and month, the day count, sums and peak, moved by every writer in
 * the same statement that writes the days (daily-usage.store.ts), so that reports over whole
 * months read one row per customer-month instead of about thirty.
 *
 * `usage_import` / `usage_import_chunk`: the bulk endpoint's queue, shaped like the survey
 * import's (ADR 0006).
 */
export class Usage1763900000017 implements MigrationInterface {
  name = 'Usage1763900000017';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE daily_usage (
        -- No foreign key here (a check per row of a 7-million-row import): usage_month, which
        -- every writer refreshes in the same transaction, references the customer instead.
        customer_id uuid NOT NULL,
        usage_date date NOT NULL,
        active_users integer NOT NULL CHECK (active_users >= 0),
        storage_gb numeric(12,3) NOT NULL CHECK (storage_gb >= 0),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (customer_id, usage_date)
      ) PARTITION BY RANGE (usage_date)`);
    // No index on usage_date alone: a report reads all customers' days only for the month cut
    // at either end of its period, a scan of that one partition; the primary key serves a
    // customer's days. One index less to maintain is a faster import.
    await q.query(`CREATE TABLE daily_usage_default PARTITION OF daily_usage DEFAULT`);

    await q.query(`
      CREATE TABLE usage_month (
        customer_id uuid NOT NULL REFERENCES customer(id),
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        days integer NOT NULL,
        active_users_sum bigint NOT NULL,
        active_users_peak integer NOT NULL,
        storage_gb_sum numeric NOT NULL,
        PRIMARY KEY (customer_id, month)
      )`);
    await q.query(`CREATE INDEX usage_month_month_idx ON usage_month (month, customer_id)`);

    // Partitions are named daily_usage_YYYYMM. Creating one takes the owner's rights: the
    // application calls this function, which runs as its owner. Serialised by an advisory lock
    // (two replicas importing the same month), and cheap when every month exists already.
    await q.query(`
      CREATE FUNCTION kizuna_ensure_usage_partitions(first_day date, last_day date)
      RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        m date;
        name text;
        created integer := 0;
      BEGIN
        IF first_day IS NULL OR last_day IS NULL OR last_day < first_day THEN RETURN 0; END IF;
        IF last_day - first_day > 366 * 30 THEN
          RAISE EXCEPTION 'usage partitions: range too long (% to %)', first_day, last_day;
        END IF;
        m := date_trunc('month', first_day)::date;
        WHILE m <= last_day LOOP
          name := 'daily_usage_' || to_char(m, 'YYYYMM');
          IF to_regclass(name) IS NULL THEN
            PERFORM pg_advisory_xact_lock(1264211283); -- 'KZUS'
            IF to_regclass(name) IS NULL THEN
              EXECUTE format('CREATE TABLE %I (LIKE daily_usage INCLUDING DEFAULTS INCLUDING CONSTRAINTS)', name);
              -- Rows that fell into the DEFAULT partition move to their month before it is attached.
              EXECUTE format(
                'WITH moved AS (DELETE FROM daily_usage_default WHERE usage_date >= %L AND usage_date < %L RETURNING *)
                 INSERT INTO %I SELECT * FROM moved', m, (m + interval '1 month')::date, name);
              EXECUTE format('ALTER TABLE daily_usage ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)',
                             name, m, (m + interval '1 month')::date);
              created := created + 1;
            END IF;
          END IF;
          m := (m + interval '1 month')::date;
        END LOOP;
        RETURN created;
      END $$`);

    await q.query(`
      CREATE TABLE usage_import (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        file_name text NOT NULL,
        format text NOT NULL CHECK (format IN ('CSV', 'NDJSON')),
        encoding text,
        status text NOT NULL CHECK (status IN ('QUEUED','RUNNING','DONE','FAILED')),
        total_rows integer NOT NULL DEFAULT 0,
        processed_rows integer NOT NULL DEFAULT 0,
        imported_rows integer NOT NULL DEFAULT 0,
        error_rows integer NOT NULL DEFAULT 0,
        errors jsonb NOT NULL DEFAULT '[]'::jsonb,
        failure text,
        created_by uuid,
        created_by_api_key uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        heartbeat_at timestamptz,
        finished_at timestamptz
      )`);
    await q.query(
      `CREATE INDEX usage_import_pending_idx ON usage_import (created_at) WHERE status IN ('QUEUED','RUNNING')`,
    );
    await q.query(`
      CREATE TABLE usage_import_chunk (
        import_id uuid NOT NULL REFERENCES usage_import(id) ON DELETE CASCADE,
        seq integer NOT NULL,
        data bytea NOT NULL,
        PRIMARY KEY (import_id, seq)
      )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE usage_import_chunk`);
    await q.query(`DROP TABLE usage_import`);
    await q.query(`DROP FUNCTION kizuna_ensure_usage_partitions(date, date)`);
    await q.query(`DROP TABLE usage_month`);
    await q.query(`DROP TABLE daily_usage`);
  }
}
