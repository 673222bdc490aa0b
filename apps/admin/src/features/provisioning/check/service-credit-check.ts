/** A row of the fee history: in force from `effectiveFrom` until `effectiveTo` (exclusive). */
export interface FeeStretch {
  effectiveFrom: string;
  effectiveTo: string | null;
}

/** YYYY-MM → its first day and the next month's first day (YYYY-MM-DD). */
function monthBounds(month: string): { first: string; next: string } {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const nextYear = m === 12 ? year + 1 : year;
  const nextMonth = m === 12 ? 1 : m + 1;
  return { first: `${month}-01`, next: `${nextYear}-${String(nextMonth).padStart(2, '0')}-01` };
}

/**
 * The fee history rows in force on some day of a Tokyo month (YYYY-MM), oldest first: what a
 * service credit's checker prorates. A row replaced on its own first day was never in force.
 */
export function feesInMonth<T extends FeeStretch>(fees: readonly T[], month: string): T[] {
  const { first, next } = monthBounds(month);
  return fees
    .filter(
      (f) =>
        f.effectiveFrom < next &&
        (f.effectiveTo === null || (f.effectiveTo > first && f.effectiveTo > f.effectiveFrom)),
    )
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
}
