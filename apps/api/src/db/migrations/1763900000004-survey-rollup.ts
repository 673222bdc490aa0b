import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Daily rollup of survey answers: responses per (survey, Tokyo day, plan, stage, score), kept
 * exact by statement-level triggers on survey_response. Reports read it instead of the
 * responses (a million answers become ~10⁵ rows); a test proves both give the same figures.
 */
export class SurveyRollup1763900000004 implements MigrationInterface {
  name = 'SurveyRollup1763900000004';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE survey_response_daily (
        survey_id uuid NOT NULL REFERENCES survey(id),
        day date NOT NULL,
        -- '' when the customer had no plan (a key column cannot be NULL).
        plan_code text NOT NULL,
        stage text NOT NULL,
        score smallint NOT NULL,
        responses integer NOT NULL CHECK (responses >= 0),
        PRIMARY KEY (survey_id, day, plan_code, stage, score)
      )`);
    await q.query(`
      CREATE FUNCTION survey_response_daily_add() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Sorted, so that concurrent imports lock rollup rows in the same order (no deadlock).
        INSERT INTO survey_response_daily AS d (survey_id, day, plan_code, stage, score, responses)
        SELECT survey_id, (answered_at AT TIME ZONE 'Asia/Tokyo')::date, coalesce(plan_code, ''),
               stage, score, count(*)
          FROM new_rows GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (survey_id, day, plan_code, stage, score)
          DO UPDATE SET responses = d.responses + EXCLUDED.responses;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION survey_response_daily_remove() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE survey_response_daily d SET responses = d.responses - o.n
          FROM (SELECT survey_id, (answered_at AT TIME ZONE 'Asia/Tokyo')::date AS day,
                       coalesce(plan_code, '') AS plan_code, stage, score, count(*) AS n
                  FROM old_rows GROUP BY 1, 2, 3, 4, 5) o
         WHERE d.survey_id = o.survey_id AND d.day = o.day AND d.plan_code = o.plan_code
           AND d.stage = o.stage AND d.score = o.score;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER survey_response_daily_insert AFTER INSERT ON survey_response
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
        EXECUTE FUNCTION survey_response_daily_add()`);
    await q.query(`
      CREATE TRIGGER survey_response_daily_delete AFTER DELETE ON survey_response
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
        EXECUTE FUNCTION survey_response_daily_remove()`);
    // An update moves counts: out of the old key, into the new one.
    await q.query(`
      CREATE TRIGGER survey_response_daily_update_out AFTER UPDATE ON survey_response
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
        EXECUTE FUNCTION survey_response_daily_remove()`);
    await q.query(`
      CREATE TRIGGER survey_response_daily_update_in AFTER UPDATE ON survey_response
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
        EXECUTE FUNCTION survey_response_daily_add()`);
    await q.query(`
      INSERT INTO survey_response_daily (survey_id, day, plan_code, stage, score, responses)
      SELECT survey_id, (answered_at AT TIME ZONE 'Asia/Tokyo')::date, coalesce(plan_code, ''),
             stage, score, count(*)
        FROM survey_response GROUP BY 1, 2, 3, 4, 5`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const t of ['insert', 'delete', 'update_out', 'update_in'])
      await q.query(`DROP TRIGGER IF EXISTS survey_response_daily_${t} ON survey_response`);
    await q.query(`DROP FUNCTION IF EXISTS survey_response_daily_add()`);
    await q.query(`DROP FUNCTION IF EXISTS survey_response_daily_remove()`);
    await q.query(`DROP TABLE IF EXISTS survey_response_daily`);
  }
}
