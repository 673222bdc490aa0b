import type { EntityManager } from 'typeorm';
import {
  ERASED_TEXT,
  maskPersonalData,
  STAGE_CHANGE_REASONS,
  type ErasedCount,
} from '@kizuna/domain';
import { eraseTouchModelReason } from '../health/touch-model.service';
import { eraseTaskTitles } from '../tasks/automatic-tasks';

/** An UPDATE/DELETE through TypeORM's query answers [rows, affected count]. */
const affected = (result: unknown): number => (result as [unknown, number])[1];

/**
 * Every personal value Kizuna holds about the customer's people (contacts and survey
 * respondents), read before they are deleted: a kept copy of text must contain none of them.
 */
async function knownPersonalValues(m: EntityManager, customerId: string): Promise<string[]> {
  const rows: { v: string | null }[] = await m.query(
    `SELECT unnest(ARRAY[family_name, given_name, family_name_kana, given_name_kana, email, phone]) AS v
       FROM customer_contact WHERE customer_id = $1
     UNION
     SELECT unnest(ARRAY[r.name, r.email]) FROM survey_respondent r
       JOIN survey_response s ON s.id = r.response_id WHERE s.customer_id = $1`,
    [customerId],
  );
  const values = new Set<string>();
  for (const { v } of rows) {
    const value = v?.normalize('NFKC').trim();
    if (!value) continue;
    values.add(value);
    // A full name is also written without its space (山田 太郎 → 山田太郎).
    for (const part of value.split(/\s+/)) if (part) values.add(part);
    values.add(value.replace(/\s+/g, ''));
    // Phones are also written with other separators or none.
    if (/^[\d\s+()-]+$/.test(value)) values.add(value.replace(/\D/g, ''));
  }
  return [...values].filter((v) => v.length > 0);
}

/**
 * Remove every piece of personal data of one customer, inside the caller's transaction (the
 * erasure's apply): contacts, survey respondents, raw survey comments, and free text of its
 * requests, near-misses, stage changes, tasks and touch-model overrides (their reasons). The
 * company record, contracts, fees and survey scores stay. Returns the count per certificate
 * category.
 *
 * Uploaded survey files are deleted when their import finishes (per-row errors hold line numbers
 * and codes only); the names of those files are cleared when they name one of its people. A file
 * still queued when the erasure applies is imported without this customer's rows (ERASED
 * customers take no answers) and then deleted.
 * Sessions and API keys belong to staff and integrators, never to a customer's people: 0.
 */
export async function erasePersonalData(
  m: EntityManager,
  customerId: string,
): Promise<ErasedCount[]> {
  const known = await knownPersonalValues(m, customerId);

  const contacts = affected(
    await m.query(`DELETE FROM customer_contact WHERE customer_id = $1`, [customerId]),
  );
  const respondents = affected(
    await m.query(
      `DELETE FROM survey_respondent r USING survey_response s
        WHERE s.id = r.response_id AND s.customer_id = $1`,
      [customerId],
    ),
  );
  const comments = await eraseSurveyComments(m, customerId, known);
  const freeText =
    (await eraseFreeText(m, customerId)) +
    (await eraseImportFileNames(m, known)) +
    (await eraseTaskTitles(m, customerId)) +
    (await eraseTouchModelReason(m, customerId));
  return [
    { category: 'contacts', count: contacts },
    { category: 'surveyRespondents', count: respondents },
    { category: 'surveyComments', count: comments },
    { category: 'freeText', count: freeText },
    { category: 'sessions', count: 0 },
  ];
}

/** Does a kept text still hold one of the customer's known personal values? */
function holdsKnownValue(text: string, known: readonly string[]): boolean {
  const normalized = text.normalize('NFKC');
  const digits = normalized.replace(/\D/g, '');
  return known.some(
    (value) => normalized.includes(value) || (/^\d{6,}$/.test(value) && digits.includes(value)),
  );
}

interface CommentRow {
  id: string;
  comment: string | null;
  comment_masked: string | null;
  comment_masked_kinds: string[];
}

/**
 * Raw comments are cleared. The masked copy stays for analysis, made again by today's masker
 * (from the raw text while it exists, else from the copy itself: copies made by an older masker
 * may hold a name it did not know) — unless it still holds one of the customer's known personal
 * values, which no masker recognised (a bare family name, say): then it is erased too.
 */
