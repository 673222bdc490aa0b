import { useState } from 'react';

/**
 * Keyset pagination: the API pages forwards only, so the cursors of the pages seen so far are
 * kept in a stack (前へ pops, 次へ pushes). The stack belongs to one set of filters.
 */
export function useCursorStack(filtersKey: string) {
  const [state, setState] = useState<{ key: string; stack: (string | null)[] }>({
    key: filtersKey,
    stack: [null],
  });
  const stack = state.key === filtersKey ? state.stack : [null];
  return {
    after: stack[stack.length - 1] ?? null,
    page: stack.length,
    next: (cursor: string) => setState({ key: filtersKey, stack: [...stack, cursor] }),
    previous: () => setState({ key: filtersKey, stack: stack.slice(0, -1) }),
  };
}
