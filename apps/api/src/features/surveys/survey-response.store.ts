import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  maskPersonalData,
  surveyResponseFingerprint,
  type ValidSurveyResponse,
} from '@kizuna/domain';
import type { Queryable } from '../../db/queryable';
import { fromGlobalId, toGlobalId } from '../../graphql/relay';
import { enqueueOutboxBatch } from '../outbox/outbox.service';
import { raiseDetractorFollowUps } from '../tasks/automatic-tasks';

export interface NewSurveyResponse {
  surveyId: string;
  customerId: string;
  response: ValidSurveyResponse;
}

/** The stored dedupe key: what makes an answer the same answer, hashed. */
export function dedupeKeyOf(r: NewSurveyResponse): string {
  return createHash('sha256')
    .update(surveyResponseFingerprint(r.surveyId, r.customerId, r.response))
    .digest('base64url');
}

/**
 * Insert answers in one statement: each response with its respondent (personal data, apart)
 * and a snapshot of the customer's plan and stage at this moment. An answer already stored
 * (same dedupe key) is skipped, so retries and re-imported files never duplicate. Returns the
 * ids of the responses inserted, by dedupe key.
 */
export async function insertSurveyResponses(
  db: Queryable,
  rows: readonly NewSurveyResponse[],
): Promise<Map<string, string>> {
  const unique = new Map<string, NewSurveyResponse>();
  for (const row of rows) {
    const key = dedupeKeyOf(row);
    if (!unique.has(key)) unique.set(key, row);
  }
  if (unique.size === 0) return new Map();
  const list = [...unique.entries()];
  const col = <T>(f: (r: NewSurveyResponse) => T) => list.map(([, r]) => f(r));
  const masked = list.map(([, r]) =>
    r.response.comment ? maskPersonalData(r.response.comment) : null,
  );
  const inserted: { id: string; dedupe_key: string }[] = await db.query(
    `WITH input AS (
       SELECT * FROM unnest($1::text[], $2::uuid[], $3::uuid[], $4::smallint[], $5::text[],
                            $6::text[], $7::timestamptz[], $8::text[], $9::text[], $10::text[], $11::text[])
         AS t(dedupe_key, survey_id, customer_id, score, comment, channel, answered_at, name, email,
              comment_masked, masked_kinds)
     ), saved AS (
       INSERT INTO survey_response
         (survey_id, customer_id, score, comment, comment_masked, comment_masked_kinds, channel,
          answered_at, plan_code, stage, dedupe_key)
       SELECT i.survey_id, i.customer_id, i.score, i.comment, i.comment_masked,
              coalesce(string_to_array(nullif(i.masked_kinds, ''), ','), '{}'), i.channel,
              i.answered_at, p.code, c.stage, i.dedupe_key
         FROM input i
         JOIN customer c ON c.id = i.customer_id
         LEFT JOIN subscription s ON s.customer_id = c.id
         LEFT JOIN plan p ON p.id = s.plan_id
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id, dedupe_key
     ), respondents AS (
       INSERT INTO survey_respondent (response_id, name, email)
       SELECT saved.id, i.name, i.email FROM saved JOIN input i USING (dedupe_key)
        WHERE i.name IS NOT NULL OR i.email IS NOT NULL
     )
     SELECT id::text, dedupe_key FROM saved`,
    [
      list.map(([key]) => key),
      col((r) => r.surveyId),
      col((r) => r.customerId),
      col((r) => r.response.score),
      col((r) => r.response.comment),
      col((r) => r.response.channel),
      col((r) => r.response.answeredAt.toISOString()),
      col((r) => r.response.respondentName),
      col((r) => r.response.respondentEmail),
      masked.map((m) => m?.text ?? null),
      masked.map((m) => (m ? [...new Set(m.masked)].join(',') : '')),
    ],
  );
  return new Map(inserted.map((r) => [r.dedupe_key, r.id]));
}

/**
 * survey_response.created for each answer just stored (`inserted`, as insertSurveyResponses
 * returned it), all in one statement in the caller's transaction. Scores and codes only: the
 * comment and the respondent are personal data. Then the follow-up tasks of detractors.
 */
export async function recordResponsesCreated(
  m: EntityManager,
  rows: readonly NewSurveyResponse[],
  inserted: ReadonlyMap<string, string>,
  occurredAt: Date,
  source: 'API' | 'CSV_IMPORT',
): Promise<void> {
  const seen = new Set<string>();
  const created = rows.flatMap((row) => {
    const id = inserted.get(dedupeKeyOf(row));
    if (!id || seen.has(id)) return [];
    seen.add(id);
    return [{ id, row }];
  });
  await enqueueOutboxBatch(
    m,
    created.map(({ id, row }) => ({
      type: 'survey_response.created' as const,
      aggregateType: 'Customer',
      aggregateId: row.customerId,
      occurredAt,
      payload: {
        surveyResponseId: toGlobalId('SurveyResponse', id),
        surveyId: toGlobalId('Survey', row.surveyId),
        customerId: toGlobalId('Customer', row.customerId),
        score: row.response.score,
        channel: row.response.channel,
        answeredAt: row.response.answeredAt.toISOString(),
        source,
      },
    })),
  );
  await raiseDetractorFollowUps(
    m,
    created.map(({ id }) => id),
    occurredAt,
  );
}

/** A response_id cell: the API's global id (what the export writes) or the bare uuid. */
export function responseUuid(value: string): string | null {
  const global = fromGlobalId(value);
  const id = global?.type === 'SurveyResponse' ? global.id : value;
  return UUID.test(id) ? id.toLowerCase() : null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Which of the answers named (response_id cells of an import) are stored, in one statement. */
export async function storedResponseIds(
  db: Queryable,
  cells: readonly (string | null)[],
): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const cell of cells) {
    const id = cell ? responseUuid(cell) : null;
    if (id) ids.add(id);
  }
  if (ids.size === 0) return new Set();
  const rows: { id: string }[] = await db.query(
    `SELECT id::text FROM survey_response WHERE id = ANY($1::uuid[])`,
    [[...ids]],
  );
  return new Set(rows.map((r) => r.id));
}
