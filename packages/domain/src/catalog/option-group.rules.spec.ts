import type { UserErrorCode } from '../errors/user-error.js';
import { DEMO_CATALOG } from './demo-catalog.js';
import { validateOptionGroups } from './option-group.rules.js';

const o = (code: string, optionGroup: string | null = null) => ({ code, optionGroup });
const demo = (...codes: string[]) => DEMO_CATALOG.options.filter((x) => codes.includes(x.code));

describe('validateOptionGroups', () => {
  it.each([
    ['nothing', [], []],
    ['options without group', [o('A'), o('B')], []],
    ['one option per group', [o('S1', 'STORAGE'), o('X1', 'OTHER'), o('A')], []],
    ['two storage tiers', [o('S1', 'STORAGE'), o('S2', 'STORAGE')], [['STORAGE', 'S1, S2']]],
    [
      'three tiers, listed once each',
      [o('S3', 'STORAGE'), o('S1', 'STORAGE'), o('S2', 'STORAGE'), o('S1', 'STORAGE')],
      [['STORAGE', 'S1, S2, S3']],
    ],
    ['the same option twice', [o('S1', 'STORAGE'), o('S1', 'STORAGE')], []],
    [
      'two groups in conflict',
      [o('S1', 'STORAGE'), o('S2', 'STORAGE'), o('X1', 'OTHER'), o('X2', 'OTHER')],
      [
        ['STORAGE', 'S1, S2'],
        ['OTHER', 'X1, X2'],
      ],
    ],
    [
      'the demo storage tiers',
      demo('STORAGE_50GB', 'STORAGE_2TB', 'SSO_SAML'),
      [['STORAGE', 'STORAGE_2TB, STORAGE_50GB']],
    ],
    ['one demo tier with MFA', demo('STORAGE_200GB', 'MFA_TOTP', 'MFA_PASSWORD'), []],
  ] as [string, { code: string; optionGroup: string | null }[], [string, string][]][])(
    '%s',
    (_name, options, conflicts) => {
      const errors = validateOptionGroups(options);
      expect(errors.map((e) => e.code)).toEqual(
        conflicts.map((): UserErrorCode => 'OPTION_GROUP_CONFLICT'),
      );
      expect(errors.map((e) => e.message.en)).toEqual(
        conflicts.map(([g, v]) => `Only one option of the group "${g}" can be chosen (${v}).`),
      );
    },
  );

  it('names the given field', () => {
    const [e] = validateOptionGroups([o('S1', 'G'), o('S2', 'G')], 'options');
    expect(e).toMatchObject({
      field: 'options',
      message: { ja: '「G」のオプションは1つしか選べません（S1, S2）。' },
    });
  });
});
