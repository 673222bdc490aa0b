import { diffOptions } from './option-diff.rules.js';

describe('diffOptions', () => {
  it.each([
    [['A', 'B', 'C'], ['B', 'D'], { kept: ['B'], removed: ['A', 'C'], added: ['D'] }],
    [[], ['B', 'A', 'A'], { kept: [], removed: [], added: ['A', 'B'] }],
    [['A'], [], { kept: [], removed: ['A'], added: [] }],
    [['A', 'B'], ['B', 'A'], { kept: ['A', 'B'], removed: [], added: [] }],
    [['C', 'C', 'A'], ['C'], { kept: ['C'], removed: ['A'], added: [] }],
    [[], [], { kept: [], removed: [], added: [] }],
  ])('%j → %j', (current, chosen, diff) => expect(diffOptions(current, chosen)).toEqual(diff));
});
