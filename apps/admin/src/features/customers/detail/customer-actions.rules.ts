import {
  MAX_TRIAL_EXTENSION_DAYS,
  userError,
  validateSecondTrial,
  validateTrialExtension,
  type LifecycleStage,
  type UserErrorData,
} from '@kizuna/domain';

/** The lifecycle action the customer page offers, by stage. */
export type CustomerAction = 'START_TRIAL' | 'SECOND_TRIAL' | 'TRIAL_EXTENSION' | 'REACTIVATION';

interface TrialState {
  stage: LifecycleStage;
  trialStartedAt: string | null;
  trialExpiredAt: string | null;
  isTrialExpired: boolean;
}

/** Has this lead had a trial that ended (so that another one needs a double check)? */
const trialEnded = (c: TrialState) =>
  c.isTrialExpired || c.trialExpiredAt !== null || c.trialStartedAt !== null;

/**
 * A lead that never had a trial starts one at once; a lead whose trial ended needs a
 * double-checked second trial; a trial may be extended; a churned customer may sign again.
 */
export function customerActionFor(customer: TrialState): CustomerAction | null {
  switch (customer.stage) {
    case 'LEAD':
      return trialEnded(customer) ? 'SECOND_TRIAL' : 'START_TRIAL';
    case 'TRIAL':
      return 'TRIAL_EXTENSION';
    case 'CHURNED':
      return 'REACTIVATION';
    default:
      return null;
  }
}

/** Extra days still grantable to the current trial. */
export const trialExtensionAllowance = (trialExtendedDays: number) =>
  Math.max(0, MAX_TRIAL_EXTENSION_DAYS - trialExtendedDays);

/** Values of the reason-only requests (second trial, withdrawal of a scheduled change). */
export interface ReasonFormValues {
  reason?: string;
}

export interface TrialExtensionFormValues extends ReasonFormValues {
  days?: number | null;
}

/** A reason is what the checker decides on: it may not be blank. */
export function checkReason(values: ReasonFormValues): UserErrorData[] {
  return values.reason?.trim() ? [] : [userError('REQUIRED', 'reason')];
}

/** The domain's rule for a trial extension, with an empty day count reported as missing. */
export function checkTrialExtension(
  values: TrialExtensionFormValues,
  customer: { stage: LifecycleStage; trialEndsAt: string | null; trialExtendedDays: number },
): UserErrorData[] {
  const trial = {
    stage: customer.stage,
    trialEndsAt: customer.trialEndsAt ? new Date(customer.trialEndsAt) : null,
    trialExtendedDays: customer.trialExtendedDays,
  };
  const days = values.days;
  if (days === null || days === undefined) {
    const rest = validateTrialExtension(trial, 1, values.reason ?? '');
    return [userError('REQUIRED', 'days'), ...(rest.ok ? [] : rest.error)];
  }
  const checked = validateTrialExtension(trial, days, values.reason ?? '');
  return checked.ok ? [] : checked.error;
}

/** The domain's rule for a second trial: a lead whose trial ended, and a reason. */
export function checkSecondTrial(values: ReasonFormValues, customer: TrialState): UserErrorData[] {
  return validateSecondTrial(
    { stage: customer.stage, trialCount: trialEnded(customer) ? 1 : 0 },
    values.reason ?? '',
  );
}
