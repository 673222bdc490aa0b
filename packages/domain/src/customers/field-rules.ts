import { userError, type UserErrorData } from '../errors/user-error.js';
import type { Result } from '../shared/result.js';

/** Nothing typed: null, undefined, or only spaces. */
export const isBlank = (v: string | null | undefined): v is null | undefined | '' =>
  v === null || v === undefined || v.trim() === '';

/**
 * Normalisers of typed fields that record each refusal, naming its field, into `errors` and
 * answer null for a refused or empty value: so that a form's every problem is reported at once.
 */
export function fieldRules(errors: UserErrorData[]) {
  return {
    /** Trimmed text with inner runs of spaces made one; REQUIRED when blank, TOO_LONG past `max`. */
    text(value: string | null | undefined, field: string, max: number, required: boolean) {
      if (isBlank(value)) {
        if (required) errors.push(userError('REQUIRED', field));
        return null;
      }
      const trimmed = value.trim().replace(/\s+/g, ' ');
      if (trimmed.length > max) errors.push(userError('TOO_LONG', field, { max }));
      return trimmed;
    },
    /** A value through one of the Japanese rules (kana, corporate number, email, phone). */
    normalised(
      value: string | null | undefined,
      field: string,
      normalise: (raw: string) => Result<string, UserErrorData>,
    ) {
      if (isBlank(value)) return null;
      const result = normalise(value);
      if (!result.ok) {
        errors.push({ ...result.error, field });
        return null;
      }
      return result.value;
    },
  };
}
