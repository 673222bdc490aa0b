/** A business outcome the caller must handle: a value, or why not. */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

/** A successful result. */
export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
/** A refused result, carrying why. */
export const err = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });
