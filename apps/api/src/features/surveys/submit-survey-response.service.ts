import type { DataSource } from 'typeorm';
import {
  userError,
  validateSurveyResponse,
  type SurveyKind,
  type UserErrorData,
} from '@kizuna/domain';
import type { Actor } from '../../graphql/context';
import { recordAudit } from '../audit/audit.service';
import {
  dedupeKeyOf,
  insertSurveyResponses,
  recordResponsesCreated,
} from './survey-response.store';

export interface SubmitSurveyResponseInput {
  surveyId: string | null;
  customerId: string | null;
  score: number;
  comment?: string | null;
  channel?: string | null;
  answeredAt: string;
  respondent?: { name?: string | null; email?: string | null } | null;
}

export type SubmitOutcome =
  { ok: true; responseId: string; duplicate: boolean } | { ok: false; errors: UserErrorData[] };

/**
 * Store one answer from an integrator. Unknown survey or customer, out-of-range score and
 * malformed dates are refused together; the same answer sent twice is stored once (the second
 * call returns the first response, marked duplicate).
 */
export async function submitSurveyResponse(
  dataSource: DataSource,
  actor: Actor,
  requestId: string,
  input: SubmitSurveyResponseInput,
  now: Date,
): Promise<SubmitOutcome> {
  const errors: UserErrorData[] = [];
  const [survey]: { id: string; kind: SurveyKind; active: boolean }[] = input.surveyId
    ? await dataSource.query(`SELECT id::text, kind, active FROM survey WHERE id = $1`, [
        input.surveyId,
      ])
    : [];
  if (!survey) errors.push(userError('NOT_FOUND', 'surveyId'));
  const [customer]: { id: string }[] = input.customerId
    ? await dataSource.query(`SELECT id::text FROM customer WHERE id = $1 AND stage <> 'ERASED'`, [
        input.customerId,
      ])
    : [];
  if (!customer) errors.push(userError('NOT_FOUND', 'customerId'));

  // Without a survey the scale is unknown; NPS's 0–10 still catches malformed input.
  const valid = validateSurveyResponse({ ...input, kind: survey?.kind ?? 'NPS' }, now);
  if (!valid.ok) errors.push(...valid.error.filter((e) => survey || e.field !== 'score'));
  if (errors.length > 0 || !valid.ok || !survey || !customer) return { ok: false, errors };

  const row = { surveyId: survey.id, customerId: customer.id, response: valid.value };
  return dataSource.transaction(async (m) => {
    const inserted = await insertSurveyResponses(m, [row]);
    const key = dedupeKeyOf(row);
    const newId = inserted.get(key);
    if (!newId) {
      const [existing]: { id: string }[] = await m.query(
        `SELECT id::text FROM survey_response WHERE dedupe_key = $1`,
        [key],
      );
      return { ok: true as const, responseId: existing!.id, duplicate: true };
    }
    await recordResponsesCreated(m, [row], inserted, now, 'API');
    await recordAudit(m, {
      actor,
      requestId,
      action: 'surveyResponse.submitted',
      entityType: 'SurveyResponse',
      entityId: newId,
      // No comment and no respondent: they may hold personal data.
      before: null,
      after: {
        surveyId: survey.id,
        customerId: customer.id,
        score: valid.value.score,
        channel: valid.value.channel,
        answeredAt: valid.value.answeredAt.toISOString(),
      },
    });
    return { ok: true as const, responseId: newId, duplicate: false };
  });
}
