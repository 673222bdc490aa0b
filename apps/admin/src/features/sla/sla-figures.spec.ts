import { creditTierRows, formatAvailability, slaStatus } from './sla-figures';

describe('slaStatus', () => {
  it.each([
    [{ measuredPercent: null, breached: false }, 'UNRECORDED'],
    [{ measuredPercent: 99.99, breached: false }, 'MET'],
    [{ measuredPercent: 98.874, breached: true }, 'BREACHED'],
  ] as const)('%j → %s', (plan, status) => expect(slaStatus(plan)).toBe(status));
});

describe('formatAvailability', () => {
  it.each([
    [99.9, '99.90%'],
    [98.874, '98.874%'],
    [100, '100.00%'],
    [null, '—'],
  ])('%s → %s', (value, text) => expect(formatAvailability(value)).toBe(text));
});

describe('creditTierRows', () => {
  it('lists the table from the plan’s target down to the deepest breach, whatever its stored order', () => {
    const rows = creditTierRows([
      { belowPercent: 95, creditPercent: 50 },
      { belowPercent: null, creditPercent: 10 },
      { belowPercent: 99, creditPercent: 25 },
    ]);
    expect(rows.map((r) => [r.belowPercent, r.creditPercent])).toEqual([
      [null, 10],
      [99, 25],
      [95, 50],
    ]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(3);
  });
});
