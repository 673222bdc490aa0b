import { CONSUMPTION_TAX_RATE, withConsumptionTax } from './tax.rules.js';

describe('withConsumptionTax', () => {
  it.each([
    [0, 0, 0],
    [990, 99, 1089],
    [1490, 149, 1639],
    [1980, 198, 2178],
    [1, 0, 1],
    [9, 0, 9],
    [15, 1, 16],
    [19, 1, 20],
    [1999, 199, 2198],
    [-990, -99, -1089],
  ])('%i yen → tax %i, total %i (rounded down)', (amount, tax, total) => {
    expect(withConsumptionTax(amount)).toEqual({ excludingTax: amount, tax, includingTax: total });
  });

  it.each([9.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s yen', (amount) => {
    expect(() => withConsumptionTax(amount)).toThrow(RangeError);
  });

  it('states the rate as 10 %', () => expect(CONSUMPTION_TAX_RATE).toBe(0.1));
});
