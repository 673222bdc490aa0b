/** One key of an audited change: its value before and after, and whether it changed. */
export interface AuditDiffRow {
  key: string;
  before: string;
  after: string;
  changed: boolean;
  /**
   * When both sides are lists of plain values (or absent): their items, each marked as kept,
   * removed (before only) or added (after only) — which options a change took away, say.
   */
  items?: { before: AuditListItem[]; after: AuditListItem[] };
}

export interface AuditListItem {
  value: string;
  mark: 'kept' | 'removed' | 'added';
}

type Plain = string | number | boolean;
const isPlainList = (value: unknown): value is Plain[] =>
  Array.isArray(value) &&
  value.every((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean');

/** Both sides as marked items, when each is a list of plain values, null or absent. */
function listItems(before: unknown, after: unknown): AuditDiffRow['items'] {
  const absent = (v: unknown) => v === null || v === undefined;
  if (!(isPlainList(before) || absent(before)) || !(isPlainList(after) || absent(after))) return;
  if (absent(before) && absent(after)) return;
  const b = (before ?? []) as Plain[];
  const a = (after ?? []) as Plain[];
  const inBefore = new Set(b.map(String));
  const inAfter = new Set(a.map(String));
  return {
    before: b.map((v) => ({ value: String(v), mark: inAfter.has(String(v)) ? 'kept' : 'removed' })),
    after: a.map((v) => ({ value: String(v), mark: inBefore.has(String(v)) ? 'kept' : 'added' })),
  };
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
    const items = listItems(b?.[key], a?.[key]);
    return { ...row, changed: row.before !== row.after, ...(items && { items }) };
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
