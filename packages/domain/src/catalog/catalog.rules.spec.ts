import { planGroupLabel, validateCatalogOption } from './catalog.rules.js';
import type { CatalogOption } from './catalog.types.js';

const base: CatalogOption = {
  code: 'X',
  nameJa: 'x',
  nameEn: 'x',
  monthlyFeeYen: 0,
  kind: 'FEATURE',
  factorCategory: null,
  optionGroup: null,
  active: true,
};

describe('validateCatalogOption', () => {
  it.each([
    ['a feature without category', base, []],
    ['an MFA option with category', { ...base, kind: 'MFA', factorCategory: 'KNOWLEDGE' }, []],
    ['an MFA option without category', { ...base, kind: 'MFA' }, ['factorCategory']],
    [
      'a storage option with category',
      { ...base, kind: 'STORAGE', factorCategory: 'INHERENCE' },
      ['factorCategory'],
    ],
    ['a fractional fee', { ...base, monthlyFeeYen: 9.9 }, ['monthlyFeeYen']],
    ['a negative fee', { ...base, monthlyFeeYen: -1 }, ['monthlyFeeYen']],
    ['a lower-case code', { ...base, code: 'mfa' }, ['code']],
  ] as [string, CatalogOption, string[]][])('%s', (_name, option, fields) => {
    expect(validateCatalogOption(option).map((e) => e.field)).toEqual(fields);
  });
});

describe('planGroupLabel', () => {
  const plans = [{ code: 'BASIC', name: 'ベーシック' }];
  it.each([
    ['BASIC', 'ja', 'ベーシック'],
    ['NONE', 'ja', 'プランなし'],
    ['NONE', 'en', 'No plan'],
    ['RETIRED', 'ja', 'RETIRED'],
  ])('%s in %s → %s', (key, language, expected) => {
    expect(planGroupLabel(key, plans, language)).toBe(expected);
  });
});
