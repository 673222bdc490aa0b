/** Below this many responses a statistic is shown as indicative only, never as a fact. */
export const SMALL_SAMPLE_THRESHOLD = 30;

/** Is a sample of n responses too small to be shown as a fact? (n < 30) */
export function isSmallSample(n: number): boolean {
  return n < SMALL_SAMPLE_THRESHOLD;
}
