import { JST_OFFSET_MS } from '../calendar/jst-date.js';
import { userError, type UserErrorData } from '../errors/user-error.js';
import { validateEmail } from '../jp/email.rules.js';
import { toHalfWidthNumeric } from '../jp/width.js';
import { err, ok, type Result } from '../shared/result.js';
import { validateScore, type SurveyKind } from './survey-kind.js';

/** Where an answer came from. */
export const SURVEY_CHANNELS = ['EMAIL', 'WEB', 'IN_APP', 'PHONE', 'INTERVIEW', 'OTHER'] as const;
export type SurveyChannel = (typeof SURVEY_CHANNELS)[number];

export const SURVEY_CHANNEL_LABELS: Record<SurveyChannel, { ja: string; en: string }> = {
  EMAIL: { ja: 'メール', en: 'Email' },
  WEB: { ja: 'Web', en: 'Web' },
  IN_APP: { ja: 'アプリ内', en: 'In-app' },
  PHONE: { ja: '電話', en: 'Phone' },
  INTERVIEW: { ja: '面談', en: 'Interview' },
  OTHER: { ja: 'その他', en: 'Other' },
};

export const SURVEY_COMMENT_MAX_LENGTH = 4000;
export const RESPONDENT_NAME_MAX_LENGTH = 100;
/** Clocks differ: an answer up to this far in the future is accepted as "now". */
export const ANSWERED_AT_CLOCK_SKEW_MS = 5 * 60_000;

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?(Z|[+-]\d{2}:?\d{2})$/;
const LOCAL_DATE_TIME =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * When an answer was given: ISO 8601 with an offset (2026-04-01T10:30:00+09:00, …Z), or a
 * local Tokyo time as survey tools and Excel write it (2026/04/01 10:30, 2026-04-01, full-width
 * digits accepted). Impossible dates (2026-02-30, 25:00) are refused.
 */
export function parseAnsweredAt(raw: string, field = 'answeredAt'): Result<Date, UserErrorData> {
  const s = toHalfWidthNumeric(raw).trim();
  const iso = ISO_INSTANT.exec(s);
  const local = iso ? null : LOCAL_DATE_TIME.exec(s);
  const m = iso ?? local;
  if (!m) return err(userError('INVALID_DATE_TIME', field));
  const [y, mo, d, h, mi, sec] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const wall = Date.UTC(y, mo - 1, d, h, mi, sec);
  const check = new Date(wall);
  const real =
    check.getUTCFullYear() === y &&
    check.getUTCMonth() === mo - 1 &&
    check.getUTCDate() === d &&
    check.getUTCHours() === h &&
    check.getUTCMinutes() === mi &&
    check.getUTCSeconds() === sec;
  if (!real) return err(userError('INVALID_DATE_TIME', field));
  if (local) return ok(new Date(wall - JST_OFFSET_MS));
  const fraction = iso![7] ? Number(`0.${iso![7]}`) * 1000 : 0;
  const zone = iso![8]!;
  let offsetMs = 0;
  if (zone !== 'Z') {
    const digits = zone.replace(':', '');
    const sign = digits.startsWith('-') ? -1 : 1;
    const oh = Number(digits.slice(1, 3));
    const om = Number(digits.slice(3, 5));
    if (oh > 14 || om > 59) return err(userError('INVALID_DATE_TIME', field));
    offsetMs = sign * (oh * 60 + om) * 60_000;
  }
  return ok(new Date(wall + Math.floor(fraction) - offsetMs));
}

export interface SurveyResponseDraft {
  kind: SurveyKind;
  score: number;
  comment?: string | null;
  channel?: string | null;
  answeredAt: string;
  respondent?: { name?: string | null; email?: string | null } | null;
}

export interface ValidSurveyResponse {
  score: number;
  comment: string | null;
  channel: SurveyChannel;
  answeredAt: Date;
  respondentName: string | null;
  respondentEmail: string | null;
}

const blank = (v: string | null | undefined) => v === null || v === undefined || v.trim() === '';

/**
 * Check one answer against its survey's scale. The channel defaults to OTHER; the comment keeps
 * its line breaks but loses surrounding blanks; an answer from the future (beyond a few minutes
 * of clock skew) is refused.
 */
export function validateSurveyResponse(
  draft: SurveyResponseDraft,
  now: Date,
): Result<ValidSurveyResponse, UserErrorData[]> {
  const errors: UserErrorData[] = [];

  const score = validateScore(draft.kind, draft.score, 'score');
  if (!score.ok) errors.push(score.error);

  const comment = blank(draft.comment) ? null : draft.comment!.trim();
  if (comment && comment.length > SURVEY_COMMENT_MAX_LENGTH)
    errors.push(userError('TOO_LONG', 'comment', { max: SURVEY_COMMENT_MAX_LENGTH }));

  const channelRaw = blank(draft.channel) ? 'OTHER' : draft.channel!.trim().toUpperCase();
  const channel = (SURVEY_CHANNELS as readonly string[]).includes(channelRaw)
    ? (channelRaw as SurveyChannel)
    : null;
  if (!channel)
    errors.push(userError('UNKNOWN_CHANNEL', 'channel', { allowed: SURVEY_CHANNELS.join(', ') }));

  let answeredAt: Date | null = null;
  if (blank(draft.answeredAt)) errors.push(userError('REQUIRED', 'answeredAt'));
  else {
    const parsed = parseAnsweredAt(draft.answeredAt, 'answeredAt');
    if (!parsed.ok) errors.push(parsed.error);
    else if (parsed.value.getTime() > now.getTime() + ANSWERED_AT_CLOCK_SKEW_MS)
      errors.push(userError('DATE_IN_FUTURE', 'answeredAt'));
    else answeredAt = parsed.value;
  }

  const name = blank(draft.respondent?.name)
    ? null
    : draft.respondent!.name!.trim().replace(/\s+/g, ' ');
  if (name && name.length > RESPONDENT_NAME_MAX_LENGTH)
    errors.push(userError('TOO_LONG', 'respondent.name', { max: RESPONDENT_NAME_MAX_LENGTH }));

  let email: string | null = null;
  if (!blank(draft.respondent?.email)) {
    const parsed = validateEmail(draft.respondent!.email!);
    if (parsed.ok) email = parsed.value;
    else errors.push({ ...parsed.error, field: 'respondent.email' });
  }

  if (errors.length > 0) return err(errors);
  return ok({
    score: draft.score,
    comment,
    channel: channel!,
    answeredAt: answeredAt!,
    respondentName: name,
    respondentEmail: email,
  });
}

/**
 * What makes two answers the same answer, whichever way they arrive (API or a re-imported
 * file): survey, customer, instant, score, respondent and comment. Hash it to store it.
 */
export function surveyResponseFingerprint(
  surveyId: string,
  customerId: string,
  r: ValidSurveyResponse,
): string {
  return JSON.stringify([
    surveyId,
    customerId,
    r.answeredAt.toISOString(),
    r.score,
    r.respondentEmail ?? '',
    r.respondentName ?? '',
    r.comment ?? '',
  ]);
}
