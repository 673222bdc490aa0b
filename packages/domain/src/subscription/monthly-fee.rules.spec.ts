import { monthlyFee } from './monthly-fee.rules.js';

const fee = (monthlyFeeYen: number) => ({ monthlyFeeYen });

describe('monthlyFee', () => {
  it.each([
    ['nothing', null, [], [0, 0, 0]],
    ['a plan alone', fee(990), [], [990, 99, 1089]],
    ['options without plan', null, [fee(200), fee(300)], [500, 50, 550]],
    ['plan and options', fee(1490), [fee(200), fee(305)], [1995, 199, 2194]],
    // Taxed per line this would be 0 + 0 (0.5 ↓ each); taxed once on the total it is 1.
    ['two 5-yen options', null, [fee(5), fee(5)], [10, 1, 11]],
  ] as const)('%s', (_name, plan, options, [excludingTax, tax, includingTax]) => {
    expect(monthlyFee(plan, options)).toEqual({ excludingTax, tax, includingTax });
  });
});
