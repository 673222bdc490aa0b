import { lowestComponent, segmentRows, sharePercent } from './customer-success-figures';

const c = (label: string, value: number | null, missing = value === null) => ({
  label,
  value,
  missing,
});

describe('lowestComponent', () => {
  it.each([
    [[c('USAGE', 80), c('SURVEYS', 20), c('SLA', 50)], 'SURVEYS'],
    [[c('USAGE', null), c('SURVEYS', 60), c('SLA', 40)], 'SLA'],
    [[c('USAGE', 30), c('SURVEYS', 30)], 'USAGE'],
    [[c('USAGE', 0), c('SLA', 10)], 'USAGE'],
    [[c('USAGE', null), c('SLA', null)], null],
    [[], null],
  ])('%j → %s', (components, expected) => {
    expect(lowestComponent(components)?.label ?? null).toBe(expected);
  });
});

describe('segmentRows', () => {
  it('lays the cells out TRIAL, ACTIVE, RENEWAL × PROMOTER, PASSIVE, DETRACTOR, NO_NPS', () => {
    const rows = segmentRows([
      { stage: 'RENEWAL', npsBand: 'DETRACTOR', customers: 4, movedIn: 1, movedOut: 0 },
      { stage: 'TRIAL', npsBand: 'NO_NPS', customers: 7, movedIn: 0, movedOut: 2 },
    ]);
    expect(rows.map((r) => r.stage)).toEqual(['TRIAL', 'ACTIVE', 'RENEWAL']);
    expect(rows.map((r) => r.cells.map((cell) => cell.customers))).toEqual([
      [0, 0, 0, 7],
      [0, 0, 0, 0],
      [0, 0, 4, 0],
    ]);
    expect(rows[0]!.cells.map((cell) => cell.npsBand)).toEqual([
      'PROMOTER',
      'PASSIVE',
      'DETRACTOR',
      'NO_NPS',
    ]);
  });
});

describe('sharePercent', () => {
  it.each([
    [1, 3, 33],
    [2, 3, 67],
    [0, 0, 0],
    [5, 5, 100],
  ])('%i of %i → %i %', (part, total, expected) => {
    expect(sharePercent(part, total)).toBe(expected);
  });
});
