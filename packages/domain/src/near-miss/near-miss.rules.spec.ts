import { canTransition } from '../shared/state-machine.js';
import {
  NEAR_MISS_CAUSE_LABELS,
  NEAR_MISS_CAUSES,
  NEAR_MISS_ERRED_SIDE_LABELS,
  NEAR_MISS_ERRED_SIDES,
  NEAR_MISS_STATUSES,
  NEAR_MISS_TRANSITIONS,
  type NearMissStatus,
} from './near-miss.rules.js';

describe('near-miss transitions', () => {
  const allowed: [NearMissStatus, NearMissStatus][] = [
    ['OPEN', 'COUNTERMEASURE_PLANNED'],
    ['OPEN', 'CLOSED'],
    ['COUNTERMEASURE_PLANNED', 'OPEN'],
    ['COUNTERMEASURE_PLANNED', 'CLOSED'],
    ['CLOSED', 'OPEN'],
  ];
  const all = NEAR_MISS_STATUSES.flatMap((f) => NEAR_MISS_STATUSES.map((t) => [f, t] as const));
  it.each(all)('%s → %s', (from, to) => {
    expect(canTransition(NEAR_MISS_TRANSITIONS, from, to)).toBe(
      allowed.some(([f, t]) => f === from && t === to),
    );
  });
});

describe('near-miss causes', () => {
  it.each(NEAR_MISS_CAUSES)('%s is labelled in ja and en', (cause) => {
    expect(NEAR_MISS_CAUSE_LABELS[cause].ja).toMatch(/[ぁ-んァ-ン一-龯]/);
    expect(NEAR_MISS_CAUSE_LABELS[cause].en).toMatch(/^[\x20-\x7e]+$/);
  });
});

describe('near-miss erred sides', () => {
  it.each([
    ['MAKER', '作成者', 'Maker'],
    ['CHECKER', 'チェック担当者', 'Checker'],
    ['BOTH', '双方', 'Both'],
    ['UNKNOWN', '不明', 'Unknown'],
  ] as const)('%s reads 「%s」 / %s', (side, ja, en) => {
    expect(NEAR_MISS_ERRED_SIDE_LABELS[side]).toEqual({ ja, en });
  });

  it('labels every side and nothing else', () => {
    expect(Object.keys(NEAR_MISS_ERRED_SIDE_LABELS)).toEqual([...NEAR_MISS_ERRED_SIDES]);
  });
});
