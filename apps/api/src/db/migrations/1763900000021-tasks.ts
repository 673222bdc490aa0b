import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Customer-success tasks (issue 16, ADR 0021).
 *
 * A task is due on a Tokyo date (`due_on`; overdue once that day has ended). Automatic tasks
 * (KICKOFF after a conversion, FOLLOW_UP after a detractor's answer) have no title of their own
 * (the console shows their kind's, in the reader's language) and name what raised them
 * (`source_type`, `source_id`); a MANUAL task has the title staff typed (free text: erasure
 * overwrites it).
 *
 * Coordination is PostgreSQL's alone: a source raises its task once (unique index, so a retried
 * or concurrent apply cannot raise two), and a customer has at most one open FOLLOW_UP (a second
 * detractor while one is open adds nothing: the call is already planned).
 *
 * Lists are ordered open first, then by due date: an open task due before today is overdue, so
 * overdue tasks come first without the order depending on the clock (the indexes serve it).
 */
export class Tasks1763900000021 implements MigrationInterface {
  name = 'Tasks1763900000021';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE task (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('KICKOFF','FOLLOW_UP','MANUAL')),
        title text CHECK (length(title) BETWEEN 1 AND 200),
        assignee_id uuid REFERENCES staff_user(id),
        due_on date NOT NULL,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','DONE','CANCELLED')),
        source_type text CHECK (source_type IN ('PROVISIONING_REQUEST','SURVEY_RESPONSE')),
        source_id uuid,
        created_by uuid REFERENCES staff_user(id),
        created_at timestamptz NOT NULL,
        completed_at timestamptz,
        completed_by uuid REFERENCES staff_user(id),
        cancelled_at timestamptz,
        CHECK ((kind = 'MANUAL') = (title IS NOT NULL)),
        CHECK ((kind = 'MANUAL') = (source_type IS NULL)),
        CHECK ((source_type IS NULL) = (source_id IS NULL)),
        CHECK ((status = 'DONE') = (completed_at IS NOT NULL)),
        CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX task_source_once_idx ON task (kind, source_type, source_id) WHERE source_id IS NOT NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX task_one_open_follow_up_idx ON task (customer_id) WHERE kind = 'FOLLOW_UP' AND status = 'OPEN'`,
    );
    await q.query(`CREATE INDEX task_order_idx ON task ((status <> 'OPEN'), due_on, id)`);
    await q.query(
      `CREATE INDEX task_assignee_order_idx ON task (assignee_id, (status <> 'OPEN'), due_on, id)`,
    );
    await q.query(
      `CREATE INDEX task_customer_order_idx ON task (customer_id, (status <> 'OPEN'), due_on, id)`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS task`);
  }
}
