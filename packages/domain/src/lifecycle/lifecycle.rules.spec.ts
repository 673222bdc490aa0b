import {
  assertStageTransition,
  canTransitionStage,
  LIFECYCLE_STAGES,
  type LifecycleStage,
} from './lifecycle.rules.js';

const allowed: [LifecycleStage, LifecycleStage][] = [
  ['LEAD', 'TRIAL'],
  ['LEAD', 'ACTIVE'],
  ['LEAD', 'ERASED'],
  ['TRIAL', 'ACTIVE'],
  ['TRIAL', 'LEAD'],
  ['TRIAL', 'ERASED'],
  ['ACTIVE', 'CHURNED'],
  ['CHURNED', 'ACTIVE'],
  ['CHURNED', 'ERASED'],
];

describe('lifecycle transitions', () => {
  const all = LIFECYCLE_STAGES.flatMap((from) => LIFECYCLE_STAGES.map((to) => [from, to] as const));
  it.each(all)('%s → %s', (from, to) => {
    const expected = allowed.some(([f, t]) => f === from && t === to);
    expect(canTransitionStage(from, to)).toBe(expected);
    expect(assertStageTransition(from, to).ok).toBe(expected);
  });

  it('names the stages when refusing', () => {
    const result = assertStageTransition('ERASED', 'ACTIVE');
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'INVALID_STAGE_TRANSITION' }),
    });
    if (!result.ok) expect(result.error.message.en).toContain('ERASED');
  });
});
