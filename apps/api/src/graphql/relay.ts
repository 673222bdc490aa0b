import { badUserInput } from './errors';

/** Opaque, stable global IDs: base64url("Type:uuid"). */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

export function fromGlobalId(globalId: string): { type: string; id: string } | null {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return null;
  const type = decoded.slice(0, colon);
  const id = decoded.slice(colon + 1);
  if (!UUID.test(id)) return null;
  return { type, id };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Decode a global id of the expected type, or refuse with BAD_USER_INPUT. */
export function expectGlobalId(globalId: string, type: string, field = 'id'): string {
  const parsed = fromGlobalId(globalId);
  if (!parsed || parsed.type !== type) throw badUserInput(`${field} is not a valid ${type} id.`);
  return parsed.id;
}

/** Like expectGlobalId but answers null instead of throwing (for userErrors). */
export function parseGlobalId(globalId: string, type: string): string | null {
  const parsed = fromGlobalId(globalId);
  return parsed && parsed.type === type ? parsed.id : null;
}

/** Keyset cursors: the sort key values of the row, base64url-encoded JSON. */
export function encodeCursor(values: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): (string | number | null)[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === arity &&
      values.every((v) => v === null || typeof v === 'string' || typeof v === 'number')
    ) {
      return values as (string | number | null)[];
    }
  } catch {
    // fall through to the refusal below
  }
  throw invalidCursor();
}

const invalidCursor = () => badUserInput('after is not a valid cursor for this list.');

/** SQL types of keyset sort keys and ids. */
export type CursorKeyType = 'timestamptz' | 'text' | 'bigint' | 'uuid';

/** A timestamptz as PostgreSQL writes it (`::text`, ISO DateStyle) or as `to_char` does (…Z). */
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,6})?(?:Z|[+-](\d{2})(?::\d{2}){0,2})?$/;

function isTimestamp(value: string): boolean {
  if (value === 'infinity' || value === '-infinity') return true;
  const m = TIMESTAMP.exec(value);
  if (!m) return false;
  const [y, mo, d, h, mi, sec, offset] = m.slice(1).map((part) => Number(part ?? 0)) as number[];
  const date = new Date(0);
  date.setUTCFullYear(y!, mo! - 1, d!);
  return (
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === mo! - 1 &&
    date.getUTCDate() === d &&
    h! < 24 &&
    mi! < 60 &&
    sec! < 60 &&
    offset! <= 15
  );
}

const INT8_MIN = -(2n ** 63n);
const INT8_MAX = 2n ** 63n - 1n;

/** Whether a decoded cursor value can be cast to its SQL type (else PostgreSQL would fail). */
function fitsKeyType(
  value: string | number | null | undefined,
  type: CursorKeyType,
): value is string | number {
  if (type === 'bigint') {
    if (typeof value === 'number') return Number.isSafeInteger(value);
    if (typeof value !== 'string' || !/^-?\d{1,19}$/.test(value)) return false;
    const n = BigInt(value);
    return n >= INT8_MIN && n <= INT8_MAX;
  }
  if (typeof value !== 'string' || value.includes('\u0000')) return false;
  if (type === 'uuid') return UUID.test(value);
  if (type === 'timestamptz') return isTimestamp(value);
  return true;
}

/**
 * The sort key and id of a keyset cursor `[order tag, sort key, id]` of the order `tag`: one of
 * another order is refused, and so is one whose key or id has not the shape of its SQL type (a
 * real tag with a forged key) — as bad input, never cast in SQL.
 */
export function decodeKeysetCursor(
  cursor: string,
  order: { tag: string; sortType: CursorKeyType; idType: CursorKeyType },
): { key: string | number; id: string | number } {
  const [tag, key, id] = decodeCursor(cursor, 3);
  if (tag !== order.tag) throw badUserInput('after is a cursor of another list or order.');
  if (!fitsKeyType(key, order.sortType) || !fitsKeyType(id, order.idType)) throw invalidCursor();
  return { key, id };
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** Validate `first`: 1..100, default 20. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`first must be between 0 and ${MAX_PAGE_SIZE}.`);
  }
  return first;
}

export interface Page<T> {
  nodes: T[];
  hasNextPage: boolean;
}

/** Given rows fetched with LIMIT size+1, split off the look-ahead row. */
export function toPage<T>(rows: T[], size: number): Page<T> {
  return { nodes: rows.slice(0, size), hasNextPage: rows.length > size };
}
