import { userError, type UserErrorData } from '../errors/user-error.js';
import type { LifecycleStage } from '../lifecycle/lifecycle.rules.js';
import { validateMfaSelection } from '../mfa/mfa-policy.rules.js';
import { err, ok, type Result } from '../shared/result.js';
import {
  previewSubscriptionChange,
  type SubscriptionChangeInput,
  type SubscriptionChangePreview,
} from '../subscription/subscription-change.rules.js';
import { validateChurnReason } from './churn-reason.js';
import { validateEffectiveDate } from './effective-date.rules.js';
import type { ProvisioningKind } from './provisioning-workflow.js';

export interface DraftContext {
  kind: ProvisioningKind;
  stage: LifecycleStage;
  /** The subscription now (a trial's for a conversion); null when there is none. */
  current: { planCode: string; optionCodes: readonly string[]; isTrial: boolean } | null;
  proposal: {
    planCode: string | null;
    optionCodes: readonly string[];
    effectiveDate: string;
    churnReason: string | null;
    churnNote: string | null;
  };
  catalog: SubscriptionChangeInput['catalog'];
  /** Now; the effective date may not be before today in Asia/Tokyo. */
  today: Date;
}

const sameSet = (a: readonly string[], b: readonly string[]) => {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((v) => y.has(v));
};

/** A conversion starts from a trial; every other change from an active paid contract. */
function stageErrors({ kind, stage, current }: DraftContext): UserErrorData[] {
  if (kind === 'CONVERSION')
    return stage === 'TRIAL' ? [] : [userError('NOT_IN_TRIAL', 'customerId')];
  return stage === 'ACTIVE' && current ? [] : [userError('NOT_ACTIVE', 'customerId')];
}

function contentErrors({ kind, proposal, current, catalog }: DraftContext): UserErrorData[] {
  const errors: UserErrorData[] = [];
  if ((kind === 'CONVERSION' || kind === 'PLAN_CHANGE') && !proposal.planCode?.trim())
    errors.push(userError('REQUIRED', 'planCode'));
  if (kind === 'PLAN_CHANGE' && current && proposal.planCode === current.planCode)
    errors.push(userError('NO_CHANGE', 'planCode'));
  if (kind === 'OPTION_CHANGE' && current && sameSet(proposal.optionCodes, current.optionCodes))
    errors.push(userError('NO_CHANGE', 'optionCodes'));
  if (kind === 'CONVERSION' || kind === 'OPTION_CHANGE') {
    // The resulting option set: MFA options in it must span two factor categories.
    const byCode = new Map(catalog.options.map((o) => [o.code, o]));
    errors.push(...validateMfaSelection(proposal.optionCodes.flatMap((c) => byCode.get(c) ?? [])));
  }
  if (kind === 'CANCELLATION')
    errors.push(...validateChurnReason(proposal.churnReason, proposal.churnNote));
  return errors;
}

/**
 * Every rule a draft must pass before it goes to the check queue, per kind: CONVERSION needs a
 * TRIAL customer and a plan; the others an ACTIVE one; option sets must be real MFA; a
 * cancellation needs a churn reason; the effective date is today or later (JST). Catalog
 * membership (unknown/inactive plan or option) is checked by previewProvisioning.
 */
export function validateProvisioningDraft(
  ctx: DraftContext,
): Result<{ effectiveDate: string }, UserErrorData[]> {
  const date = validateEffectiveDate(ctx.proposal.effectiveDate, ctx.today);
  const errors = [...stageErrors(ctx), ...contentErrors(ctx), ...(date.ok ? [] : [date.error])];
  return errors.length === 0 && date.ok ? ok({ effectiveDate: date.value }) : err(errors);
}

/** The preview a request shows its maker and, after the check, everyone: a cancellation ends all. */
export function previewProvisioning(
  ctx: Pick<DraftContext, 'kind' | 'current' | 'catalog'> & {
    proposal: { planCode: string | null; optionCodes: readonly string[] };
  },
): Result<SubscriptionChangePreview, UserErrorData[]> {
  return previewSubscriptionChange({
    current: ctx.current,
    next:
      ctx.kind === 'CANCELLATION'
        ? null
        : { planCode: ctx.proposal.planCode ?? '', optionCodes: ctx.proposal.optionCodes },
    catalog: ctx.catalog,
  });
}
