/** One key of an audited change: its value before and after, and whether it changed. */
export interface AuditDiffRow {
  key: string;
  before: string;
  after: string;
  changed: boolean;
  /**
   * When both sides are lists of plain values (or absent, null here): their items, each marked
   * as kept, removed (before only) or added (after only) — which options a change took away, say.
   */
  items?: { before: AuditListItem[] | null; after: AuditListItem[] | null };
}

export interface AuditListItem {
  value: string;
  mark: 'kept' | 'removed' | 'added';
}

type Plain = string | number | boolean;
const isPlainList = (value: unknown): value is Plain[] =>
  Array.isArray(value) &&
  value.every((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean');

const show = (value: unknown): string =>
  value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);

const asObject = (value: unknown): Record<string, unknown> | null =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;

/**
 * Both sides as marked items, when each is a list of plain values or absent. Lists are compared
 * as multisets: of ['a', 'a'] → ['a'], one 'a' is kept and one removed.
 */
function listItems(before: unknown, after: unknown): AuditDiffRow['items'] {
  const absent = (v: unknown) => v === null || v === undefined;
  if (!(isPlainList(before) || absent(before)) || !(isPlainList(after) || absent(after))) return;
  if (absent(before) && absent(after)) return;
  const counts = (list: Plain[]) => {
    const n = new Map<string, number>();
    for (const key of list.map((v) => JSON.stringify(v))) n.set(key, (n.get(key) ?? 0) + 1);
    return n;
  };
  const mark = (list: Plain[] | null, other: Plain[] | null, unmatched: AuditListItem['mark']) => {
    if (!list) return null;
    const left = counts(other ?? []);
    return list.map((v): AuditListItem => {
      const key = JSON.stringify(v);
      const n = left.get(key) ?? 0;
      left.set(key, n - 1);
      return { value: show(v), mark: n > 0 ? 'kept' : unmatched };
    });
  };
  const b = absent(before) ? null : (before as Plain[]);
  const a = absent(after) ? null : (after as Plain[]);
  return { before: mark(b, a, 'removed'), after: mark(a, b, 'added') };
}

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
