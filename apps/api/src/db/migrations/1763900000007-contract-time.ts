import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contract time: scheduled (and failed) requests, new request kinds, trial expiry and extension,
 * exclusive option groups, both values of a blind mismatch on its near-miss.
 */
export class ContractTime1763900000007 implements MigrationInterface {
  name = 'ContractTime1763900000007';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE provisioning_request DROP CONSTRAINT provisioning_request_kind_check`,
    );
    await q.query(`ALTER TABLE provisioning_request ADD CONSTRAINT provisioning_request_kind_check
      CHECK (kind IN ('CONVERSION','PLAN_CHANGE','OPTION_CHANGE','CANCELLATION','TRIAL_EXTENSION','REACTIVATION','SECOND_TRIAL'))`);
    await q.query(
      `ALTER TABLE provisioning_request DROP CONSTRAINT provisioning_request_status_check`,
    );
    await q.query(`ALTER TABLE provisioning_request ADD CONSTRAINT provisioning_request_status_check
      CHECK (status IN ('PENDING_CHECK','RETURNED','SCHEDULED','APPLIED','FAILED','REJECTED','WITHDRAWN'))`);
    await q.query(`
      ALTER TABLE provisioning_request
        ADD COLUMN applied_at timestamptz,
        ADD COLUMN failure_code text,
        ADD COLUMN trial_extension_days integer CHECK (trial_extension_days BETWEEN 1 AND 30),
        ADD COLUMN trial_ends_on date,
        ADD COLUMN maker_note text CHECK (length(maker_note) <= 2000),
        ADD COLUMN withdrawal_requested_by uuid REFERENCES staff_user(id),
        ADD COLUMN withdrawal_requested_at timestamptz,
        ADD COLUMN withdrawal_reason text CHECK (length(withdrawal_reason) <= 2000)`);
    await q.query(
      `UPDATE provisioning_request SET applied_at = decided_at WHERE status = 'APPLIED'`,
    );
    // The worker's claim: due scheduled requests, soonest first.
    await q.query(`CREATE INDEX provisioning_request_scheduled_idx ON provisioning_request (effective_date, id)
      WHERE status = 'SCHEDULED'`);

    await q.query(`ALTER TABLE subscription DROP CONSTRAINT subscription_status_check`);
    await q.query(`ALTER TABLE subscription ADD CONSTRAINT subscription_status_check
      CHECK (status IN ('TRIAL','ACTIVE','CANCELLED','EXPIRED'))`);
    // Why a cancelled contract ended (the churn taxonomy), beside the contract itself.
    await q.query(
      `ALTER TABLE subscription ADD COLUMN churn_reason text, ADD COLUMN churn_note text`,
    );
    await q.query(`
      UPDATE subscription s SET churn_reason = r.churn_reason, churn_note = r.churn_note
        FROM (SELECT DISTINCT ON (customer_id) customer_id, churn_reason, churn_note FROM provisioning_request
               WHERE kind = 'CANCELLATION' AND status = 'APPLIED' ORDER BY customer_id, decided_at DESC) r
       WHERE r.customer_id = s.customer_id AND s.status = 'CANCELLED'`);
    // Stage changes say why in one vocabulary (labelled on screen), not a mix of codes.
    await q.query(
      `UPDATE customer_stage_change SET note = 'TRIAL_STARTED' WHERE note = 'startTrial'`,
    );
    await q.query(
      `UPDATE customer_stage_change SET note = 'CANCELLATION' WHERE to_stage = 'CHURNED'`,
    );

    await q.query(`
      ALTER TABLE customer
        ADD COLUMN trial_extended_days integer NOT NULL DEFAULT 0 CHECK (trial_extended_days BETWEEN 0 AND 30),
        ADD COLUMN trial_count integer NOT NULL DEFAULT 0 CHECK (trial_count >= 0),
        ADD COLUMN trial_expired_at timestamptz`);
    await q.query(`UPDATE customer SET trial_count = 1 WHERE trial_started_at IS NOT NULL`);
    // Expired trials of the last days: the operator's work list.
    await q.query(
      `CREATE INDEX customer_trial_expired_idx ON customer (trial_expired_at) WHERE trial_expired_at IS NOT NULL`,
    );

    // Options of one exclusive group (e.g. the storage tiers) cannot be held together.
    await q.query(
      `ALTER TABLE catalog_option ADD COLUMN option_group text CHECK (option_group ~ '^[A-Z][A-Z0-9_]*$')`,
    );
    await q.query(`UPDATE catalog_option SET option_group = 'STORAGE' WHERE kind = 'STORAGE'`);

    // A blind mismatch keeps both sides; which one erred is decided later, with the cause.
    await q.query(`
      ALTER TABLE near_miss
        ADD COLUMN maker_values jsonb,
        ADD COLUMN checker_values jsonb,
        ADD COLUMN erred_side text CHECK (erred_side IN ('MAKER','CHECKER','BOTH','UNKNOWN'))`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE near_miss DROP COLUMN maker_values, DROP COLUMN checker_values, DROP COLUMN erred_side`,
    );
    await q.query(`ALTER TABLE catalog_option DROP COLUMN option_group`);
    await q.query(`ALTER TABLE subscription DROP COLUMN churn_reason, DROP COLUMN churn_note`);
    await q.query(`DROP INDEX IF EXISTS customer_trial_expired_idx`);
    await q.query(
      `ALTER TABLE customer DROP COLUMN trial_extended_days, DROP COLUMN trial_count, DROP COLUMN trial_expired_at`,
    );
    await q.query(`DROP INDEX IF EXISTS provisioning_request_scheduled_idx`);
    await q.query(`
      ALTER TABLE provisioning_request
        DROP COLUMN applied_at, DROP COLUMN failure_code, DROP COLUMN trial_extension_days,
        DROP COLUMN trial_ends_on, DROP COLUMN maker_note, DROP COLUMN withdrawal_requested_by,
        DROP COLUMN withdrawal_requested_at, DROP COLUMN withdrawal_reason`);
  }
}
