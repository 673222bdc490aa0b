import {
  AUDIT_ACTION_GROUPS,
  auditActionsOf,
  parseIsoDate,
  type AuditActionGroup,
} from '@kizuna/domain';
import type { AuditEventFilter } from '../../gql/graphql';

/** The audit log's filters, kept in the URL so that a filtered log can be linked to. */
export interface AuditLogParams {
  entityId: string | null;
  actorId: string | null;
  /** One action (its code), or every action of a group — never both. */
  action: string | null;
  group: AuditActionGroup | null;
  /** YYYY-MM-DD (Asia/Tokyo days), both included. */
  from: string | null;
  to: string | null;
}

export const NO_AUDIT_FILTER: AuditLogParams = {
  entityId: null,
  actorId: null,
  action: null,
  group: null,
  from: null,
  to: null,
};

const date = (v: string | null) => {
  if (!v) return null;
  const parsed = parseIsoDate(v);
  return parsed.ok ? parsed.value : null;
};
const text = (v: string | null) => (v && v.trim() ? v.trim() : null);

/**
 * URL → filters. A malformed date or an unknown group is dropped; an action keeps its code even
 * when the console has no words for it (older records), as the API filters on it exactly.
 */
export function parseAuditLogParams(search: URLSearchParams): AuditLogParams {
  const action = text(search.get('action'));
  const group = search.get('group');
  return {
    entityId: text(search.get('entityId')),
    actorId: text(search.get('actorId')),
    action,
    group:
      !action && (AUDIT_ACTION_GROUPS as readonly string[]).includes(group ?? '')
        ? (group as AuditActionGroup)
        : null,
    from: date(search.get('from')),
    to: date(search.get('to')),
  };
}

/** Filters → URL (only the ones set). */
export function auditLogSearchParams(params: AuditLogParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const key of ['entityId', 'actorId', 'action', 'group', 'from', 'to'] as const) {
    const value = params[key];
    if (value) out.set(key, value);
  }
  return out;
}

/** Filters → the API's AuditEventFilter: a group as the list of its actions. */
export function auditEventFilter(params: AuditLogParams): AuditEventFilter {
  return {
    ...(params.entityId ? { entityId: params.entityId } : {}),
    ...(params.actorId ? { actorId: params.actorId } : {}),
    ...(params.action ? { action: params.action } : {}),
    ...(params.group ? { actions: auditActionsOf(params.group) } : {}),
    ...(params.from ? { from: params.from } : {}),
    ...(params.to ? { to: params.to } : {}),
  };
}

/** The action select's value: `action:<code>`, `group:<GROUP>` or '' (every action). */
export function actionChoice(params: Pick<AuditLogParams, 'action' | 'group'>): string {
  if (params.action) return `action:${params.action}`;
  return params.group ? `group:${params.group}` : '';
}

/** The action select's value → the params it sets. */
export function fromActionChoice(choice: string): Pick<AuditLogParams, 'action' | 'group'> {
  const [kind, value = ''] = choice.split(/:(.*)/s);
  if (kind === 'action' && value) return { action: value, group: null };
  if (kind === 'group' && (AUDIT_ACTION_GROUPS as readonly string[]).includes(value))
    return { action: null, group: value as AuditActionGroup };
  return { action: null, group: null };
}
