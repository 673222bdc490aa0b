import {
  API_KEY_SCOPES,
  isApiKeyScope,
  isoDateJst,
  type UserErrorData,
  userError,
  validateEffectiveDate,
} from '@kizuna/domain';
import type { CreateApiKeyInput } from '../../../gql/graphql';

/** What the create form holds; the expiry is a Tokyo calendar date (YYYY-MM-DD) or none. */
export interface CreateApiKeyValues {
  name?: string;
  scopes?: string[];
  expiresAt?: string | null;
}

/** Input paths of the form, as the API names them in userErrors. */
export const CREATE_API_KEY_FIELDS = ['name', 'scopes', 'expiresAt'] as const;

/**
 * The refusals the domain makes before anything is sent: a name, at least one known scope, and
 * an expiry (if any) after today in Tokyo — a key expiring today would be dead on arrival.
 */
export function checkCreateApiKey(values: CreateApiKeyValues, now: Date): UserErrorData[] {
  const errors: UserErrorData[] = [];
  if (!values.name?.trim()) errors.push(userError('REQUIRED', 'name'));
  const scopes = values.scopes ?? [];
  if (scopes.length === 0) errors.push(userError('REQUIRED', 'scopes'));
  const unknown = scopes.filter((s) => !isApiKeyScope(s));
  if (unknown.length > 0)
    errors.push(userError('OUT_OF_RANGE', 'scopes', { value: unknown.join(', ') }));
  if (values.expiresAt) {
    const date = validateEffectiveDate(values.expiresAt, now, 'expiresAt');
    if (!date.ok) errors.push(date.error);
    else if (date.value === isoDateJst(now)) errors.push(userError('DATE_IN_PAST', 'expiresAt'));
  }
  return errors;
}

/** Form → CreateApiKeyInput: the name trimmed, scopes in the catalogue's order, expiry at 00:00 JST. */
export function serializeCreateApiKey(values: CreateApiKeyValues): CreateApiKeyInput {
  const scopes = values.scopes ?? [];
  return {
    name: values.name?.trim() ?? '',
    scopes: API_KEY_SCOPES.filter((s) => scopes.includes(s)),
    expiresAt: values.expiresAt ? `${values.expiresAt}T00:00:00+09:00` : null,
  };
}
