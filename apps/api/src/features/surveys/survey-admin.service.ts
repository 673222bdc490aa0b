import type { DataSource, EntityManager } from 'typeorm';
import {
  surveyTextErrors,
  userError,
  validateSurveyDraft,
  type SurveyKind,
  type SurveyTexts,
  type UserErrorData,
  type AuditAction,
} from '@kizuna/domain';
import type { Actor } from '../../graphql/context';
import { recordAudit } from '../audit/audit.service';
import { surveysByIds, type SurveyRow } from './survey.queries';

export type SurveyOutcome =
  { ok: true; survey: SurveyRow } | { ok: false; errors: UserErrorData[] };

interface Who {
  actor: Actor;
  requestId: string;
}

const trimmed = (s: string | null | undefined) => (typeof s === 'string' ? s.trim() : null);

/** A new survey (surveys:manage), audited; DUPLICATE for a code in use. */
export async function createSurvey(
  dataSource: DataSource,
  who: Who,
  d: { code: string; kind: SurveyKind } & Required<{ [K in keyof SurveyTexts]: string }>,
): Promise<SurveyOutcome> {
  const errors = validateSurveyDraft(d);
  if (errors.length > 0) return { ok: false, errors };
  return dataSource.transaction(async (m) => {
    const [row]: { id: string }[] = await m.query(
      `INSERT INTO survey (code, kind, title_ja, title_en, question_ja, question_en)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (code) DO NOTHING RETURNING id`,
      [
        d.code,
        d.kind,
        d.titleJa.trim(),
        d.titleEn.trim(),
        d.questionJa.trim(),
        d.questionEn.trim(),
      ],
    );
    if (!row) return { ok: false, errors: [userError('DUPLICATE', 'code', { value: d.code })] };
    const [survey] = await surveysByIds(m, [row.id]);
    await audit(m, who, 'survey.created', row.id, null, survey);
    return { ok: true, survey: survey! };
  });
}

/** Change a survey's texts or whether it takes answers; its code and kind stay. */
export async function updateSurvey(
  dataSource: DataSource,
  who: Who,
  id: string | null,
  u: SurveyTexts & { active?: boolean | null },
): Promise<SurveyOutcome> {
  const errors = surveyTextErrors(u);
  if (errors.length > 0) return { ok: false, errors };
  return dataSource.transaction(async (m) => {
    const [before] = id ? await surveysByIds(m, [id]) : [];
    if (!before) return { ok: false, errors: [userError('NOT_FOUND', 'surveyId')] };
    await m.query(
      `UPDATE survey SET title_ja = coalesce($2, title_ja), title_en = coalesce($3, title_en),
              question_ja = coalesce($4, question_ja), question_en = coalesce($5, question_en),
              active = coalesce($6, active)
        WHERE id = $1`,
      [
        before.id,
        trimmed(u.titleJa),
        trimmed(u.titleEn),
        trimmed(u.questionJa),
        trimmed(u.questionEn),
        u.active ?? null,
      ],
    );
    const [survey] = await surveysByIds(m, [before.id]);
    await audit(m, who, 'survey.updated', before.id, before, survey);
    return { ok: true, survey: survey! };
  });
}

function audit(
  m: EntityManager,
  who: Who,
  action: AuditAction,
  id: string,
  before: unknown,
  after: unknown,
) {
  return recordAudit(m, {
    actor: who.actor,
    requestId: who.requestId,
    action,
    entityType: 'Survey',
    entityId: id,
    before,
    after,
  });
}
