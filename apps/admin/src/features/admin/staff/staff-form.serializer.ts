import {
  STAFF_ROLES,
  type StaffRole,
  type UserErrorData,
  userError,
  validateEmail,
} from '@kizuna/domain';
import type { CreateStaffMemberInput, UpdateStaffMemberInput } from '../../../gql/graphql';

/** What the staff form holds; email and password only when creating. */
export interface StaffFormValues {
  email?: string;
  displayName?: string;
  roles?: StaffRole[];
  password?: string;
}

/** Input paths of the create form, as the API names them in userErrors. */
export const CREATE_STAFF_FIELDS = ['email', 'displayName', 'roles', 'password'] as const;
export const UPDATE_STAFF_FIELDS = ['displayName', 'roles'] as const;

/** Roles in the catalogue's order, each once. */
const orderedRoles = (roles: readonly StaffRole[] = []): StaffRole[] =>
  STAFF_ROLES.filter((r) => roles.includes(r));

/** The refusals the domain makes before anything is sent (the API makes the same ones). */
export function checkStaff(values: StaffFormValues, mode: 'create' | 'update'): UserErrorData[] {
  const errors: UserErrorData[] = [];
  if (mode === 'create') {
    if (!values.email?.trim()) errors.push(userError('REQUIRED', 'email'));
    else {
      const email = validateEmail(values.email);
      if (!email.ok) errors.push(email.error);
    }
  }
  if (!values.displayName?.trim()) errors.push(userError('REQUIRED', 'displayName'));
  if (orderedRoles(values.roles).length === 0) errors.push(userError('REQUIRED', 'roles'));
  if (mode === 'create' && !values.password) errors.push(userError('REQUIRED', 'password'));
  return errors;
}

/**
 * Form → CreateStaffMemberInput: the email as the domain normalises it (half-width, domain in
 * lower case), the name trimmed, the roles in their usual order; the password exactly as typed.
 */
export function serializeCreateStaff(values: StaffFormValues): CreateStaffMemberInput {
  const email = validateEmail(values.email ?? '');
  return {
    email: email.ok ? email.value : (values.email ?? '').trim(),
    displayName: values.displayName?.trim() ?? '',
    roles: orderedRoles(values.roles),
    password: values.password ?? '',
  };
}

/** Form → UpdateStaffMemberInput of the staff member edited. */
export function serializeUpdateStaff(
  staffMemberId: string,
  values: StaffFormValues,
): UpdateStaffMemberInput {
  return {
    staffMemberId,
    displayName: values.displayName?.trim() ?? '',
    roles: orderedRoles(values.roles),
  };
}
