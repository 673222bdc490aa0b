import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Erasure of personal data (issue 13): a request kind of its own, and the churn lookup it needs. */
export class Erasure1763900000011 implements MigrationInterface {
  name = 'Erasure1763900000011';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE provisioning_request DROP CONSTRAINT provisioning_request_kind_check`,
    );
    await q.query(`ALTER TABLE provisioning_request ADD CONSTRAINT provisioning_request_kind_check
      CHECK (kind IN ('CONVERSION','PLAN_CHANGE','OPTION_CHANGE','CANCELLATION','TRIAL_EXTENSION','REACTIVATION','SECOND_TRIAL','ERASURE'))`);
    // The erasure work lists (overdue, due this week) select churned customers by churn time.
    await q.query(`CREATE INDEX subscription_cancelled_idx ON subscription (cancelled_at, customer_id)
      WHERE status = 'CANCELLED'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS subscription_cancelled_idx`);
    await q.query(`DELETE FROM provisioning_request WHERE kind = 'ERASURE'`);
    await q.query(
      `ALTER TABLE provisioning_request DROP CONSTRAINT provisioning_request_kind_check`,
    );
    await q.query(`ALTER TABLE provisioning_request ADD CONSTRAINT provisioning_request_kind_check
      CHECK (kind IN ('CONVERSION','PLAN_CHANGE','OPTION_CHANGE','CANCELLATION','TRIAL_EXTENSION','REACTIVATION','SECOND_TRIAL'))`);
  }
}
