export interface OptionDiff {
  kept: string[];
  removed: string[];
  added: string[];
}

/** What a change of option set keeps, removes and adds (each sorted, without duplicates). */
export function diffOptions(
  currentCodes: readonly string[],
  chosenCodes: readonly string[],
): OptionDiff {
  const current = new Set(currentCodes);
  const chosen = new Set(chosenCodes);
  const sorted = (xs: Iterable<string>) => [...xs].sort();
  return {
    kept: sorted([...chosen].filter((c) => current.has(c))),
    removed: sorted([...current].filter((c) => !chosen.has(c))),
    added: sorted([...chosen].filter((c) => !current.has(c))),
  };
}
