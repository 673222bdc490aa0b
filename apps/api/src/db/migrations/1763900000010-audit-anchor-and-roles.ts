import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit chain's anchor and the application's least privilege (ADR 0013): a per-event HMAC
 * column, the signed head, and the grants of the non-owner role the application runs as.
 */
export class AuditAnchorAndRoles1763900000010 implements MigrationInterface {
  name = 'AuditAnchorAndRoles1763900000010';

  public async up(q: QueryRunner): Promise<void> {
    // HMAC-SHA256(KIZUNA_AUDIT_KEY, hash): null for the events written before this migration.
    await q.query(`ALTER TABLE audit_event ADD COLUMN hmac bytea`);
    // The signed head: one row, moved to each new event in the transaction that appends it.
    await q.query(`
      CREATE TABLE audit_anchor (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        last_event_id bigint NOT NULL,
        last_hash bytea NOT NULL,
        hmac bytea NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE FUNCTION audit_anchor_is_kept() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_anchor only moves forward (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_anchor_no_delete BEFORE DELETE ON audit_anchor
      FOR EACH ROW EXECUTE FUNCTION audit_anchor_is_kept()`);
    await q.query(`
      CREATE TRIGGER audit_anchor_no_truncate BEFORE TRUNCATE ON audit_anchor
      FOR EACH STATEMENT EXECUTE FUNCTION audit_anchor_is_kept()`);
    // What the application's role may do. migrate() calls it, as the owner, after every run, so
    // that tables added by later migrations are covered; a later table the application must not
    // change gets its REVOKE here (replace the function in that migration).
    await q.query(`
      CREATE FUNCTION kizuna_grant_app_role(app_role text) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        -- Two replicas starting together would otherwise collide on the same catalog rows.
        PERFORM pg_advisory_xact_lock(1264207698); -- 'KZGR'
        EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', app_role);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', app_role);
        EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', app_role);
        -- The trail is read and appended, nothing else; not owning it, the role cannot disable its triggers.
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_event FROM %I', app_role);
        -- The signed head is moved forward, never removed.
        EXECUTE format('REVOKE DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_anchor FROM %I', app_role);
        -- The schema's history is the owner's.
        IF to_regclass('public.migrations') IS NOT NULL THEN
          EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON migrations FROM %I', app_role);
        END IF;
      END $$`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION kizuna_grant_app_role(text)`);
    await q.query(`DROP TABLE audit_anchor`);
    await q.query(`DROP FUNCTION audit_anchor_is_kept()`);
    await q.query(`ALTER TABLE audit_event DROP COLUMN hmac`);
  }
}
