import { auditActionLabel, auditEntityLabel, type Locale } from '@kizuna/domain';
import { formatDateTime } from '../../shared/dates';
import { toCsv } from '../../shared/csv';

/** What one record of the export needs (AuditEventRow holds it). */
export interface AuditCsvEvent {
  id: string;
  occurredAt: string;
  actorType: string;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  requestId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Column headings and actor types in the UI language. */
export interface AuditCsvWords {
  columns: {
    id: string;
    occurredAt: string;
    actor: string;
    actorType: string;
    action: string;
    entityType: string;
    entityId: string;
    requestId: string;
    before: string;
    after: string;
  };
  actorTypes: Record<string, string>;
}

const json = (value: unknown) =>
  value === null || value === undefined ? null : JSON.stringify(value);

/**
 * The audit records as a CSV file for Excel (toCsv: UTF-8 with BOM, CRLF): times as JST
 * yyyy/mm/dd hh:mm, actions and entity types in words of `locale`; before/after as recorded.
 */
export function auditCsv(
  events: readonly AuditCsvEvent[],
  words: AuditCsvWords,
  locale: Locale,
): string {
  const c = words.columns;
  const header = [
    c.id,
    c.occurredAt,
    c.actor,
    c.actorType,
    c.action,
    c.entityType,
    c.entityId,
    c.requestId,
    c.before,
    c.after,
  ];
  return toCsv(
    header,
    events.map((e) => [
      e.id,
      formatDateTime(e.occurredAt),
      e.actorName,
      words.actorTypes[e.actorType] ?? e.actorType,
      auditActionLabel(e.action, locale),
      auditEntityLabel(e.entityType, locale),
      e.entityId,
      e.requestId ?? null,
      json(e.before),
      json(e.after),
    ]),
  );
}
