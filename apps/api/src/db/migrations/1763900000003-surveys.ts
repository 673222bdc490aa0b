import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Surveys (NPS, CSAT, CES), responses with analytics snapshots, respondents kept apart. */
export class Surveys1763900000003 implements MigrationInterface {
  name = 'Surveys1763900000003';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE survey (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        kind text NOT NULL CHECK (kind IN ('NPS','CSAT','CES')),
        title_ja text NOT NULL,
        title_en text NOT NULL,
        question_ja text NOT NULL,
        question_en text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX survey_kind_idx ON survey (kind, created_at DESC, id DESC)`);
    await q.query(`
      CREATE TABLE survey_response (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        survey_id uuid NOT NULL REFERENCES survey(id),
        customer_id uuid NOT NULL REFERENCES customer(id),
        score smallint NOT NULL CHECK (score BETWEEN 0 AND 10),
        comment text,
        -- The comment with personal data replaced by placeholders ([電話番号] …), masked once at
        -- write time by the domain rule, so that callers without personal-data permission read
        -- and search only this column.
        comment_masked text,
        comment_masked_kinds text[] NOT NULL DEFAULT '{}',
        channel text NOT NULL,
        answered_at timestamptz NOT NULL,
        -- Snapshots at answer time, so that analysis by plan and stage reflects the moment.
        plan_code text,
        stage text NOT NULL,
        -- Same file imported twice, or the same answer submitted twice: one response.
        dedupe_key text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Aggregations scan this index only (survey, period → score and the group keys).
    await q.query(`
      CREATE INDEX survey_response_survey_answered_idx ON survey_response (survey_id, answered_at)
      INCLUDE (score, plan_code, stage, customer_id)`);
    await q.query(
      `CREATE INDEX survey_response_answered_idx ON survey_response (answered_at DESC, id DESC)`,
    );
    await q.query(`CREATE INDEX survey_response_customer_idx ON survey_response (customer_id)`);
    await q.query(
      `CREATE INDEX survey_response_comment_trgm_idx ON survey_response USING gin (comment gin_trgm_ops) WHERE comment IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX survey_response_comment_masked_trgm_idx ON survey_response USING gin (comment_masked gin_trgm_ops) WHERE comment IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX survey_response_commented_idx ON survey_response (answered_at DESC, id DESC) WHERE comment IS NOT NULL`,
    );
    // Personal data of the respondent, apart so that erasure removes it alone.
    await q.query(`
      CREATE TABLE survey_respondent (
        response_id uuid PRIMARY KEY REFERENCES survey_response(id) ON DELETE CASCADE,
        name text,
        email text
      )`);
    // CSV imports are a queue: any API replica's worker claims the oldest QUEUED (or abandoned
    // RUNNING) import with FOR UPDATE SKIP LOCKED, and reports progress in the row itself.
    await q.query(`
      CREATE TABLE survey_import (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        file_name text NOT NULL,
        encoding text,
        status text NOT NULL CHECK (status IN ('QUEUED','RUNNING','DONE','FAILED')),
        content bytea,
        total_rows integer NOT NULL DEFAULT 0,
        processed_rows integer NOT NULL DEFAULT 0,
        imported_rows integer NOT NULL DEFAULT 0,
        duplicate_rows integer NOT NULL DEFAULT 0,
        error_rows integer NOT NULL DEFAULT 0,
        errors jsonb NOT NULL DEFAULT '[]'::jsonb,
        failure text,
        created_by uuid,
        created_by_api_key uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        heartbeat_at timestamptz,
        finished_at timestamptz
      )`);
    await q.query(
      `CREATE INDEX survey_import_pending_idx ON survey_import (created_at) WHERE status IN ('QUEUED','RUNNING')`,
    );
    await q.query(
      `CREATE INDEX survey_import_created_idx ON survey_import (created_at DESC, id DESC)`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of ['survey_import', 'survey_respondent', 'survey_response', 'survey']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
