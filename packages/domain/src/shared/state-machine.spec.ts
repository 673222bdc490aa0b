import { canTransition, type Transitions } from './state-machine.js';

type Light = 'RED' | 'GREEN' | 'AMBER';
const LIGHT: Transitions<Light> = {
  RED: { to: ['GREEN'] },
  GREEN: { to: ['AMBER'] },
  AMBER: { to: ['RED'] },
};

describe('canTransition', () => {
  it.each([
    ['RED', 'GREEN', true],
    ['GREEN', 'AMBER', true],
    ['AMBER', 'RED', true],
    ['RED', 'AMBER', false],
    ['GREEN', 'RED', false],
    ['RED', 'RED', false],
  ] as [Light, Light, boolean][])('%s → %s: %s', (from, to, allowed) => {
    expect(canTransition(LIGHT, from, to)).toBe(allowed);
  });
});
