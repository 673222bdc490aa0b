import { parseIsoDate } from '../calendar/iso-date.rules.js';
import { userError, type UserErrorData } from '../errors/user-error.js';
import { err, ok, type Result } from '../shared/result.js';
import { hasRole, type StaffRole } from '../staff/staff.rules.js';
import type { ProvisioningStatus } from './provisioning-workflow.js';

/**
 * Only a CHECKER who is not the maker may check a request. No role — not even ADMIN, which holds
 * every role in the demo — lets a maker check their own request; that refusal comes first.
 */
export function canCheckRequest(
  actor: { id: string; roles: readonly StaffRole[] },
  request: { makerId: string },
): Result<void, UserErrorData> {
  if (actor.id === request.makerId) return err(userError('SELF_APPROVAL_NOT_ALLOWED', 'requestId'));
  if (!hasRole(actor.roles, 'CHECKER')) return err(userError('FORBIDDEN', 'requestId'));
  return ok(undefined);
}

/** The fields a checker re-enters blind. */
export const CONFIRMATION_FIELDS = ['planCode', 'optionCodes', 'effectiveDate'] as const;
export type ConfirmationField = (typeof CONFIRMATION_FIELDS)[number];

export interface ConfirmationValues {
  planCode: string | null;
  optionCodes: readonly string[];
  effectiveDate: string;
}

const sameSet = (a: readonly string[], b: readonly string[]) => {
  const x = new Set(a.map((s) => s.trim()));
  const y = new Set(b.map((s) => s.trim()));
  return x.size === y.size && [...x].every((v) => y.has(v));
};

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

/** The fields where a checker's blind re-entry differs from the request (option order is irrelevant). */
export function compareConfirmation(
  proposed: ConfirmationValues,
  confirmation: ConfirmationValues,
): ConfirmationField[] {
  const same: Record<ConfirmationField, boolean> = {
    planCode: samePlan(proposed.planCode, confirmation.planCode),
    optionCodes: sameSet(proposed.optionCodes, confirmation.optionCodes),
    effectiveDate: sameDate(proposed.effectiveDate, confirmation.effectiveDate),
  };
  return CONFIRMATION_FIELDS.filter((field) => !same[field]);
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
