import type { UserErrorData } from '@kizuna/domain';

/** What a service returns for a change: the value, or the refusals the payload's userErrors carry. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; errors: UserErrorData[] };

/** A refusal as an Outcome of any type. */
export const refused = <T = never>(...errors: UserErrorData[]): Outcome<T> => ({
  ok: false,
  errors,
});
