import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Customer health score, touch model and segments (issue 16, ADR 0022).
 *
 * `health_settings`: the weights and band thresholds of the score and the thresholds of the
 * touch-model rule, one row, edited by admins. No row: the domain's defaults.
 *
 * `customer_health`: each customer's current score (the domain's components with their ja/en
 * explanations, as computed), its company NPS and its place on the 9-cell map, and `due_at`, when
 * the background job (in every replica) must recompute it: the next 03:00 JST after a computation
 * (at once for a new customer; never while it has no score to keep). A customer is due earlier
 * after a relevant change (below) or new settings (its `settings_version` is behind). Claiming
 * rows FOR UPDATE SKIP LOCKED hands each customer to one replica. A row per customer, from a
 * trigger on customer, so that claims never lock customer rows.
 *
 * Relevant changes make the customer due from triggers here — survey answers, near-misses,
 * service credits, the subscription, the stage — so that no feature has to remember to: each
 * appends a row to `customer_health_change`, which the job deletes once it has computed with it
 * (never one it did not see, so no change is lost between a computation's reads and its write).
 * Usage and SLA availability are read at the nightly run.
 *
 * `customer_health_month`: the monthly history, a month closed with its last score when the first
 * computation of a later month runs. `customer_health_fall`: each fall to AT_RISK, what a
 * follow-up task names as its source. `customer_touch_model_override`: staff's choice with its
 * reason (free text; not in the audit trail).
 */
export class Health1763900000040 implements MigrationInterface {
  name = 'Health1763900000040';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE health_settings (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        weights jsonb NOT NULL,
        good_at_least integer NOT NULL CHECK (good_at_least BETWEEN 0 AND 100),
        watch_at_least integer NOT NULL CHECK (watch_at_least BETWEEN 0 AND 100),
        touch_thresholds jsonb NOT NULL,
        version integer NOT NULL,
        updated_by uuid REFERENCES staff_user(id),
        updated_at timestamptz NOT NULL
      )`);

    await q.query(`
      CREATE TABLE customer_health (
        customer_id uuid PRIMARY KEY REFERENCES customer(id),
        due_at timestamptz NOT NULL DEFAULT '-infinity',
        -- The health_settings version it was computed with: a newer one makes it due.
        settings_version integer NOT NULL DEFAULT 0,
        computed_at timestamptz,
        score numeric(4,1) CHECK (score BETWEEN 0 AND 100),
        band text CHECK (band IN ('GOOD','WATCH','AT_RISK')),
        components jsonb,
        nps numeric(4,1) CHECK (nps BETWEEN -100 AND 100),
        nps_respondents integer NOT NULL DEFAULT 0,
        segment_stage text CHECK (segment_stage IN ('TRIAL','ACTIVE','RENEWAL')),
        nps_band text CHECK (nps_band IN ('PROMOTER','PASSIVE','DETRACTOR'))
      )`);
    await q.query(`CREATE INDEX customer_health_due_idx ON customer_health (due_at, customer_id)`);
    await q.query(
      `CREATE INDEX customer_health_band_idx ON customer_health (band) WHERE band IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX customer_health_segment_idx ON customer_health (segment_stage, nps_band) WHERE segment_stage IS NOT NULL`,
    );
    await q.query(`INSERT INTO customer_health (customer_id) SELECT id FROM customer`);

    await q.query(`
      CREATE TABLE customer_health_month (
        customer_id uuid NOT NULL REFERENCES customer(id),
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        score numeric(4,1) NOT NULL,
        band text NOT NULL,
        nps numeric(4,1),
        segment_stage text,
        nps_band text,
        computed_at timestamptz NOT NULL,
        PRIMARY KEY (customer_id, month)
      )`);
    await q.query(`CREATE INDEX customer_health_month_month_idx ON customer_health_month (month)`);

    await q.query(`
      CREATE TABLE customer_health_fall (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL REFERENCES customer(id),
        band_before text,
        score numeric(4,1) NOT NULL,
        fell_at timestamptz NOT NULL
      )`);
    await q.query(
      `CREATE INDEX customer_health_fall_customer_idx ON customer_health_fall (customer_id, fell_at)`,
    );

    await q.query(`
      CREATE TABLE customer_touch_model_override (
        customer_id uuid PRIMARY KEY REFERENCES customer(id),
        touch_model text NOT NULL CHECK (touch_model IN ('HIGH_TOUCH','LOW_TOUCH','TECH_TOUCH')),
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
        set_by uuid REFERENCES staff_user(id),
        set_at timestamptz NOT NULL
      )`);

    // What changed since a customer's last computation: appended by triggers, never updated, so
    // that writers neither wait for a computation in flight nor lock each other. The job deletes
    // the rows it saw (health-recompute.service.ts); a row it did not see makes the customer due
    // again. No foreign key: nothing to check (or lock) on the customer row per change.
    await q.query(`
      CREATE TABLE customer_health_change (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        customer_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX customer_health_change_customer_idx ON customer_health_change (customer_id)`,
    );
    await q.query(`
      CREATE FUNCTION customer_health_row_due() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'customer' AND TG_OP = 'INSERT' THEN
          INSERT INTO customer_health (customer_id) VALUES (NEW.id);
        ELSIF TG_TABLE_NAME = 'customer' THEN
          INSERT INTO customer_health_change (customer_id) VALUES (NEW.id);
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO customer_health_change (customer_id) VALUES (OLD.customer_id);
        ELSE
          INSERT INTO customer_health_change (customer_id)
          SELECT DISTINCT x FROM unnest(ARRAY[NEW.customer_id,
                 CASE WHEN TG_OP = 'UPDATE' THEN OLD.customer_id END]) AS x WHERE x IS NOT NULL;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION customer_health_rows_due() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          INSERT INTO customer_health_change (customer_id) SELECT DISTINCT customer_id FROM old_rows;
        ELSE
          INSERT INTO customer_health_change (customer_id) SELECT DISTINCT customer_id FROM new_rows;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER customer_health_row AFTER INSERT ON customer
        FOR EACH ROW EXECUTE FUNCTION customer_health_row_due()`);
    await q.query(`
      CREATE TRIGGER customer_health_stage AFTER UPDATE OF stage ON customer
        FOR EACH ROW WHEN (OLD.stage IS DISTINCT FROM NEW.stage)
        EXECUTE FUNCTION customer_health_row_due()`);
    await q.query(`
      CREATE TRIGGER customer_health_subscription AFTER INSERT OR UPDATE ON subscription
        FOR EACH ROW EXECUTE FUNCTION customer_health_row_due()`);
    await q.query(`
      CREATE TRIGGER customer_health_near_miss AFTER INSERT OR DELETE OR UPDATE OF status, customer_id ON near_miss
        FOR EACH ROW EXECUTE FUNCTION customer_health_row_due()`);
    await q.query(`
      CREATE TRIGGER customer_health_service_credit AFTER INSERT ON service_credit
        FOR EACH ROW EXECUTE FUNCTION customer_health_row_due()`);
    // Survey answers arrive by the thousand (imports): once per statement.
    await q.query(`
      CREATE TRIGGER customer_health_survey_insert AFTER INSERT ON survey_response
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
        EXECUTE FUNCTION customer_health_rows_due()`);
    await q.query(`
      CREATE TRIGGER customer_health_survey_delete AFTER DELETE ON survey_response
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
        EXECUTE FUNCTION customer_health_rows_due()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const [trigger, table] of [
      ['customer_health_row', 'customer'],
      ['customer_health_stage', 'customer'],
      ['customer_health_subscription', 'subscription'],
      ['customer_health_near_miss', 'near_miss'],
      ['customer_health_service_credit', 'service_credit'],
      ['customer_health_survey_insert', 'survey_response'],
      ['customer_health_survey_delete', 'survey_response'],
    ])
      await q.query(`DROP TRIGGER IF EXISTS ${trigger} ON ${table}`);
    await q.query(`DROP FUNCTION IF EXISTS customer_health_rows_due()`);
    await q.query(`DROP FUNCTION IF EXISTS customer_health_row_due()`);
    for (const table of [
      'customer_health_change',
      'customer_touch_model_override',
      'customer_health_fall',
      'customer_health_month',
      'customer_health',
      'health_settings',
    ])
      await q.query(`DROP TABLE IF EXISTS ${table}`);
  }
}
