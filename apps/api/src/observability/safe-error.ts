import pino from 'pino';

/**
 * Errors as the logs may keep them: never a statement's parameters, nor a value PostgreSQL
 * quotes back (a duplicate email, a row that failed a constraint, text that was not a date).
 * A failed statement about a contact can carry that contact's name, phone or email, and logs
 * outlive any erasure. Kept: the SQLSTATE code, the table, column and constraint names, the
 * statement's text (its values are placeholders) and the stack.
 */
export const REDACTED = '[redacted]';

/** PostgreSQL fields that name things, not values. */
const KEPT_FIELDS = new Set([
  'type',
  'message',
  'stack',
  'code',
  'severity',
  'schema',
  'table',
  'column',
  'dataType',
  'constraint',
  'routine',
  'position',
  'query',
  'name',
]);

/** Class 22 (data exception) messages quote the offending value: `…for type uuid: "…"`. */
const QUOTED = /"(?:[^"]|"")*"/g;

/** `Key (email)=(a@b.jp) already exists.` keeps the columns and the sentence, not the value. */
const KEY_DETAIL =
  /^Key \((.+?)\)=\(.*\)( already exists| is not present in table| is still referenced from table| conflicts with existing key)(.*)$/s;

export function redactMessage(message: string, code: string | undefined): string {
  return code?.startsWith('22') ? message.replace(QUOTED, `"${REDACTED}"`) : message;
}

export function redactDetail(detail: string): string {
  const key = KEY_DETAIL.exec(detail);
  if (!key) return REDACTED;
  const [, columns, sentence, rest] = key;
  // A conflicting key quotes the other row's values too.
  const tail = sentence === ' conflicts with existing key' ? ` (${REDACTED}).` : rest;
  return `Key (${columns})=(${REDACTED})${sentence}${tail}`;
}

function sanitize(error: Record<string, unknown>, depth = 0): Record<string, unknown> {
  const code = typeof error.code === 'string' ? error.code : undefined;
  const safe: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error)) {
    if (KEPT_FIELDS.has(key)) safe[key] = value;
  }
  if (typeof error.message === 'string') {
    const message = redactMessage(error.message, code);
    safe.message = message;
    if (typeof error.stack === 'string')
      safe.stack = error.stack.split(error.message).join(message);
  }
  if (typeof error.detail === 'string') safe.detail = redactDetail(error.detail);
  if (Array.isArray(error.parameters)) safe.parameters = `${error.parameters.length} ${REDACTED}`;
  if (error.cause && typeof error.cause === 'object' && depth < 5) {
    safe.cause = sanitize(error.cause as Record<string, unknown>, depth + 1);
  }
  return safe;
}

/** The logger's `err` serializer: pino's standard one, then only what is safe to keep. */
export function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const serialized = pino.stdSerializers.err(error) as unknown as Record<string, unknown>;
  return sanitize(serialized);
}
