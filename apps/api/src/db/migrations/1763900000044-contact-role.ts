import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A contact person's role at the customer (決裁者, システム管理者, 経理・請求担当, 利用部門の
 * 責任者, その他), so that the account team knows whom to reach for a renewal, an outage or an
 * invoice. Null: not known yet — existing contacts keep no guessed role.
 */
export class ContactRole1763900000044 implements MigrationInterface {
  name = 'ContactRole1763900000044';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE customer_contact
        ADD COLUMN role text CHECK (role IN ('DECISION_MAKER','ADMINISTRATOR','BILLING','BUSINESS_OWNER','OTHER'))`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE customer_contact DROP COLUMN role`);
  }
}
