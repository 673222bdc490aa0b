import type { MfaFactorCategory } from '../catalog/catalog.types.js';
import { assessMfaPolicy, validateMfaSelection } from './mfa-policy.rules.js';

const m = (code: string, category: MfaFactorCategory) => ({ code, category });

describe('assessMfaPolicy', () => {
  it.each([
    ['nothing', [], false, [], ['KNOWLEDGE', 'POSSESSION', 'INHERENCE']],
    ['password only', [m('PW', 'KNOWLEDGE')], false, ['KNOWLEDGE'], ['POSSESSION', 'INHERENCE']],
    [
      'password + PIN (same category)',
      [m('PW', 'KNOWLEDGE'), m('PIN', 'KNOWLEDGE')],
      false,
      ['KNOWLEDGE'],
      ['POSSESSION', 'INHERENCE'],
    ],
    [
      'password + TOTP',
      [m('PW', 'KNOWLEDGE'), m('TOTP', 'POSSESSION')],
      true,
      ['KNOWLEDGE', 'POSSESSION'],
      ['INHERENCE'],
    ],
    [
      'TOTP + face',
      [m('FACE', 'INHERENCE'), m('TOTP', 'POSSESSION')],
      true,
      ['POSSESSION', 'INHERENCE'],
      ['KNOWLEDGE'],
    ],
    [
      'all three',
      [m('PW', 'KNOWLEDGE'), m('KEY', 'POSSESSION'), m('FP', 'INHERENCE')],
      true,
      ['KNOWLEDGE', 'POSSESSION', 'INHERENCE'],
      [],
    ],
  ] as const)('%s', (_name, methods, isMultiFactor, categories, missing) => {
    const a = assessMfaPolicy(methods);
    expect(a.isMultiFactor).toBe(isMultiFactor);
    expect(a.categories).toEqual(categories);
    expect(a.missingCategories).toEqual(missing);
    expect(a.methodCount).toBe(methods.length);
  });
});

describe('validateMfaSelection', () => {
  const opt = (
    code: string,
    category: MfaFactorCategory | null,
    kind = category ? 'MFA' : 'STORAGE',
  ) => ({ code, kind, factorCategory: category });
  it.each([
    ['no MFA options', [opt('STORAGE_50GB', null)], []],
    [
      'password + PIN',
      [opt('MFA_PASSWORD', 'KNOWLEDGE'), opt('MFA_PIN', 'KNOWLEDGE')],
      ['NOT_MULTI_FACTOR'],
    ],
    ['face alone', [opt('MFA_FACE', 'INHERENCE')], ['NOT_MULTI_FACTOR']],
    [
      'password + hardware key',
      [opt('MFA_PASSWORD', 'KNOWLEDGE'), opt('MFA_HARDWARE_KEY', 'POSSESSION')],
      [],
    ],
  ])('%s', (_name, options, codes) => {
    expect(validateMfaSelection(options).map((e) => e.code)).toEqual(codes);
  });
});
