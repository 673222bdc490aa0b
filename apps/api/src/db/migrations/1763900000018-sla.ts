import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * SLA and service credits (issue 15, ADR 0020).
 *
 * `sla_availability`: what the product's monitoring measured, per Tokyo month and plan, with the
 * plan's target when it was recorded (a later change of the target does not re-judge the month)
 * and the incident note (free text about the service, kept here and never in the audit trail).
 *
 * `sla_credit_tier`: the credit table, catalog data edited by admins. `below_percent` null is
 * "below the plan's own target"; the defaults are issue 15's.
 *
 * `service_credit_proposal`: what Kizuna computed for a SERVICE_CREDIT request (the fee paid
 * that month, the tier, the credit): the request's values, hidden until its blind check.
 * `service_credit`: a credit granted — written when its request is applied, never changed.
 *
 * SERVICE_CREDIT requests change no contract, so they do not count as a customer's one open
 * request: the partial unique index leaves them out.
 */
export class Sla1763900000018 implements MigrationInterface {
  name = 'Sla1763900000018';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sla_availability (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        plan_code text NOT NULL REFERENCES plan(code),
        availability_percent numeric(6,3) NOT NULL
          CHECK (availability_percent >= 0 AND availability_percent <= 100),
        target_percent numeric(6,3) NOT NULL,
        -- The step of the credit table the month earned when recorded (0: not breached).
        credit_percent integer NOT NULL DEFAULT 0 CHECK (credit_percent BETWEEN 0 AND 100),
        incident_note text,
        version integer NOT NULL DEFAULT 1,
        recorded_by uuid NOT NULL REFERENCES staff_user(id),
        recorded_at timestamptz NOT NULL,
        UNIQUE (month, plan_code)
      )`);

    await q.query(`
      CREATE TABLE sla_credit_tier (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        below_percent numeric(6,3) CHECK (below_percent > 0 AND below_percent <= 100),
        credit_percent integer NOT NULL CHECK (credit_percent BETWEEN 1 AND 100),
        UNIQUE NULLS NOT DISTINCT (below_percent)
      )`);
    await q.query(`
      INSERT INTO sla_credit_tier (below_percent, credit_percent)
      VALUES (NULL, 10), (99.0, 25), (95.0, 50)`);

    await q.query(
      `ALTER TABLE provisioning_request DROP CONSTRAINT provisioning_request_kind_check`,
    );
    await q.query(`ALTER TABLE provisioning_request ADD CONSTRAINT provisioning_request_kind_check
      CHECK (kind IN ('CONVERSION','PLAN_CHANGE','OPTION_CHANGE','CANCELLATION','TRIAL_EXTENSION','REACTIVATION','SECOND_TRIAL','ERASURE','SERVICE_CREDIT'))`);
    await q.query(`DROP INDEX provisioning_request_one_open_idx`);
    await q.query(`
      CREATE UNIQUE INDEX provisioning_request_one_open_idx ON provisioning_request (customer_id)
      WHERE status IN ('PENDING_CHECK','RETURNED') AND kind <> 'SERVICE_CREDIT'`);

    await q.query(`
      CREATE TABLE service_credit_proposal (
        request_id uuid PRIMARY KEY REFERENCES provisioning_request(id),
        availability_id uuid NOT NULL REFERENCES sla_availability(id),
        customer_id uuid NOT NULL REFERENCES customer(id),
        month date NOT NULL,
        plan_code text NOT NULL,
        measured_percent numeric(6,3) NOT NULL,
        target_percent numeric(6,3) NOT NULL,
        credit_percent integer NOT NULL CHECK (credit_percent BETWEEN 1 AND 100),
        service_days integer NOT NULL CHECK (service_days BETWEEN 1 AND 31),
        days_in_month integer NOT NULL CHECK (days_in_month BETWEEN 28 AND 31),
        fee_excl_tax integer NOT NULL CHECK (fee_excl_tax >= 0),
        credit_excl_tax integer NOT NULL CHECK (credit_excl_tax > 0),
        credit_tax integer NOT NULL CHECK (credit_tax >= 0),
        credit_incl_tax integer NOT NULL
      )`);
    await q.query(
      `CREATE INDEX service_credit_proposal_availability_idx ON service_credit_proposal (availability_id, customer_id)`,
    );

    await q.query(`
      CREATE TABLE service_credit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL REFERENCES customer(id),
        month date NOT NULL,
        plan_code text NOT NULL,
        request_id uuid NOT NULL UNIQUE REFERENCES provisioning_request(id),
        credit_percent integer NOT NULL,
        credit_excl_tax integer NOT NULL CHECK (credit_excl_tax > 0),
        credit_tax integer NOT NULL CHECK (credit_tax >= 0),
        credit_incl_tax integer NOT NULL,
        applied_at timestamptz NOT NULL
      )`);
    await q.query(
      `CREATE INDEX service_credit_customer_idx ON service_credit (customer_id, month DESC, applied_at DESC)`,
    );
    await q.query(`CREATE INDEX service_credit_month_idx ON service_credit (month, plan_code)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS service_credit`);
    await q.query(`DROP TABLE IF EXISTS service_credit_proposal`);
    await q.query(`DELETE FROM provisioning_request_event e USING provisioning_request r
                    WHERE e.request_id = r.id AND r.kind = 'SERVICE_CREDIT'`);
    await q.query(`DELETE FROM near_miss n USING provisioning_request r
                    WHERE n.request_id = r.id AND r.kind = 'SERVICE_CREDIT'`);
    await q.query(`DELETE FROM provisioning_request WHERE kind = 'SERVICE_CREDIT'`);
    await q.query(`DROP INDEX provisioning_request_one_open_idx`);
    await q.query(`
      CREATE UNIQUE INDEX provisioning_request_one_open_idx ON provisioning_request (customer_id)
      WHERE status IN ('PENDING_CHECK','RETURNED')`);
    await q.query(
      `ALTER TABLE provisioning_request DROP CONSTRAINT provisioning_request_kind_check`,
    );
    await q.query(`ALTER TABLE provisioning_request ADD CONSTRAINT provisioning_request_kind_check
      CHECK (kind IN ('CONVERSION','PLAN_CHANGE','OPTION_CHANGE','CANCELLATION','TRIAL_EXTENSION','REACTIVATION','SECOND_TRIAL','ERASURE'))`);
    await q.query(`DROP TABLE IF EXISTS sla_credit_tier`);
    await q.query(`DROP TABLE IF EXISTS sla_availability`);
  }
}
