import { useSearchParams } from 'react-router';
import type { useCursorStack } from '../../../shared/use-cursor-stack';

/**
 * Keyset pagination with the cursors in the URL (`?after=…&after=…`, one per page turned), so
 * that a page of the list can be reloaded, bookmarked and shared, and 前へ still works after a
 * reload. Same shape as useCursorStack.
 */
export function useUrlCursorStack(param = 'after'): ReturnType<typeof useCursorStack> {
  const [searchParams, setSearchParams] = useSearchParams();
  const stack = searchParams.getAll(param);
  const write = (cursors: string[]) =>
    setSearchParams((current) => {
      const next = new URLSearchParams(current);
      next.delete(param);
      for (const cursor of cursors) next.append(param, cursor);
      return next;
    });
  return {
    after: stack.at(-1) ?? null,
    page: stack.length + 1,
    next: (cursor: string) => write([...stack, cursor]),
    previous: () => write(stack.slice(0, -1)),
  };
}
