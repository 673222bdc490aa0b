import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deletion certificates (issue 13): one per erased customer, issued in the erasure's
 * transaction, numbered per JST year. The content is stored as hashed; the digest beside it.
 */
export class DeletionCertificate1763900000012 implements MigrationInterface {
  name = 'DeletionCertificate1763900000012';

  public async up(q: QueryRunner): Promise<void> {
    // The last number given in each JST year: the issuing transaction bumps its row
    // (INSERT … ON CONFLICT DO UPDATE … RETURNING), so concurrent erasures queue on that row
    // and a rolled-back erasure gives its number back.
    await q.query(`
      CREATE TABLE deletion_certificate_counter (
        year integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 9999),
        last_seq integer NOT NULL CHECK (last_seq BETWEEN 1 AND 999999)
      )`);
    await q.query(`
      CREATE TABLE deletion_certificate (
        number text PRIMARY KEY CHECK (number ~ '^KZ-DC-[0-9]{4}-[0-9]{6}$'),
        customer_id uuid NOT NULL UNIQUE REFERENCES customer(id),
        request_id uuid NOT NULL UNIQUE REFERENCES provisioning_request(id),
        content jsonb NOT NULL,
        digest text NOT NULL CHECK (digest ~ '^[0-9a-f]{64}$'),
        issued_at timestamptz NOT NULL
      )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS deletion_certificate`);
    await q.query(`DROP TABLE IF EXISTS deletion_certificate_counter`);
  }
}
