import type { EntityManager } from 'typeorm';
import { ERASED_TEXT, STAGE_CHANGE_REASONS, type ErasedCount } from '@kizuna/domain';

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
 * requests, near-misses and stage changes. The company record, contracts, fees and survey
 * scores stay. Returns the count per certificate category.
 *
 * Not touched because it holds none after processing: uploaded survey files (their chunks and
 * content are deleted when an import finishes; per-row errors hold line numbers and codes only).
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
  const freeText = await eraseFreeText(m, customerId);
  return [
    { category: 'contacts', count: contacts },
    { category: 'surveyRespondents', count: respondents },
    { category: 'surveyComments', count: comments },
    { category: 'freeText', count: freeText },
    { category: 'sessions', count: 0 },
  ];
}

/**
 * Raw comments are cleared. The masked copy (phones, emails… already replaced by the domain
 * masker) stays for analysis unless it still holds one of the customer's known personal values,
 * which the masker could not recognise (a bare family name, say): then it is erased too.
 */
async function eraseSurveyComments(
  m: EntityManager,
  customerId: string,
  known: readonly string[],
): Promise<number> {
  const masked = affected(
    await m.query(
      `UPDATE survey_response SET comment_masked = $3
        WHERE customer_id = $1 AND comment_masked IS NOT NULL
          AND EXISTS (SELECT 1 FROM unnest($2::text[]) v
                       WHERE strpos(normalize(comment_masked, NFKC), v) > 0
                          OR strpos(regexp_replace(comment_masked, '\\D', '', 'g'), v) > 0 AND v ~ '^\\d{6,}$')`,
      [customerId, known, ERASED_TEXT],
    ),
  );
  const raw = affected(
    await m.query(
      `UPDATE survey_response SET comment = NULL WHERE customer_id = $1 AND comment IS NOT NULL`,
      [customerId],
    ),
  );
  return Math.max(raw, masked);
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
