import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Company search compares width-normalised text on both sides: the query is NFKC-normalised, so
 * a stored 株式会社ＵＸレビュー商事 must be too, or "UX" never finds it. The trigram index moves
 * from the stored name to its NFKC form (normalize() is immutable, so it can be indexed).
 */
export class CustomerNameSearch1763900000030 implements MigrationInterface {
  name = 'CustomerNameSearch1763900000030';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX customer_name_nfkc_trgm_idx ON customer USING gin ((normalize(name, NFKC)) gin_trgm_ops)`,
    );
    await q.query(`DROP INDEX customer_name_trgm_idx`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX customer_name_trgm_idx ON customer USING gin (name gin_trgm_ops)`);
    await q.query(`DROP INDEX customer_name_nfkc_trgm_idx`);
  }
}
