import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log is filtered by action (or a group of actions) and by a range of days: an index
 * for each, so that a rare action or an old week is found without walking the whole chain.
 */
export class AuditLogFilters1763900000031 implements MigrationInterface {
  name = 'AuditLogFilters1763900000031';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX audit_event_action_idx ON audit_event (action, id DESC)`);
    await q.query(`CREATE INDEX audit_event_occurred_idx ON audit_event (occurred_at)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX audit_event_occurred_idx`);
    await q.query(`DROP INDEX audit_event_action_idx`);
  }
}
