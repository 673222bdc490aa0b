import { userError, type UserErrorData } from '../errors/user-error.js';
import type { LifecycleStage } from '../lifecycle/lifecycle.rules.js';
import { sameCodeSet } from '../shared/code-set.js';
import type { ContractTerm } from '../revenue/contract-term.rules.js';
import { err, ok, type Result } from '../shared/result.js';
import { validateOptionSetChange } from '../subscription/option-set.rules.js';
import {
  previewSubscriptionChange,
  type SubscriptionChangeInput,
  type SubscriptionChangePreview,
} from '../subscription/subscription-change.rules.js';
import type { SubscriptionStatus } from '../subscription/subscription-status.js';
import { validateChurnReason } from './churn-reason.js';
import { validateEffectiveDate } from './effective-date.rules.js';
import type { ProvisioningKind } from './provisioning-workflow.js';

export interface DraftContext {
  kind: ProvisioningKind;
  stage: LifecycleStage;
  /**
   * The subscription now (a trial's for a conversion, the expired trial's for a lead converting
   * late, the cancelled one's for a reactivation); null when there is none.
   */
  current: {
    planCode: string;
    optionCodes: readonly string[];
    isTrial: boolean;
    status: SubscriptionStatus;
  } | null;
  proposal: {
    planCode: string | null;
    optionCodes: readonly string[];
    effectiveDate: string;
    churnReason: string | null;
    churnNote: string | null;
    /** The new contract's term; only a kind that starts a contract takes one (null: default). */
    contractTerm?: ContractTerm | null;
  };
  catalog: SubscriptionChangeInput['catalog'];
  /** Now; the effective date may not be before today in Asia/Tokyo. */
  today: Date;
}

/**
 * A conversion starts from a trial, or from a lead whose trial ran out (EXPIRED); a reactivation
 * from a churned customer (not an erased one); every other change from an active paid contract.
 */
function stageErrors({ kind, stage, current }: DraftContext): UserErrorData[] {
  switch (kind) {
    case 'CONVERSION':
      return stage === 'TRIAL' || (stage === 'LEAD' && current?.status === 'EXPIRED')
        ? []
        : [userError('NOT_IN_TRIAL', 'customerId')];
    case 'REACTIVATION':
    case 'ERASURE':
      return stage === 'CHURNED' ? [] : [userError('NOT_CHURNED', 'customerId')];
    case 'PLAN_CHANGE':
    case 'OPTION_CHANGE':
    case 'CANCELLATION':
      return stage === 'ACTIVE' && current ? [] : [userError('NOT_ACTIVE', 'customerId')];
    case 'TRIAL_EXTENSION':
    case 'SECOND_TRIAL':
      throw new RangeError('use validateTrialExtension/validateSecondTrial');
    case 'SERVICE_CREDIT':
      throw new RangeError('service credits are raised by recording availability, not drafted');
  }
}

/** Kinds that start a paid contract: the plan is required and the whole option set must be valid. */
const startsContract = (kind: ProvisioningKind) => kind === 'CONVERSION' || kind === 'REACTIVATION';

/**
 * Kinds whose request states the new contract's term (MONTHLY unless said): those that start a
 * contract. A running contract keeps its term — changing it would move the renewal date and turn
 * a shortened annual term into a refund, which no request handles yet (ADR 0018).
 */
export const setsContractTerm = (kind: ProvisioningKind): boolean => startsContract(kind);

function contentErrors({ kind, proposal, current, catalog }: DraftContext): UserErrorData[] {
  const errors: UserErrorData[] = [];
  if ((startsContract(kind) || kind === 'PLAN_CHANGE') && !proposal.planCode?.trim())
    errors.push(userError('REQUIRED', 'planCode'));
  if (kind === 'PLAN_CHANGE' && current && proposal.planCode === current.planCode)
    errors.push(userError('NO_CHANGE', 'planCode'));
  if (kind === 'OPTION_CHANGE' && current && sameCodeSet(proposal.optionCodes, current.optionCodes))
    errors.push(userError('NO_CHANGE', 'optionCodes'));
  if (startsContract(kind) || kind === 'OPTION_CHANGE') {
    // An option change is judged on what it touches; a new contract's whole set must be valid.
    const held = kind === 'OPTION_CHANGE' ? (current?.optionCodes ?? null) : null;
    const options = catalog.options.map((o) => ({ ...o, optionGroup: o.optionGroup ?? null }));
    errors.push(...validateOptionSetChange(held, proposal.optionCodes, options));
  }
  if (kind === 'CANCELLATION')
    errors.push(...validateChurnReason(proposal.churnReason, proposal.churnNote));
  if ((proposal.contractTerm ?? null) !== null && !setsContractTerm(kind))
    errors.push(userError('CONTRACT_TERM_NOT_ALLOWED', 'contractTerm'));
  return errors;
}

/**
 * Every rule a draft must pass before it goes to the check queue, per kind: CONVERSION needs a
 * TRIAL customer (or a LEAD whose trial EXPIRED) and a plan; REACTIVATION a CHURNED one and a
 * plan; ERASURE a CHURNED one (nothing else); the others an ACTIVE one; option sets must be real MFA with one option per exclusive
 * group (an option change only for what it touches); a cancellation needs a churn reason; only a
 * conversion or reactivation states a contract term; the effective date is today or later (JST). Catalog membership (unknown/inactive plan or option) is
 * checked by previewProvisioning. TRIAL_EXTENSION and SECOND_TRIAL throw: they have their own
 * rules (validateTrialExtension, validateSecondTrial).
 */
export function validateProvisioningDraft(
  ctx: DraftContext,
): Result<{ effectiveDate: string }, UserErrorData[]> {
  const date = validateEffectiveDate(ctx.proposal.effectiveDate, ctx.today);
  const errors = [...stageErrors(ctx), ...contentErrors(ctx), ...(date.ok ? [] : [date.error])];
  return errors.length === 0 && date.ok ? ok({ effectiveDate: date.value }) : err(errors);
}

/**
 * The preview a request shows its maker and, after the check, everyone: a cancellation ends all; a
 * reactivation starts from the cancelled subscription (its plan and options are "before", at no
 * fee, since nothing is paid now); a mid-month effective date prices the first partial month.
 */
export function previewProvisioning(
  ctx: Pick<DraftContext, 'kind' | 'catalog'> & {
    current: {
      planCode: string;
      optionCodes: readonly string[];
      isTrial: boolean;
      status?: SubscriptionStatus;
    } | null;
    proposal: { planCode: string | null; optionCodes: readonly string[]; effectiveDate?: string };
  },
): Result<SubscriptionChangePreview, UserErrorData[]> {
  const { kind, current, proposal } = ctx;
  // Nothing is paid before a reactivation or a late conversion: the old contract is over.
  const lapsed = current?.status === 'CANCELLED' || current?.status === 'EXPIRED';
  return previewSubscriptionChange({
    current: current && { ...current, isTrial: current.isTrial || lapsed },
    next:
      kind === 'CANCELLATION' || kind === 'ERASURE'
        ? null
        : { planCode: proposal.planCode ?? '', optionCodes: proposal.optionCodes },
    catalog: ctx.catalog,
    ...(kind === 'CANCELLATION' || kind === 'ERASURE' || proposal.effectiveDate === undefined
      ? {}
      : { effectiveDate: proposal.effectiveDate }),
  });
}
