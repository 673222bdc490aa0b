import {
  CHURN_REASON_LABELS,
  isChurnReason,
  STAGE_CHANGE_REASON_LABELS,
  STAGE_CHANGE_REASONS,
  type StageChangeReason,
} from '@kizuna/domain';
import { pick } from '../../../i18n/language';

/** Codes older rows hold for the same reasons. */
const LEGACY_REASONS: Readonly<Record<string, StageChangeReason>> = { startTrial: 'TRIAL_STARTED' };

const isStageChangeReason = (v: string): v is StageChangeReason =>
  (STAGE_CHANGE_REASONS as readonly string[]).includes(v);

/**
 * A lifecycle step's note in the UI language: a reason code, a legacy code, or (older
 * cancellations) the churn reason code. Anything else is free text and shown as written.
 */
export function stageChangeNoteLabel(note: string, language: string): string {
  const reason = LEGACY_REASONS[note] ?? note;
  if (isStageChangeReason(reason)) return pick(STAGE_CHANGE_REASON_LABELS[reason], language);
  if (isChurnReason(note)) {
    const cancellation = pick(STAGE_CHANGE_REASON_LABELS.CANCELLATION, language);
    const separator = language === 'en' ? ': ' : '：';
    return `${cancellation}${separator}${pick(CHURN_REASON_LABELS[note], language)}`;
  }
  return note;
}

/** What the contract history and the fee history name a change by (`changeKind.*` messages). */
export const CHANGE_KINDS = [
  'TRIAL_STARTED',
  'CONVERTED',
  'CONVERSION',
  'PLAN_CHANGE',
  'OPTION_CHANGE',
  'CANCELLATION',
  'TRIAL_EXPIRED',
  'REACTIVATION',
  'SECOND_TRIAL',
  'PRICE_CHANGE',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const isChangeKind = (v: string): v is ChangeKind =>
  (CHANGE_KINDS as readonly string[]).includes(v);
