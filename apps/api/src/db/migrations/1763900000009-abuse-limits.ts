import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Abuse limits (ADR 0012): failed sign-ins counted in the database (so that every replica sees
 * them), and uploaded CSV files stored in chunks (never one value the size of the file).
 */
export class AbuseLimits1763900000009 implements MigrationInterface {
  name = 'AbuseLimits1763900000009';

  public async up(q: QueryRunner): Promise<void> {
    // One row per throttled key ('account:<email>', 'address:<ip>'): failures in the current
    // window, when the last one happened, and until when attempts are refused.
    await q.query(`
      CREATE TABLE login_throttle (
        key text PRIMARY KEY,
        failures integer NOT NULL CHECK (failures >= 0),
        last_failure_at timestamptz NOT NULL,
        blocked_until timestamptz
      )`);
    await q.query(
      `CREATE INDEX login_throttle_last_failure_idx ON login_throttle (last_failure_at)`,
    );
    // An upload, in pieces of at most 1 MB, written in order; the worker reads one at a time.
    await q.query(`
      CREATE TABLE survey_import_chunk (
        import_id uuid NOT NULL REFERENCES survey_import(id) ON DELETE CASCADE,
        seq integer NOT NULL CHECK (seq >= 0),
        data bytea NOT NULL,
        PRIMARY KEY (import_id, seq)
      )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS survey_import_chunk`);
    await q.query(`DROP TABLE IF EXISTS login_throttle`);
  }
}
