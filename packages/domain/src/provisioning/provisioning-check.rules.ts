import { parseIsoDate } from '../calendar/iso-date.rules.js';
import { DEFAULT_CONTRACT_TERM, type ContractTerm } from '../revenue/contract-term.rules.js';
import { userError, type UserErrorData } from '../errors/user-error.js';
import { sameCodeSet } from '../shared/code-set.js';
import { err, ok, type Result } from '../shared/result.js';
import { hasRole, type StaffRole } from '../staff/staff.rules.js';
import type { ProvisioningKind, ProvisioningStatus } from './provisioning-workflow.js';

/**
 * Only a CHECKER who is not the maker may check a request. No role — not even ADMIN, which holds
 * every role in the demo — lets a maker check their own request; that refusal comes first. A
 * checker who returned, rejected or mismatched an earlier version has seen the maker's values, so
 * their check of a later version would not be blind: they may not check it again.
 */
export function canCheckRequest(
  actor: { id: string; roles: readonly StaffRole[] },
  request: { makerId: string; previousDeciderIds?: readonly string[] },
): Result<void, UserErrorData> {
  if (actor.id === request.makerId) return err(userError('SELF_APPROVAL_NOT_ALLOWED', 'requestId'));
  if (!hasRole(actor.roles, 'CHECKER')) return err(userError('FORBIDDEN', 'requestId'));
  if (request.previousDeciderIds?.includes(actor.id))
    return err(userError('CHECKER_ALREADY_DECIDED', 'requestId'));
  return ok(undefined);
}

/** The fields a checker may be asked to re-enter blind. */
export const CONFIRMATION_FIELDS = [
  'planCode',
  'optionCodes',
  'effectiveDate',
  'trialEndsOn',
  'corporateNumber',
  'creditAmountYen',
  'contractTerm',
] as const;
export type ConfirmationField = (typeof CONFIRMATION_FIELDS)[number];

/** Which fields the checker re-enters, per kind of request. */
export const CONFIRMATION_FIELDS_BY_KIND: Record<ProvisioningKind, readonly ConfirmationField[]> = {
  // A new contract's term (a month or a year) multiplies what renews by 12: it is re-entered
  // blind with the plan, options and date (ADR 0018).
  CONVERSION: ['planCode', 'optionCodes', 'effectiveDate', 'contractTerm'],
  PLAN_CHANGE: ['planCode', 'optionCodes', 'effectiveDate'],
  OPTION_CHANGE: ['planCode', 'optionCodes', 'effectiveDate'],
  REACTIVATION: ['planCode', 'optionCodes', 'effectiveDate', 'contractTerm'],
  CANCELLATION: ['effectiveDate'],
  TRIAL_EXTENSION: ['trialEndsOn'],
  SECOND_TRIAL: ['effectiveDate'],
  // The company's 法人番号, re-entered blind: erasure cannot be undone, so the checker proves
  // which company it is, not only when.
  ERASURE: ['corporateNumber'],
  // The credit (税抜, whole yen) Kizuna computed from the fee paid that month: the checker works
  // it out from the month's fee and the tier and re-enters it blind.
  SERVICE_CREDIT: ['creditAmountYen'],
};

export interface ConfirmationValues {
  planCode: string | null;
  optionCodes: readonly string[];
  effectiveDate: string;
  /** TRIAL_EXTENSION: the trial's new last day (YYYY-MM-DD, Asia/Tokyo). */
  trialEndsOn?: string | null;
  /** ERASURE: the company's corporate number (13 digits). */
  corporateNumber?: string | null;
  /** SERVICE_CREDIT: the credit excluding tax, whole yen. */
  creditAmountYen?: number | null;
  /** CONVERSION, REACTIVATION: the new contract's term; absent means the default (MONTHLY). */
  contractTerm?: ContractTerm | null;
}

/** Corporate numbers compare as their digits: full-width, hyphens and spaces do not matter. */
const sameCorporateNumber = (a: string | null | undefined, b: string | null | undefined) => {
  const digits = (s: string | null | undefined) =>
    (s ?? '').normalize('NFKC').replace(/[-\s]/g, '');
  return digits(a) !== '' && digits(a) === digits(b);
};

const trimmed = (codes: readonly string[]) => codes.map((c) => c.trim());
const sameSet = (a: readonly string[], b: readonly string[]) => sameCodeSet(trimmed(a), trimmed(b));

const samePlan = (a: string | null, b: string | null) =>
  (a?.trim() || null) === (b?.trim() || null);

/** Dates are compared as the YYYY-MM-DD they denote (2026/12/1 = 2026-12-01). */
const sameDate = (a: string, b: string) => {
  const canonical = (s: string) => {
    const parsed = parseIsoDate(s);
    return parsed.ok ? parsed.value : s.trim();
  };
  return canonical(a) === canonical(b);
};

/**
 * The fields (of those checked) where a checker's blind re-entry differs from the request
 * (option order is irrelevant; dates compare as the day they denote).
 */
export function compareConfirmation(
  proposed: ConfirmationValues,
  confirmation: ConfirmationValues,
  fields: readonly ConfirmationField[] = ['planCode', 'optionCodes', 'effectiveDate'],
): ConfirmationField[] {
  const same: Record<ConfirmationField, () => boolean> = {
    planCode: () => samePlan(proposed.planCode, confirmation.planCode),
    optionCodes: () => sameSet(proposed.optionCodes, confirmation.optionCodes),
    effectiveDate: () => sameDate(proposed.effectiveDate, confirmation.effectiveDate),
    trialEndsOn: () => sameDate(proposed.trialEndsOn ?? '', confirmation.trialEndsOn ?? ''),
    corporateNumber: () =>
      sameCorporateNumber(proposed.corporateNumber, confirmation.corporateNumber),
    creditAmountYen: () =>
      Number.isSafeInteger(proposed.creditAmountYen) &&
      proposed.creditAmountYen === confirmation.creditAmountYen,
    // Clients written before terms existed send none: that is the default term, as a request
    // without one is.
    contractTerm: () =>
      (proposed.contractTerm ?? DEFAULT_CONTRACT_TERM) ===
      (confirmation.contractTerm ?? DEFAULT_CONTRACT_TERM),
  };
  return fields.filter((field) => !same[field]());
}

/**
 * The maker's values are hidden from everyone else while the request waits for its blind check;
 * afterwards (returned or decided) everyone who may read the request sees them.
 */
export function canSeeProposal(
  viewer: { viewerId: string },
  request: { makerId: string; status: ProvisioningStatus },
): boolean {
  return viewer.viewerId === request.makerId || request.status !== 'PENDING_CHECK';
}