async function eraseSurveyComments(
  m: EntityManager,
  customerId: string,
  known: readonly string[],
): Promise<number> {
  const rows: CommentRow[] = await m.query(
    `SELECT id::text, comment, comment_masked, comment_masked_kinds FROM survey_response
      WHERE customer_id = $1 AND (comment IS NOT NULL OR comment_masked IS NOT NULL)
      FOR UPDATE`,
    [customerId],
  );
  const changed: { id: string; masked: string; kinds: string[] }[] = [];
  for (const row of rows) {
    const source = row.comment ?? row.comment_masked ?? '';
    const remasked = maskPersonalData(source);
    const masked = holdsKnownValue(remasked.text, known) ? ERASED_TEXT : remasked.text;
    if (row.comment === null && masked === row.comment_masked) continue;
    const kinds = [...new Set([...row.comment_masked_kinds, ...remasked.masked])].sort();
    changed.push({ id: row.id, masked, kinds });
  }
  if (changed.length === 0) return 0;
  await m.query(
    `UPDATE survey_response r
        SET comment = NULL, comment_masked = c.masked,
            comment_masked_kinds = ARRAY(SELECT jsonb_array_elements_text(c.kinds))
       FROM unnest($1::uuid[], $2::text[], $3::jsonb[]) AS c(id, masked, kinds)
      WHERE r.id = c.id`,
    [
      changed.map((c) => c.id),
      changed.map((c) => c.masked),
      changed.map((c) => JSON.stringify(c.kinds)),
    ],
  );
  return changed.length;
}

/**
 * Import file names are kept to list past imports; one that names the customer's people (山田様
 * 回答.csv) loses its name. Finished imports only: a queued one is read by name nowhere.
 */
async function eraseImportFileNames(m: EntityManager, known: readonly string[]): Promise<number> {
  if (known.length === 0) return 0;
  return affected(
    await m.query(
      `UPDATE survey_import SET file_name = $2
        WHERE file_name <> $2
          AND EXISTS (SELECT 1 FROM unnest($1::text[]) v WHERE strpos(normalize(file_name, NFKC), v) > 0)`,
      [known, ERASED_TEXT],
    ),
  );
}

/**
 * Free text that people type about a customer can name its people: every such field of its
 * requests (and their history), its near-misses and its stage changes becomes ERASED_TEXT.
 * Codes stored in the same columns (a decision reason CONFIRMATION_MISMATCH, a stage change
 * reason) are not personal and stay. Returns how many fields were erased.
 */
async function eraseFreeText(m: EntityManager, customerId: string): Promise<number> {
  let count = 0;
  const text = (column: string) => `${column} = CASE WHEN ${column} IS NULL THEN NULL ELSE $2 END`;
  const [requests]: { fields: number }[][] = await m.query(
    `WITH erased AS (
       SELECT id, (churn_note IS NOT NULL)::int + (maker_note IS NOT NULL)::int
                + (decision_reason IS NOT NULL AND decision_reason <> 'CONFIRMATION_MISMATCH')::int
                + (withdrawal_reason IS NOT NULL)::int AS fields
         FROM provisioning_request WHERE customer_id = $1 FOR UPDATE)
     UPDATE provisioning_request r
        SET ${text('churn_note')}, ${text('maker_note')}, ${text('withdrawal_reason')},
            decision_reason = CASE WHEN decision_reason IS NULL OR decision_reason = 'CONFIRMATION_MISMATCH'
                                   THEN decision_reason ELSE $2 END
       FROM erased e WHERE e.id = r.id
     RETURNING e.fields`,
    [customerId, ERASED_TEXT],
  );
  count += (requests ?? []).reduce((sum, r) => sum + r.fields, 0);
  // The request history keeps notes and reasons of each step (resubmission, return, withdrawal).
  for (const key of ['note', 'reason']) {
    count += affected(
      await m.query(
        `UPDATE provisioning_request_event e SET details = jsonb_set(details, ARRAY[$2::text], to_jsonb($3::text))
           FROM provisioning_request r
          WHERE r.id = e.request_id AND r.customer_id = $1 AND e.details ? $2`,
        [customerId, key, ERASED_TEXT],
      ),
    );
  }
  count += affected(
    await m.query(
      `UPDATE subscription SET churn_note = $2 WHERE customer_id = $1 AND churn_note IS NOT NULL`,
      [customerId, ERASED_TEXT],
    ),
  );
  // Automatic near-miss descriptions are the system's own words; countermeasures are typed.
  const [nearMisses]: { fields: number }[][] = await m.query(
    `WITH erased AS (
       SELECT n.id, (n.source = 'MANUAL')::int + (n.countermeasure IS NOT NULL)::int AS fields
         FROM near_miss n
        WHERE n.customer_id = $1
           OR n.request_id IN (SELECT id FROM provisioning_request WHERE customer_id = $1)
        FOR UPDATE)
     UPDATE near_miss n
        SET description = CASE WHEN n.source = 'MANUAL' THEN $2 ELSE n.description END,
            countermeasure = CASE WHEN n.countermeasure IS NULL THEN NULL ELSE $2 END
       FROM erased e WHERE e.id = n.id
     RETURNING e.fields`,
    [customerId, ERASED_TEXT],
  );
  count += (nearMisses ?? []).reduce((sum, r) => sum + r.fields, 0);
  count += affected(
    await m.query(
      `UPDATE customer_stage_change SET note = $2
        WHERE customer_id = $1 AND note IS NOT NULL AND NOT (note = ANY($3::text[]))`,
      [customerId, ERASED_TEXT, [...STAGE_CHANGE_REASONS]],
    ),
  );
  return count;
}
