/** Do two lists of codes hold the same codes, ignoring order and repeats? */
export function sameCodeSet(a: readonly string[], b: readonly string[]): boolean {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((v) => y.has(v));
}
