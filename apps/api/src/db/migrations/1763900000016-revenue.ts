import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A monthly fee (税抜) of a plan or option code on a Tokyo day: the dated price then, else today's. */
const feeOn = (column: 'plan_id' | 'option_id', day: string) =>
  `COALESCE((SELECT cp.monthly_fee_yen FROM catalog_price cp
              WHERE cp.${column} = i.id AND cp.valid_from <= ${day}
              ORDER BY cp.valid_from DESC LIMIT 1), i.monthly_fee_yen)`;

/**
 * Revenue (issue 15, ADR 0018): the fee history and the contract term.
 *
 * `subscription_fee`: one row per change of a subscription (and per applied catalog price that
 * changed what it costs), with its status, plan, options and monthly fee (税抜, 0 unless ACTIVE)
 * from `effective_from` (a Tokyo date). The row in force on a day is the last one, by
 * (effective_from, id), on or before it; `effective_to` (exclusive) is the next row's date.
 *
 * Backfill for existing installs: each subscription_history row becomes a row from its Tokyo
 * date, priced at the dated catalog price in force then (else today's price), and each applied
 * catalog price date adds a row for a subscription ACTIVE then whose fee it changed. An
 * approximation where prices were changed without dated prices.
 */
export class Revenue1763900000016 implements MigrationInterface {
  name = 'Revenue1763900000016';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE subscription_fee (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        subscription_id uuid NOT NULL REFERENCES subscription(id) ON DELETE CASCADE,
        customer_id uuid NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
        effective_from date NOT NULL,
        effective_to date,
        status text NOT NULL CHECK (status IN ('TRIAL','ACTIVE','CANCELLED','EXPIRED')),
        plan_code text NOT NULL,
        option_codes text[] NOT NULL DEFAULT '{}',
        monthly_fee_excl_tax integer NOT NULL CHECK (monthly_fee_excl_tax >= 0),
        change_kind text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CHECK (status = 'ACTIVE' OR monthly_fee_excl_tax = 0)
      )`);
    // The report reads each customer's row in force at a day; a price change finds open rows.
    await q.query(
      `CREATE INDEX subscription_fee_customer_idx ON subscription_fee (customer_id, effective_from, id)`,
    );
    await q.query(
      `CREATE INDEX subscription_fee_open_idx ON subscription_fee (subscription_id) WHERE effective_to IS NULL`,
    );

    await q.query(`
      ALTER TABLE subscription ADD COLUMN contract_term text NOT NULL DEFAULT 'MONTHLY'
        CHECK (contract_term IN ('MONTHLY','ANNUAL'))`);

    await q.query(`
      WITH hist AS (
        SELECT h.id AS hid, h.subscription_id, s.customer_id,
               (h.changed_at AT TIME ZONE 'Asia/Tokyo')::date AS day,
               h.status_after AS status, h.plan_code_after AS plan_code,
               h.option_codes_after AS option_codes, h.change_kind
          FROM subscription_history h JOIN subscription s ON s.id = h.subscription_id
      ), points AS (
        SELECT hid, subscription_id, customer_id, day, status, plan_code, option_codes, change_kind FROM hist
        UNION ALL
        SELECT NULL, st.subscription_id, st.customer_id, d.day, st.status, st.plan_code, st.option_codes, 'PRICE_CHANGE'
          FROM (SELECT DISTINCT valid_from AS day FROM catalog_price WHERE applied_at IS NOT NULL) d
          CROSS JOIN LATERAL (
            SELECT DISTINCT ON (subscription_id) * FROM hist WHERE hist.day < d.day
             ORDER BY subscription_id, day DESC, hid DESC) st
         WHERE st.status = 'ACTIVE'
      ), priced AS (
        SELECT pt.*, CASE WHEN pt.status <> 'ACTIVE' THEN 0 ELSE
                 COALESCE((SELECT ${feeOn('plan_id', 'pt.day')} FROM plan i WHERE i.code = pt.plan_code), 0)
               + COALESCE((SELECT sum(${feeOn('option_id', 'pt.day')}) FROM catalog_option i
                            WHERE i.code = ANY(pt.option_codes)), 0) END AS fee
          FROM points pt
      ), kept AS (
        -- A price date that changed nothing for this subscription leaves no row.
        SELECT * FROM (
          SELECT *, lag(fee) OVER (PARTITION BY subscription_id ORDER BY day, hid NULLS FIRST) AS prev_fee
            FROM priced) t
         WHERE hid IS NOT NULL OR prev_fee IS DISTINCT FROM fee
      )
      INSERT INTO subscription_fee (subscription_id, customer_id, effective_from, effective_to, status, plan_code,
                                    option_codes, monthly_fee_excl_tax, change_kind)
      SELECT subscription_id, customer_id, day,
             lead(day) OVER (PARTITION BY subscription_id ORDER BY day, hid NULLS FIRST),
             status, plan_code, option_codes, fee, change_kind
        FROM kept ORDER BY subscription_id, day, hid NULLS FIRST`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE subscription DROP COLUMN contract_term`);
    await q.query(`DROP TABLE IF EXISTS subscription_fee`);
  }
}
