import { DEMO_CATALOG } from '../catalog/demo-catalog.js';
import type { UserErrorCode } from '../errors/user-error.js';
import { validateOptionSetChange } from './option-set.rules.js';

const options = DEMO_CATALOG.options;
const BAD_STORAGE = ['STORAGE_50GB', 'STORAGE_200GB'];

describe('validateOptionSetChange', () => {
  it.each([
    ['nothing held, nothing proposed', null, [], []],
    ['nothing held, PIN alone', null, ['MFA_PIN'], ['NOT_MULTI_FACTOR']],
    ['nothing held, TOTP alone', null, ['MFA_TOTP'], []],
    ['nothing held, two storage tiers', null, BAD_STORAGE, ['OPTION_GROUP_CONFLICT']],
    ['an empty set held, PIN alone', [], ['MFA_PIN'], ['NOT_MULTI_FACTOR']],
    [
      'nothing held, everything wrong',
      null,
      ['MFA_PASSWORD', 'MFA_PIN', ...BAD_STORAGE],
      ['NOT_MULTI_FACTOR', 'OPTION_GROUP_CONFLICT'],
    ],
    // Unrelated edits of an invalid set are never refused.
    ['PIN held, adding SSO', ['MFA_PIN'], ['MFA_PIN', 'SSO_SAML'], []],
    ['PIN held, same set in another order', ['SSO_SAML', 'MFA_PIN'], ['MFA_PIN', 'SSO_SAML'], []],
    ['two tiers held, adding support', BAD_STORAGE, [...BAD_STORAGE, 'PRIORITY_SUPPORT'], []],
    [
      'PIN and two tiers held, adding support',
      ['MFA_PIN', ...BAD_STORAGE],
      ['PRIORITY_SUPPORT', ...BAD_STORAGE, 'MFA_PIN'],
      [],
    ],
    ['PIN held, dropping it', ['MFA_PIN', 'SSO_SAML'], ['SSO_SAML'], []],
    ['two tiers held, keeping one', BAD_STORAGE, ['STORAGE_200GB'], []],
    // Touching a rule's options applies the rule to the whole resulting set.
    [
      'PIN held, adding the password',
      ['MFA_PIN'],
      ['MFA_PIN', 'MFA_PASSWORD'],
      ['NOT_MULTI_FACTOR'],
    ],
    ['PIN held, adding TOTP', ['MFA_PIN'], ['MFA_PIN', 'MFA_TOTP'], []],
    ['TOTP held, swapping it for PIN', ['MFA_TOTP'], ['MFA_PIN'], ['NOT_MULTI_FACTOR']],
    [
      'two tiers held, adding a third',
      BAD_STORAGE,
      [...BAD_STORAGE, 'STORAGE_2TB'],
      ['OPTION_GROUP_CONFLICT'],
    ],
    ['one tier held, adding another', ['STORAGE_50GB'], BAD_STORAGE, ['OPTION_GROUP_CONFLICT']],
    [
      'two tiers and PIN held, changing only MFA to PIN + password',
      ['MFA_PIN', ...BAD_STORAGE],
      ['MFA_PIN', 'MFA_PASSWORD', ...BAD_STORAGE],
      ['NOT_MULTI_FACTOR'],
    ],
    [
      'two tiers and PIN held, changing only storage to another conflict',
      ['MFA_PIN', ...BAD_STORAGE],
      ['MFA_PIN', 'STORAGE_50GB', 'STORAGE_2TB'],
      ['OPTION_GROUP_CONFLICT'],
    ],
    ['an unknown code is left to the catalog check', null, ['NOPE', 'MFA_TOTP'], []],
  ] as [string, string[] | null, string[], UserErrorCode[]][])(
    '%s',
    (_name, current, proposed, codes) => {
      expect(validateOptionSetChange(current, proposed, options).map((e) => e.code)).toEqual(codes);
    },
  );

  it('names the given field on every error', () => {
    const errors = validateOptionSetChange(null, ['MFA_PIN', ...BAD_STORAGE], options, 'options');
    expect(errors.map((e) => e.field)).toEqual(['options', 'options']);
  });
});
