import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Administration through the API (issue 12): prices with validity dates, API keys that expire
 * and show their last use, staff members' last sign-in.
 */
export class Administration1763900000008 implements MigrationInterface {
  name = 'Administration1763900000008';

  public async up(q: QueryRunner): Promise<void> {
    // A price of a plan or an option from a date (Asia/Tokyo). The contract-time worker copies
    // a due price into monthly_fee_yen (applied_at), which fires the catalog's NOTIFY triggers.
    await q.query(`
      CREATE TABLE catalog_price (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid REFERENCES plan(id),
        option_id uuid REFERENCES catalog_option(id),
        monthly_fee_yen integer NOT NULL CHECK (monthly_fee_yen BETWEEN 0 AND 10000000),
        valid_from date NOT NULL,
        created_by uuid REFERENCES staff_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        applied_at timestamptz,
        CHECK ((plan_id IS NULL) <> (option_id IS NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX catalog_price_plan_idx ON catalog_price (plan_id, valid_from) WHERE plan_id IS NOT NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX catalog_price_option_idx ON catalog_price (option_id, valid_from) WHERE option_id IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX catalog_price_due_idx ON catalog_price (valid_from) WHERE applied_at IS NULL`,
    );

    await q.query(`ALTER TABLE api_key ADD COLUMN expires_at timestamptz`);
    await q.query(`ALTER TABLE api_key ADD COLUMN last_used_at timestamptz`);
    await q.query(`CREATE INDEX api_key_created_idx ON api_key (created_at DESC, id DESC)`);
    await q.query(`ALTER TABLE staff_user ADD COLUMN last_login_at timestamptz`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE staff_user DROP COLUMN last_login_at`);
    await q.query(`DROP INDEX api_key_created_idx`);
    await q.query(`ALTER TABLE api_key DROP COLUMN last_used_at`);
    await q.query(`ALTER TABLE api_key DROP COLUMN expires_at`);
    await q.query(`DROP TABLE catalog_price`);
  }
}
