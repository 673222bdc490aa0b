/** One key of an audited change: its value before and after, and whether it changed. */
export interface AuditDiffRow {
  key: string;
  before: string;
  after: string;
  changed: boolean;
}

const show = (value: unknown): string =>
  value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);

const asObject = (value: unknown): Record<string, unknown> | null =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;

/**
 * Before/after of an audit event side by side, key by key (keys of both, in first-seen order).
 * Values that are not objects are shown as one row keyed "".
 */
export function auditDiff(before: unknown, after: unknown): AuditDiffRow[] {
  const b = asObject(before);
  const a = asObject(after);
  const isSet = (v: unknown) => v !== null && v !== undefined;
  if ((isSet(before) && !b) || (isSet(after) && !a)) {
    const row = { key: '', before: show(before ?? undefined), after: show(after ?? undefined) };
    return [{ ...row, changed: row.before !== row.after }];
  }
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  return keys.map((key) => {
    const row = { key, before: show(b?.[key]), after: show(a?.[key]) };
    return { ...row, changed: row.before !== row.after };
  });
}

/** Where the console shows an audited entity, when it has a screen for it. */
export function entityPath(entityType: string, entityId: string): string | null {
  const id = encodeURIComponent(entityId);
  switch (entityType) {
    case 'Customer':
      return `/customers/${id}`;
    case 'ProvisioningRequest':
      return `/requests/${id}`;
    case 'NearMiss':
      return `/near-misses/${id}`;
    default:
      return null;
  }
}
