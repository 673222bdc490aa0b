import type { MfaFactorCategory } from '../catalog/catalog.types.js';
import { compareMfaPolicies, type SignInOption } from './mfa-change.rules.js';

const mfa = (code: string, factorCategory: MfaFactorCategory): SignInOption => ({
  code,
  kind: 'MFA',
  factorCategory,
});
const TOTP = mfa('MFA_TOTP', 'POSSESSION');
const KEY = mfa('MFA_KEY', 'POSSESSION');
const FINGERPRINT = mfa('MFA_FINGERPRINT', 'INHERENCE');
const PIN = mfa('MFA_PIN', 'KNOWLEDGE');
const STORAGE: SignInOption = { code: 'STORAGE_100', kind: 'STORAGE', factorCategory: null };

describe('compareMfaPolicies', () => {
  it.each([
    [
      'TOTP removed, nothing else',
      [TOTP],
      [],
      'REMOVES_EVERY_FACTOR',
      ['POSSESSION'],
      ['MFA_TOTP'],
    ],
    [
      'every MFA option removed, storage kept',
      [TOTP, FINGERPRINT, STORAGE],
      [STORAGE],
      'REMOVES_EVERY_FACTOR',
      ['POSSESSION', 'INHERENCE'],
      ['MFA_TOTP', 'MFA_FINGERPRINT'],
    ],
    ['PIN removed (password stays)', [PIN], [], 'REMOVES_EVERY_FACTOR', [], ['MFA_PIN']],
    [
      'fingerprint dropped, TOTP kept',
      [TOTP, FINGERPRINT],
      [TOTP],
      'WEAKENS',
      ['INHERENCE'],
      ['MFA_FINGERPRINT'],
    ],
    ['TOTP swapped for PIN', [TOTP], [PIN], 'WEAKENS', ['POSSESSION'], ['MFA_TOTP']],
    ['TOTP swapped for a key (same category)', [TOTP], [KEY], null, [], ['MFA_TOTP']],
    ['one of two possession methods dropped', [TOTP, KEY], [KEY], null, [], ['MFA_TOTP']],
    ['PIN dropped, TOTP kept', [PIN, TOTP], [TOTP], null, [], ['MFA_PIN']],
    ['fingerprint added', [TOTP], [TOTP, FINGERPRINT], null, [], []],
    ['no MFA before nor after', [STORAGE], [], null, [], []],
    ['first MFA option added', [], [TOTP], null, [], []],
  ] as const)('%s', (_name, before, after, risk, lostCategories, removedMethods) => {
    expect(compareMfaPolicies(before, after)).toEqual({ risk, lostCategories, removedMethods });
  });
});
