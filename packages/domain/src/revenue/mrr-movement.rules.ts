/** The ways a customer's MRR moves within a period (ADR 0018). */
export const MRR_MOVEMENTS = ['NEW', 'EXPANSION', 'CONTRACTION', 'CHURN', 'REACTIVATION'] as const;
export type MrrMovement = (typeof MRR_MOVEMENTS)[number];

/**
 * A customer's MRR (税抜, whole yen) at the start of a period (in force at the end of the day
 * before it) and at its end (in force at the end of its last day). Sums over customers that share
 * the signs of these figures classify the same way, so SQL may hand over such sums.
 */
export interface MrrChange {
  startMrrYen: number;
  endMrrYen: number;
  /** Did the customer pay (MRR above 0) at some time before the period started? */
  paidBeforeStart: boolean;
}

/**
 * One movement per customer and period, by the net change from start to end: paying from zero is
 * NEW, or REACTIVATION for someone who paid before; falling to zero is CHURN; otherwise the sign
 * of the change. A trial (MRR 0) that expires moves nothing; nor does a change that nets to zero.
 */
export function mrrMovementOf(c: MrrChange): MrrMovement | null {
  if (c.startMrrYen === 0 && c.endMrrYen === 0) return null;
  if (c.startMrrYen === 0) return c.paidBeforeStart ? 'REACTIVATION' : 'NEW';
  if (c.endMrrYen === 0) return 'CHURN';
  if (c.endMrrYen > c.startMrrYen) return 'EXPANSION';
  if (c.endMrrYen < c.startMrrYen) return 'CONTRACTION';
  return null;
}

/** The MRR a movement moves, as a positive amount: the absolute net change. */
export function mrrMovementAmount(c: MrrChange): number {
  return Math.abs(c.endMrrYen - c.startMrrYen);
}
