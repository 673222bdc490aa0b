import { feesInMonth } from './service-credit-check';

const row = (effectiveFrom: string, effectiveTo: string | null, fee: number) => ({
  effectiveFrom,
  effectiveTo,
  fee,
});

describe('feesInMonth', () => {
  // Newest first, as Subscription.feeHistory returns it.
  const history = [
    row('2027-04-02', null, 0), // cancelled in April
    row('2027-03-20', '2027-04-02', 1_690), // an option added on the 20th
    row('2027-03-10', '2027-03-10', 1_490), // replaced the same day: never in force
    row('2027-03-10', '2027-03-20', 1_490), // converted on the 10th
    row('2027-02-01', '2027-03-10', 0), // the trial
  ];

  it('keeps the rows in force on some day of the month, oldest first', () => {
    expect(feesInMonth(history, '2027-03').map((r) => [r.effectiveFrom, r.fee])).toEqual([
      ['2027-02-01', 0],
      ['2027-03-10', 1_490],
      ['2027-03-20', 1_690],
    ]);
  });

  it('counts a row that ends on the 1st as over, one that starts on the 1st of next month as not yet', () => {
    const rows = [row('2027-05-01', null, 1_690), row('2027-03-01', '2027-04-01', 1_490)];
    expect(feesInMonth(rows, '2027-04')).toEqual([]);
  });

  it('crosses the year', () => {
    const rows = [row('2026-12-15', null, 1_690)];
    expect(feesInMonth(rows, '2026-12')).toEqual(rows);
    expect(feesInMonth(rows, '2027-01')).toEqual(rows);
    expect(feesInMonth(rows, '2026-11')).toEqual([]);
  });
});
