import { useSearchParams } from 'react-router';

/**
 * A short digest of a list's filters (FNV-1a, base 36): enough to tell in the URL whether the
 * cursors there were taken under the filters shown now.
 */
export function filtersDigest(filtersKey: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < filtersKey.length; i++) {
    hash ^= filtersKey.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** The URL parameter that records which filters the cursors in `param` belong to. */
const digestParam = (param: string) => `${param}For`;

/**
 * The cursors of the pages turned so far, as the URL holds them (`?after=…&after=…&afterFor=…`);
 * none (page 1) when they were taken under other filters.
 */
export function readCursorStack(
  search: URLSearchParams,
  filtersKey: string,
  param = 'after',
): string[] {
  const stack = search.getAll(param).filter(Boolean);
  return stack.length > 0 && search.get(digestParam(param)) === filtersDigest(filtersKey)
    ? stack
    : [];
}

/** The URL with `stack` as its cursors; the list's other parameters (its filters) are kept. */
export function writeCursorStack(
  search: URLSearchParams,
  filtersKey: string,
  stack: readonly string[],
  param = 'after',
): URLSearchParams {
  const next = new URLSearchParams(search);
  next.delete(param);
  next.delete(digestParam(param));
  for (const cursor of stack) next.append(param, cursor);
  if (stack.length > 0) next.set(digestParam(param), filtersDigest(filtersKey));
  return next;
}

/**
 * Keyset pagination: the API pages forwards only, so the cursors of the pages seen so far are
 * kept in a stack (前へ pops, 次へ pushes). The stack lives in the URL, so that a reload, a
 * bookmark or 戻る from a row opened on page 3 shows page 3 again. It belongs to one set of
 * filters (`filtersKey`): under other filters the list starts at page 1. `param` names the
 * stack when a page shows more than one paged list.
 */
export function useCursorStack(filtersKey: string, param = 'after') {
  const [searchParams, setSearchParams] = useSearchParams();
  const stack = readCursorStack(searchParams, filtersKey, param);
  const write = (cursors: readonly string[]) =>
    setSearchParams((current) => writeCursorStack(current, filtersKey, cursors, param));
  return {
    after: stack.at(-1) ?? null,
    page: stack.length + 1,
    next: (cursor: string) => write([...stack, cursor]),
    previous: () => write(stack.slice(0, -1)),
  };
}
