import { badUserInput } from '../../graphql/errors';
import { decodeCursor, encodeCursor } from '../../graphql/relay';
import type { EventPosition } from './event-log';

const TAG = 'events';
const XID8_MAX = 2n ** 64n - 1n;
const INT8_MAX = 2n ** 63n - 1n;

/** Whole non-negative numbers as PostgreSQL writes them; nothing it would wrap ('-1'::xid8). */
const fits = (value: unknown, max: bigint): value is string =>
  typeof value === 'string' && /^\d{1,20}$/.test(value) && BigInt(value) <= max;

/** A feed cursor: its position in the log, opaque to clients and stable across replicas. */
export const encodeEventCursor = (p: EventPosition): string => encodeCursor([TAG, p.txId, p.seq]);

/** The position of a feed cursor; any other cursor, or a forged one, is bad input. */
export function decodeEventCursor(cursor: string): EventPosition {
  const [tag, txId, seq] = decodeCursor(cursor, 3);
  if (tag !== TAG) throw badUserInput('after is a cursor of another list or order.');
  if (!fits(txId, XID8_MAX) || !fits(seq, INT8_MAX))
    throw badUserInput('after is not a valid cursor for this list.');
  return { txId, seq };
}
