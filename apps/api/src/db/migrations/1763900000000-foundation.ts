import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Staff, API keys, catalog, customers with separately stored contacts, subscriptions. */
export class Foundation1763900000000 implements MigrationInterface {
  name = 'Foundation1763900000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await q.query(`
      CREATE TABLE staff_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL UNIQUE,
        display_name text NOT NULL,
        password_hash text NOT NULL,
        roles text[] NOT NULL CHECK (roles <@ ARRAY['OPERATOR','CHECKER','ANALYST','ADMIN']::text[] AND cardinality(roles) > 0),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE staff_session (
        token_hash bytea PRIMARY KEY,
        staff_user_id uuid NOT NULL REFERENCES staff_user(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX staff_session_staff_user_idx ON staff_session (staff_user_id)`);
    await q.query(`
      CREATE TABLE api_key (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        key_prefix text NOT NULL UNIQUE,
        secret_hash bytea NOT NULL,
        scopes text[] NOT NULL,
        created_by uuid REFERENCES staff_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      )`);

    await q.query(`
      CREATE TABLE plan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
        name_ja text NOT NULL,
        name_en text NOT NULL,
        monthly_fee_yen integer NOT NULL CHECK (monthly_fee_yen >= 0),
        limits jsonb NOT NULL DEFAULT '{}'::jsonb,
        sla_target_percent numeric(6,3) NOT NULL CHECK (sla_target_percent > 0 AND sla_target_percent <= 100),
        sort_order integer NOT NULL DEFAULT 0,
        active boolean NOT NULL DEFAULT true
      )`);
    await q.query(`
      CREATE TABLE catalog_option (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
        name_ja text NOT NULL,
        name_en text NOT NULL,
        monthly_fee_yen integer NOT NULL CHECK (monthly_fee_yen >= 0),
        kind text NOT NULL CHECK (kind IN ('MFA','STORAGE','FEATURE','SUPPORT')),
        factor_category text CHECK (factor_category IN ('KNOWLEDGE','POSSESSION','INHERENCE')),
        sort_order integer NOT NULL DEFAULT 0,
        active boolean NOT NULL DEFAULT true,
        CHECK ((kind = 'MFA') = (factor_category IS NOT NULL))
      )`);

    await q.query(`
      CREATE TABLE customer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        name_kana text,
        corporate_number char(13) UNIQUE CHECK (corporate_number ~ '^[0-9]{13}$'),
        stage text NOT NULL CHECK (stage IN ('LEAD','TRIAL','ACTIVE','CHURNED','ERASED')),
        trial_started_at timestamptz,
        trial_ends_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    // Keyset orders offered by customers(orderBy) and the stage filter.
    await q.query(`CREATE INDEX customer_created_idx ON customer (created_at DESC, id DESC)`);
    await q.query(
      `CREATE INDEX customer_stage_created_idx ON customer (stage, created_at DESC, id DESC)`,
    );
    await q.query(`CREATE INDEX customer_name_idx ON customer (name, id)`);
    await q.query(
      `CREATE INDEX customer_corporate_number_prefix_idx ON customer (corporate_number bpchar_pattern_ops)`,
    );
    await q.query(
      `CREATE INDEX customer_trial_ends_idx ON customer (trial_ends_at) WHERE stage = 'TRIAL'`,
    );
    // Substring search on name and furigana.
    await q.query(`CREATE INDEX customer_name_trgm_idx ON customer USING gin (name gin_trgm_ops)`);
    await q.query(
      `CREATE INDEX customer_name_kana_trgm_idx ON customer USING gin (name_kana gin_trgm_ops)`,
    );

    await q.query(`
      CREATE TABLE customer_stage_change (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        customer_id uuid NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
        from_stage text,
        to_stage text NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now(),
        note text
      )`);
    await q.query(
      `CREATE INDEX customer_stage_change_customer_idx ON customer_stage_change (customer_id, changed_at)`,
    );

    // Personal data lives apart from the corporate record so that it can be erased alone.
    await q.query(`
      CREATE TABLE customer_contact (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
        family_name text NOT NULL,
        given_name text,
        family_name_kana text,
        given_name_kana text,
        email text NOT NULL,
        phone text,
        is_primary boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX customer_contact_customer_idx ON customer_contact (customer_id)`);

    await q.query(`
      CREATE TABLE subscription (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL UNIQUE REFERENCES customer(id) ON DELETE CASCADE,
        plan_id uuid NOT NULL REFERENCES plan(id),
        status text NOT NULL CHECK (status IN ('TRIAL','ACTIVE','CANCELLED')),
        started_at timestamptz NOT NULL DEFAULT now(),
        cancelled_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(
      `CREATE INDEX subscription_plan_customer_idx ON subscription (plan_id, customer_id)`,
    );
    await q.query(`
      CREATE TABLE subscription_option (
        subscription_id uuid NOT NULL REFERENCES subscription(id) ON DELETE CASCADE,
        option_id uuid NOT NULL REFERENCES catalog_option(id),
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (subscription_id, option_id)
      )`);
    await q.query(`CREATE INDEX subscription_option_option_idx ON subscription_option (option_id)`);
    await q.query(`
      CREATE TABLE subscription_history (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        subscription_id uuid NOT NULL REFERENCES subscription(id) ON DELETE CASCADE,
        changed_at timestamptz NOT NULL DEFAULT now(),
        change_kind text NOT NULL,
        status_before text,
        status_after text NOT NULL,
        plan_code_before text,
        plan_code_after text NOT NULL,
        option_codes_before text[] NOT NULL DEFAULT '{}',
        option_codes_after text[] NOT NULL DEFAULT '{}',
        actor_id uuid
      )`);
    await q.query(
      `CREATE INDEX subscription_history_subscription_idx ON subscription_history (subscription_id, changed_at DESC)`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'subscription_history',
      'subscription_option',
      'subscription',
      'customer_contact',
      'customer_stage_change',
      'customer',
      'catalog_option',
      'plan',
      'api_key',
      'staff_session',
      'staff_user',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
