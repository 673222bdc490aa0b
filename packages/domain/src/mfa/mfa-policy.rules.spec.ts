import type { MfaFactorCategory } from '../catalog/catalog.types.js';
import {
  assessMfaPolicy,
  assessMfaPolicyWithPassword,
  validateMfaSelection,
} from './mfa-policy.rules.js';

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

describe('assessMfaPolicyWithPassword', () => {
  it.each([
    ['nothing (password only)', [], false, ['KNOWLEDGE'], 1],
    ['PIN', [m('PIN', 'KNOWLEDGE')], false, ['KNOWLEDGE'], 2],
    ['TOTP', [m('TOTP', 'POSSESSION')], true, ['KNOWLEDGE', 'POSSESSION'], 2],
    ['face', [m('FACE', 'INHERENCE')], true, ['KNOWLEDGE', 'INHERENCE'], 2],
  ] as const)('%s', (_name, methods, isMultiFactor, categories, methodCount) => {
    const a = assessMfaPolicyWithPassword(methods);
    expect(a).toMatchObject({ isMultiFactor, categories, methodCount });
  });
});

describe('validateMfaSelection (the password is the baseline)', () => {
  const opt = (
    code: string,
    category: MfaFactorCategory | null,
    kind = category ? 'MFA' : 'STORAGE',
  ) => ({ code, kind, factorCategory: category });
  it.each([
    ['no option at all (password only)', [], []],
    ['no MFA options (password only)', [opt('STORAGE_50GB', null)], []],
    [
      'PIN alone: password + PIN, both knowledge',
      [opt('MFA_PIN', 'KNOWLEDGE')],
      ['NOT_MULTI_FACTOR'],
    ],
    ['password option alone', [opt('MFA_PASSWORD', 'KNOWLEDGE')], ['NOT_MULTI_FACTOR']],
    [
      'password + PIN',
      [opt('MFA_PASSWORD', 'KNOWLEDGE'), opt('MFA_PIN', 'KNOWLEDGE')],
      ['NOT_MULTI_FACTOR'],
    ],
    ['TOTP alone: password + possession', [opt('MFA_TOTP', 'POSSESSION')], []],
    ['fingerprint alone: password + inherence', [opt('MFA_FINGERPRINT', 'INHERENCE')], []],
    ['face alone', [opt('MFA_FACE', 'INHERENCE')], []],
    ['password + TOTP', [opt('MFA_PASSWORD', 'KNOWLEDGE'), opt('MFA_TOTP', 'POSSESSION')], []],
    [
      'password + hardware key',
      [opt('MFA_PASSWORD', 'KNOWLEDGE'), opt('MFA_HARDWARE_KEY', 'POSSESSION')],
      [],
    ],
    [
      'PIN + storage',
      [opt('MFA_PIN', 'KNOWLEDGE'), opt('STORAGE_2TB', null)],
      ['NOT_MULTI_FACTOR'],
    ],
    ['an MFA-kind option without category is no method', [opt('MFA_BROKEN', null, 'MFA')], []],
  ])('%s', (_name, options, codes) => {
    expect(validateMfaSelection(options).map((e) => e.code)).toEqual(codes);
  });

  it('names the given field', () => {
    expect(validateMfaSelection([opt('MFA_PIN', 'KNOWLEDGE')], 'mfa')[0]?.field).toBe('mfa');
  });
});
