import { userError, type UserErrorData } from '../errors/user-error.js';
import { err, ok, type Result } from '../shared/result.js';
import { canTransition, type Transitions } from '../shared/state-machine.js';

export const LIFECYCLE_STAGES = ['LEAD', 'TRIAL', 'ACTIVE', 'CHURNED', 'ERASED'] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

export const LIFECYCLE_STAGE_LABELS: Record<LifecycleStage, { ja: string; en: string }> = {
  LEAD: { ja: 'リード', en: 'Lead' },
  TRIAL: { ja: 'トライアル', en: 'Trial' },
  ACTIVE: { ja: '有料契約', en: 'Active' },
  CHURNED: { ja: '解約', en: 'Churned' },
  ERASED: { ja: '消去済み', en: 'Erased' },
};

/**
 * LEAD → TRIAL → ACTIVE → CHURNED → ERASED, plus: a lead may sign directly; a trial that ends
 * without a conversion expires back to LEAD (an expired trial is not churn); a churned customer
 * may come back (win-back, reactivation); personal data may be erased from any non-active stage.
 * ERASED is final.
 */
export const STAGE_TRANSITIONS: Transitions<LifecycleStage> = {
  LEAD: { to: ['TRIAL', 'ACTIVE', 'ERASED'] },
  TRIAL: { to: ['ACTIVE', 'LEAD', 'ERASED'] },
  ACTIVE: { to: ['CHURNED'] },
  CHURNED: { to: ['ACTIVE', 'ERASED'] },
  ERASED: { to: [] },
};

/** May a customer move from one lifecycle stage to another? */
export const canTransitionStage = (from: LifecycleStage, to: LifecycleStage) =>
  canTransition(STAGE_TRANSITIONS, from, to);

/** The same, as a user error naming the stages. */
export function assertStageTransition(
  from: LifecycleStage,
  to: LifecycleStage,
): Result<void, UserErrorData> {
  return canTransitionStage(from, to)
    ? ok(undefined)
    : err(userError('INVALID_STAGE_TRANSITION', 'stage', { from, to }));
}
