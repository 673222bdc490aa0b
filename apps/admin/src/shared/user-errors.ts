import type { FormInstance } from 'antd';

/** A refusal naming a field by its dotted input path (`contact.email`), or null for the whole input. */
export interface FieldMessage {
  field: string | null;
  message: string;
}

/** `contact.email` → ['contact', 'email'], the antd Form name path of the same field. */
export const toNamePath = (field: string): string[] => field.split('.');

/**
 * Show refusals on the form fields they name; returns the messages that name no known field
 * (to show above the form). Several messages for one field are all shown.
 */
export function applyFieldErrors(
  form: Pick<FormInstance, 'setFields'>,
  errors: readonly FieldMessage[],
  knownFields: readonly string[],
): string[] {
  const byField = new Map<string, string[]>();
  const general: string[] = [];
  for (const { field, message } of errors) {
    if (field !== null && knownFields.includes(field)) {
      byField.set(field, [...(byField.get(field) ?? []), message]);
    } else {
      general.push(message);
    }
  }
  form.setFields(
    [...byField].map(([field, messages]) => ({ name: toNamePath(field), errors: messages })),
  );
  return general;
}

/** Name paths of the leaves of an antd `onValuesChange` object: {contact: {email}} → [['contact', 'email']]. */
export function changedNamePaths(changed: object, prefix: string[] = []): string[][] {
  return Object.entries(changed).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? changedNamePaths(value as object, [...prefix, key])
      : [[...prefix, key]],
  );
}

/** A refusal is about the value that was refused: editing the field takes it away. */
export function clearChangedFieldErrors(
  form: Pick<FormInstance, 'setFields'>,
  changed: object,
): void {
  form.setFields(changedNamePaths(changed).map((name) => ({ name, errors: [] })));
}
