import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Company profile and contacts (issue 16).
 *
 * `customer` gains what customer success needs to know about a company: annual revenue (whole
 * yen), current ratio (流動比率 as a ratio, two decimals), employees, industry (the 20 JSIC
 * divisions, by name) and how engaged the organisation is. Null: not known.
 *
 * A customer with contacts has exactly one primary contact: at most one by a partial unique
 * index, at least one by a constraint trigger checked at commit (a change of primary is two
 * statements in one transaction). A customer without contacts (erased) has none. Existing data
 * is made to hold first: of several primaries the oldest stays, and a customer with contacts but
 * no primary gets its oldest contact as primary.
 */
export class CustomerProfile1763900000020 implements MigrationInterface {
  name = 'CustomerProfile1763900000020';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE customer
        ADD COLUMN annual_revenue_yen bigint CHECK (annual_revenue_yen BETWEEN 0 AND 1000000000000000),
        ADD COLUMN current_ratio numeric(6,2) CHECK (current_ratio BETWEEN 0 AND 1000),
        ADD COLUMN employee_count integer CHECK (employee_count BETWEEN 0 AND 10000000),
        ADD COLUMN industry text CHECK (industry IN (
          'AGRICULTURE_FORESTRY','FISHERIES','MINING','CONSTRUCTION','MANUFACTURING','UTILITIES',
          'INFORMATION_COMMUNICATIONS','TRANSPORT_POSTAL','WHOLESALE_RETAIL','FINANCE_INSURANCE',
          'REAL_ESTATE_LEASING','PROFESSIONAL_SERVICES','ACCOMMODATION_FOOD',
          'PERSONAL_SERVICES_AMUSEMENT','EDUCATION','MEDICAL_WELFARE','COMPOUND_SERVICES',
          'OTHER_SERVICES','GOVERNMENT','UNCLASSIFIED')),
        ADD COLUMN engagement text CHECK (engagement IN ('HIGH','MEDIUM','LOW'))`);

    await q.query(`
      UPDATE customer_contact c SET is_primary = false
       WHERE c.is_primary AND EXISTS (
         SELECT 1 FROM customer_contact o
          WHERE o.customer_id = c.customer_id AND o.is_primary AND (o.created_at, o.id) < (c.created_at, c.id))`);
    await q.query(`
      UPDATE customer_contact SET is_primary = true
       WHERE id IN (
         SELECT DISTINCT ON (x.customer_id) x.id FROM customer_contact x
          WHERE NOT EXISTS (SELECT 1 FROM customer_contact p WHERE p.customer_id = x.customer_id AND p.is_primary)
          ORDER BY x.customer_id, x.created_at, x.id)`);
    await q.query(
      `CREATE UNIQUE INDEX customer_contact_one_primary_idx ON customer_contact (customer_id) WHERE is_primary`,
    );
    await q.query(`
      CREATE FUNCTION customer_contact_has_primary() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        cid uuid;
      BEGIN
        FOREACH cid IN ARRAY ARRAY[
          CASE WHEN TG_OP <> 'DELETE' THEN NEW.customer_id END,
          CASE WHEN TG_OP <> 'INSERT' THEN OLD.customer_id END]
        LOOP
          CONTINUE WHEN cid IS NULL;
          IF EXISTS (SELECT 1 FROM customer_contact WHERE customer_id = cid)
             AND NOT EXISTS (SELECT 1 FROM customer_contact WHERE customer_id = cid AND is_primary) THEN
            RAISE EXCEPTION 'customer % has contacts but no primary contact', cid
              USING ERRCODE = 'check_violation';
          END IF;
        END LOOP;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER customer_contact_has_primary
        AFTER INSERT OR DELETE OR UPDATE OF is_primary, customer_id ON customer_contact
        DEFERRABLE INITIALLY DEFERRED
        FOR EACH ROW EXECUTE FUNCTION customer_contact_has_primary()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS customer_contact_has_primary ON customer_contact`);
    await q.query(`DROP FUNCTION IF EXISTS customer_contact_has_primary()`);
    await q.query(`DROP INDEX IF EXISTS customer_contact_one_primary_idx`);
    await q.query(`
      ALTER TABLE customer
        DROP COLUMN IF EXISTS annual_revenue_yen,
        DROP COLUMN IF EXISTS current_ratio,
        DROP COLUMN IF EXISTS employee_count,
        DROP COLUMN IF EXISTS industry,
        DROP COLUMN IF EXISTS engagement`);
  }
}
