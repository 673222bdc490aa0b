import {
  companyNpsBand,
  segmentMap,
  segmentStage,
  type SegmentCell,
  type SegmentTransition,
} from './segment-map.rules.js';

describe('segmentStage', () => {
  it.each([
    ['TRIAL', null, 'TRIAL'],
    ['ACTIVE', 91, 'ACTIVE'],
    ['ACTIVE', 90, 'RENEWAL'],
    ['ACTIVE', 0, 'RENEWAL'],
    ['ACTIVE', null, 'ACTIVE'],
    ['LEAD', null, null],
    ['CHURNED', null, null],
    ['ERASED', null, null],
  ] as const)('%s renewing in %s days → %s', (stage, daysToRenewal, expected) => {
    expect(segmentStage({ stage, daysToRenewal })).toBe(expected);
  });
});

describe('companyNpsBand (PROMOTER ≥ +30, DETRACTOR < 0)', () => {
  it.each([
    [100, 'PROMOTER'],
    [30, 'PROMOTER'],
    [29.9, 'PASSIVE'],
    [0, 'PASSIVE'],
    [-0.1, 'DETRACTOR'],
    [-100, 'DETRACTOR'],
    [null, null],
  ])('%s → %s', (nps, band) => {
    expect(companyNpsBand(nps)).toBe(band);
  });
});

describe('segmentMap', () => {
  const cell = (stage: SegmentCell['stage'], npsBand: SegmentCell['npsBand']) => ({
    stage,
    npsBand,
  });
  const t = (
    previous: SegmentCell | null,
    current: SegmentCell | null,
    customers: number,
  ): SegmentTransition => ({ previous, current, customers });

  it('counts customers per cell and the moves since last month', () => {
    const map = segmentMap([
      // stayed put
      t(cell('ACTIVE', 'PROMOTER'), cell('ACTIVE', 'PROMOTER'), 5),
      // promoters came up for renewal
      t(cell('ACTIVE', 'PROMOTER'), cell('RENEWAL', 'PROMOTER'), 2),
      // new trials, one with an answer already
      t(null, cell('TRIAL', null), 3),
      t(null, cell('TRIAL', 'DETRACTOR'), 1),
      // a renewal customer churned: leaves the map
      t(cell('RENEWAL', 'DETRACTOR'), null, 1),
      // a trial converted and answered
      t(cell('TRIAL', null), cell('ACTIVE', 'PASSIVE'), 4),
    ]);
    expect(map).toHaveLength(12);
    const at = (stage: SegmentCell['stage'], npsBand: SegmentCell['npsBand']) => {
      const c = map.find((x) => x.stage === stage && x.npsBand === npsBand)!;
      return [c.customers, c.movedIn, c.movedOut];
    };
    expect(at('ACTIVE', 'PROMOTER')).toEqual([5, 0, 2]);
    expect(at('RENEWAL', 'PROMOTER')).toEqual([2, 2, 0]);
    expect(at('TRIAL', null)).toEqual([3, 3, 4]);
    expect(at('TRIAL', 'DETRACTOR')).toEqual([1, 1, 0]);
    expect(at('RENEWAL', 'DETRACTOR')).toEqual([0, 0, 1]);
    expect(at('ACTIVE', 'PASSIVE')).toEqual([4, 4, 0]);
    expect(map.reduce((sum, c) => sum + c.customers, 0)).toBe(15);
    // rows in order, the unknown band last in each
    expect(map.slice(0, 4).map((c) => c.npsBand)).toEqual([
      'PROMOTER',
      'PASSIVE',
      'DETRACTOR',
      null,
    ]);
    expect(map.map((c) => c.stage).filter((s, i, a) => a.indexOf(s) === i)).toEqual([
      'TRIAL',
      'ACTIVE',
      'RENEWAL',
    ]);
  });
});
