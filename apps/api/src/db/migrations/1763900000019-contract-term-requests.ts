import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contract term on requests (ADR 0018): a conversion or reactivation states the new contract's
 * term, applied to `subscription.contract_term` with the change; the fee history records the
 * term each row was in force with.
 *
 * `provisioning_request.contract_term` is null for kinds that do not start a contract (and for
 * requests made before this migration, which applied no term). Backfill of
 * `subscription_fee.contract_term`: the subscription's term now — no request changed a term
 * before this migration, so that was its term all along (the demo seed sets it at creation).
 */
export class ContractTermRequests1763900000019 implements MigrationInterface {
  name = 'ContractTermRequests1763900000019';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE provisioning_request ADD COLUMN contract_term text
        CHECK (contract_term IN ('MONTHLY','ANNUAL'))`);
    await q.query(`
      ALTER TABLE subscription_fee ADD COLUMN contract_term text NOT NULL DEFAULT 'MONTHLY'
        CHECK (contract_term IN ('MONTHLY','ANNUAL'))`);
    await q.query(`
      UPDATE subscription_fee f SET contract_term = s.contract_term
        FROM subscription s WHERE s.id = f.subscription_id AND s.contract_term <> 'MONTHLY'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE subscription_fee DROP COLUMN contract_term`);
    await q.query(`ALTER TABLE provisioning_request DROP COLUMN contract_term`);
  }
}
