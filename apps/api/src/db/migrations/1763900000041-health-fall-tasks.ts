import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A fall of the health score to AT_RISK raises a follow-up task: a third task source. */
export class HealthFallTasks1763900000041 implements MigrationInterface {
  name = 'HealthFallTasks1763900000041';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE task DROP CONSTRAINT task_source_type_check`);
    await q.query(`
      ALTER TABLE task ADD CONSTRAINT task_source_type_check
        CHECK (source_type IN ('PROVISIONING_REQUEST','SURVEY_RESPONSE','HEALTH_FALL'))`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM task WHERE source_type = 'HEALTH_FALL'`);
    await q.query(`ALTER TABLE task DROP CONSTRAINT task_source_type_check`);
    await q.query(`
      ALTER TABLE task ADD CONSTRAINT task_source_type_check
        CHECK (source_type IN ('PROVISIONING_REQUEST','SURVEY_RESPONSE'))`);
  }
}
