import type { NearMissCause, NearMissKind } from '@kizuna/domain';
import type { RecordNearMissInput } from '../../../gql/graphql';
import { jstDateTimeInputToIso } from '../../../shared/dates';

/** What the record form holds; the kind is always set (it has a default and no "none"). */
export interface RecordNearMissValues {
  kind: NearMissKind;
  description?: string;
  /** Tokyo wall-clock time, YYYY-MM-DDTHH:mm. */
  occurredAt?: string | null;
  causeCategory?: NearMissCause | null;
  countermeasure?: string;
  customerId?: string | null;
  requestId?: string | null;
  fields?: string[];
}

/** Input paths of the form, as the API names them in userErrors. */
export const RECORD_NEAR_MISS_FIELDS = [
  'kind',
  'description',
  'occurredAt',
  'causeCategory',
  'countermeasure',
  'customerId',
  'requestId',
  'fields',
] as const;

/**
 * Form → RecordNearMissInput: text trimmed, empty optional fields as null, an empty description
 * as "" (so that the API says it is required), the occurrence time as an instant in Tokyo time.
 */
export function serializeRecordNearMiss(values: RecordNearMissValues): RecordNearMissInput {
  return {
    kind: values.kind,
    description: values.description?.trim() ?? '',
    occurredAt: values.occurredAt ? jstDateTimeInputToIso(values.occurredAt) : null,
    causeCategory: values.causeCategory ?? null,
    countermeasure: values.countermeasure?.trim() || null,
    customerId: values.customerId || null,
    requestId: values.requestId || null,
    fields: (values.fields ?? []).map((f) => f.trim()).filter((f) => f !== ''),
  };
}
