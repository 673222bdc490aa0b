import { mrrMovementAmount, mrrMovementOf } from './mrr-movement.rules.js';

describe('mrrMovementOf', () => {
  it.each([
    // start, end, paid before, movement, amount
    [0, 10_000, false, 'NEW', 10_000], // a conversion is new MRR, never expansion
    [0, 10_000, true, 'REACTIVATION', 10_000], // a churned customer paying again
    [10_000, 0, false, 'CHURN', 10_000],
    [10_000, 0, true, 'CHURN', 10_000],
    [10_000, 15_000, false, 'EXPANSION', 5_000],
    [15_000, 10_000, false, 'CONTRACTION', 5_000],
    // Plan up and an option down in one period: the net change decides (+2,000 → expansion).
    [20_000, 22_000, false, 'EXPANSION', 2_000],
    // Plan up and options down by as much: no movement at all.
    [20_000, 20_000, false, null, 0],
    // A trial that expired, or a customer who converted and left within the period.
    [0, 0, false, null, 0],
    [0, 0, true, null, 0],
  ] as const)(
    '%i → %i (paid before: %s) is %s of ¥%i',
    (start, end, paidBefore, movement, amount) => {
      const change = { startMrrYen: start, endMrrYen: end, paidBeforeStart: paidBefore };
      expect(mrrMovementOf(change)).toBe(movement);
      expect(mrrMovementAmount(change)).toBe(amount);
    },
  );
});
