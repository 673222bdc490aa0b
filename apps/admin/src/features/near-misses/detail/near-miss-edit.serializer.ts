import type { NearMissCause, NearMissStatus } from '@kizuna/domain';
import type { NearMissErredSide, UpdateNearMissInput } from '../../../gql/graphql';

/** What the near-miss analysis form holds. */
export interface NearMissEditValues {
  description?: string;
  causeCategory?: NearMissCause | null;
  countermeasure?: string;
  status?: NearMissStatus;
  /** A blind-check mismatch: whose entry was wrong. */
  erredSide?: NearMissErredSide | null;
}

export const NEAR_MISS_EDIT_FIELDS = [
  'description',
  'causeCategory',
  'countermeasure',
  'status',
  'erredSide',
] as const;

/**
 * Form → UpdateNearMissInput. Every field is sent: an emptied countermeasure is null (removed),
 * an emptied description is "" so that the API says it is required; the erred side when the form
 * has it (automatic near-misses).
 */
export function serializeNearMissEdit(
  nearMissId: string,
  values: NearMissEditValues,
): UpdateNearMissInput {
  return {
    nearMissId,
    description: values.description?.trim() ?? '',
    causeCategory: values.causeCategory ?? null,
    countermeasure: values.countermeasure?.trim() || null,
    ...(values.status ? { status: values.status } : {}),
    // Only a mismatch has sides; a manual record's form has no such field.
    ...(values.erredSide !== undefined ? { erredSide: values.erredSide } : {}),
  };
}
