import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keyset order of `customers(orderBy: { field: TRIAL_ENDS_AT })`: the trial end (none = never,
 * 'infinity'), then id — for every customer, and within a stage (the filter the trial work list
 * uses). Each serves both directions, scanned backwards for DESC.
 */
export class CustomerTrialEndOrder1763900000006 implements MigrationInterface {
  name = 'CustomerTrialEndOrder1763900000006';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX customer_trial_ends_order_idx ON customer ((coalesce(trial_ends_at, 'infinity'::timestamptz)), id)`,
    );
    await q.query(
      `CREATE INDEX customer_stage_trial_ends_order_idx ON customer (stage, (coalesce(trial_ends_at, 'infinity'::timestamptz)), id)`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS customer_stage_trial_ends_order_idx`);
    await q.query(`DROP INDEX IF EXISTS customer_trial_ends_order_idx`);
  }
}
