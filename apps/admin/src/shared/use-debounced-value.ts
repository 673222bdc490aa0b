import { useEffect, useRef, useState } from 'react';

/** How long typing must pause before a list searches. */
export const SEARCH_DEBOUNCE_MS = 300;

/** `value` once it has stopped changing for `delayMs`: search as you type, not a request a key. */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

/**
 * A list's search box: it searches as you type, once typing pauses (SEARCH_DEBOUNCE_MS), and at
 * once on Enter. `applied` is the search the list shows (kept in the URL); when it changes from
 * outside (戻る, 条件をクリア) the box shows it. Spread the result over an Input.Search.
 */
export function useSearchAsYouType(applied: string, apply: (search: string) => void) {
  const [text, setText] = useState(applied);
  const [shown, setShown] = useState(applied);
  if (shown !== applied) {
    setShown(applied);
    // Not while typing past it: "山田 " applied as 山田 keeps its space for "山田 太郎".
    if (text.trim() !== applied) setText(applied);
  }
  const settled = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  // The latest box and list, read when typing settles (not a reason to search again).
  const latest = useRef({ text, applied, apply });
  useEffect(() => {
    latest.current = { text, applied, apply };
  });
  useEffect(() => {
    const { text: now, applied: current, apply: search } = latest.current;
    // A box reset from outside meanwhile has settled nothing the user typed.
    if (settled === now.trim() && settled !== current) search(settled);
  }, [settled]);
  return {
    value: text,
    onChange: (e: { target: { value: string } }) => setText(e.target.value),
    onSearch: (search: string) => {
      setText(search);
      if (search.trim() !== applied) apply(search.trim());
    },
  };
}
