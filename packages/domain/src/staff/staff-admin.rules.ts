import { PERSON_NAME_MAX } from '../customers/contact.rules.js';
import { userError, type UserErrorData } from '../errors/user-error.js';
import { validateEmail } from '../jp/email.rules.js';
import { err, ok, type Result } from '../shared/result.js';
import {
  API_KEY_SCOPES,
  isApiKeyScope,
  STAFF_ROLES,
  type ApiKeyScope,
  type StaffRole,
} from './staff.rules.js';

/** A staff member's display name, at most this many characters. */
export const STAFF_DISPLAY_NAME_MAX = PERSON_NAME_MAX;
/** NIST SP 800-63B: length over composition rules. */
export const STAFF_PASSWORD_MIN_LENGTH = 12;
/** Hashing is deliberately slow: an unbounded password would be a cheap way to burn CPU. */
export const STAFF_PASSWORD_MAX_LENGTH = 256;
export const API_KEY_NAME_MAX = 100;

export interface StaffMemberDraft {
  email: string;
  displayName: string;
  roles: readonly string[];
}

export interface ValidStaffMember {
  /** Lower case: sign-in compares emails in lower case. */
  email: string;
  displayName: string;
  /** Distinct, in the order of STAFF_ROLES. */
  roles: StaffRole[];
}

const oneLine = (s: string) => s.trim().replace(/\s+/g, ' ');

/** A display name: required, one line, at most STAFF_DISPLAY_NAME_MAX characters. */
export function validateDisplayName(
  raw: string,
  field = 'displayName',
): Result<string, UserErrorData> {
  const name = oneLine(raw);
  if (name === '') return err(userError('REQUIRED', field));
  if ([...name].length > STAFF_DISPLAY_NAME_MAX)
    return err(userError('TOO_LONG', field, { max: STAFF_DISPLAY_NAME_MAX }));
  return ok(name);
}

/** Roles: at least one, each a known role; returned distinct and in STAFF_ROLES order. */
export function validateStaffRoles(
  roles: readonly string[],
  field = 'roles',
): Result<StaffRole[], UserErrorData> {
  if (roles.length === 0) return err(userError('REQUIRED', field));
  const unknown = roles.filter((r) => !(STAFF_ROLES as readonly string[]).includes(r));
  if (unknown.length > 0)
    return err(userError('OUT_OF_RANGE', field, { value: unknown.join(', ') }));
  return ok(STAFF_ROLES.filter((r) => roles.includes(r)));
}

/** A password: STAFF_PASSWORD_MIN_LENGTH to STAFF_PASSWORD_MAX_LENGTH characters. */
export function validateStaffPassword(password: string, field = 'password'): UserErrorData[] {
  const length = [...password].length;
  if (length < STAFF_PASSWORD_MIN_LENGTH)
    return [userError('PASSWORD_TOO_SHORT', field, { min: STAFF_PASSWORD_MIN_LENGTH })];
  if (length > STAFF_PASSWORD_MAX_LENGTH)
    return [userError('TOO_LONG', field, { max: STAFF_PASSWORD_MAX_LENGTH })];
  return [];
}

/** A new staff member's email, name and roles; every problem is reported. */
export function validateStaffMemberDraft(
  draft: StaffMemberDraft,
): Result<ValidStaffMember, UserErrorData[]> {
  const email = validateEmail(draft.email);
  const displayName = validateDisplayName(draft.displayName);
  const roles = validateStaffRoles(draft.roles);
  const errors = [email, displayName, roles].flatMap((r) => (r.ok ? [] : [r.error]));
  if (!email.ok || !displayName.ok || !roles.ok) return err(errors);
  return ok({
    email: email.value.toLowerCase(),
    displayName: displayName.value,
    roles: roles.value,
  });
}

export interface StaffMemberState {
  id: string;
  roles: readonly StaffRole[];
  active: boolean;
}

/**
 * May `actorId` deactivate `target`? Never oneself (an administrator locking themself out), never
 * the last active administrator (nobody could administer the install any more).
 */
export function deactivationRefusal(
  actorId: string,
  target: StaffMemberState,
  activeAdmins: number,
): UserErrorData | null {
  if (target.id === actorId) return userError('CANNOT_DEACTIVATE_SELF', 'staffMemberId');
  if (target.active && target.roles.includes('ADMIN') && activeAdmins <= 1)
    return userError('LAST_ACTIVE_ADMIN', 'staffMemberId');
  return null;
}

/** Taking ADMIN away from the last active administrator is refused like deactivating them. */
export function roleChangeRefusal(
  target: StaffMemberState,
  roles: readonly StaffRole[],
  activeAdmins: number,
): UserErrorData | null {
  const losesAdmin = target.roles.includes('ADMIN') && !roles.includes('ADMIN');
  return target.active && losesAdmin && activeAdmins <= 1
    ? userError('LAST_ACTIVE_ADMIN', 'roles')
    : null;
}

export interface ApiKeyDraft {
  name: string;
  scopes: readonly string[];
  expiresAt: Date | null;
}

export interface ValidApiKey {
  name: string;
  /** Distinct, in the order of API_KEY_SCOPES. */
  scopes: ApiKeyScope[];
  expiresAt: Date | null;
}

/** An API key: a name, at least one scope of API_KEY_SCOPES, an expiry (if any) in the future. */
export function validateApiKeyDraft(
  draft: ApiKeyDraft,
  now: Date,
): Result<ValidApiKey, UserErrorData[]> {
  const errors: UserErrorData[] = [];
  const name = oneLine(draft.name);
  if (name === '') errors.push(userError('REQUIRED', 'name'));
  else if ([...name].length > API_KEY_NAME_MAX)
    errors.push(userError('TOO_LONG', 'name', { max: API_KEY_NAME_MAX }));
  const invalid = draft.scopes.filter((s) => !isApiKeyScope(s));
  if (draft.scopes.length === 0) errors.push(userError('REQUIRED', 'scopes'));
  else if (invalid.length > 0)
    errors.push(userError('INVALID_SCOPE', 'scopes', { value: invalid.join(', ') }));
  if (draft.expiresAt && draft.expiresAt.getTime() <= now.getTime())
    errors.push(userError('DATE_IN_PAST', 'expiresAt'));
  if (errors.length > 0) return err(errors);
  return ok({
    name,
    scopes: API_KEY_SCOPES.filter((s) => draft.scopes.includes(s)),
    expiresAt: draft.expiresAt,
  });
}
