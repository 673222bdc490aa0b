import type { CatalogSnapshot } from '../src/features/catalog/catalog.loaders';
import type { OptionModel } from '../src/features/catalog/catalog.model';
import type { OptionType } from '../src/features/catalog/catalog.type';
import { optionLists } from '../src/features/subscriptions/subscription.preload';

/** A catalog of `n` options whose ids are `o0`, `o1`, … in catalog order. */
function catalog(n: number) {
  const options = Array.from(
    { length: n },
    (_, i) => ({ id: `o${i}`, code: `OPT_${String(i).padStart(2, '0')}` }) as OptionModel,
  );
  const snapshot = {
    options,
    optionsById: new Map(options.map((option, position) => [option.id, { option, position }])),
  } as unknown as CatalogSnapshot;
  const types = new Map(options.map((o) => [o.id, { code: o.code } as OptionType]));
  return { snapshot, types };
}

const codes = (list: OptionType[] | undefined) => list?.map((o) => o.code);

// 12 options fit a bitmask; 40 take the sorting path (MAX_MASKED_OPTIONS = 30).
describe.each([12, 40])('optionLists over a catalog of %i options', (n) => {
  const { snapshot, types } = catalog(n);
  const last = n - 1;

  it('gives a set of ids in catalog order, whatever order the ids come in', () => {
    const optionsOf = optionLists(snapshot, types);
    expect(codes(optionsOf([`o${last}`, 'o3', 'o0', 'o7']))).toEqual([
      'OPT_00',
      'OPT_03',
      'OPT_07',
      `OPT_${last}`,
    ]);
    expect(optionsOf([])).toEqual([]);
  });

  it('keeps different sets apart, including the first and last positions', () => {
    const optionsOf = optionLists(snapshot, types);
    expect(codes(optionsOf(['o0']))).toEqual(['OPT_00']);
    expect(codes(optionsOf([`o${last}`]))).toEqual([`OPT_${last}`]);
    expect(codes(optionsOf(['o1', 'o2']))).toEqual(['OPT_01', 'OPT_02']);
    expect(codes(optionsOf(['o2']))).toEqual(['OPT_02']);
  });

  it('answers undefined when the snapshot lacks one of the ids', () => {
    expect(optionLists(snapshot, types)(['o1', 'unknown'])).toBeUndefined();
  });
});

describe('optionLists sharing', () => {
  it('gives equal sets one frozen list within a snapshot', () => {
    const { snapshot, types } = catalog(12);
    const optionsOf = optionLists(snapshot, types);
    const a = optionsOf(['o5', 'o1']);
    expect(optionsOf(['o1', 'o5'])).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(optionsOf(['o1'])).not.toBe(a);
  });
});
