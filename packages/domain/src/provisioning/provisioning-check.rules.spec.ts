import type { StaffRole } from '../staff/staff.rules.js';
import {
  canCheckRequest,
  canSeeProposal,
  compareConfirmation,
  type ConfirmationValues,
} from './provisioning-check.rules.js';
import type { ProvisioningStatus } from './provisioning-workflow.js';

describe('canCheckRequest', () => {
  it.each([
    ["a checker on a colleague's request", 'c1', ['CHECKER'], null],
    ['a checker who is also an operator', 'c1', ['OPERATOR', 'CHECKER'], null],
    [
      'the maker, even holding every role',
      'm1',
      ['OPERATOR', 'CHECKER', 'ANALYST', 'ADMIN'],
      'SELF_APPROVAL_NOT_ALLOWED',
    ],
    ['the maker as a checker', 'm1', ['CHECKER'], 'SELF_APPROVAL_NOT_ALLOWED'],
    ['an operator maker', 'm1', ['OPERATOR'], 'SELF_APPROVAL_NOT_ALLOWED'],
    ['an admin without CHECKER', 'a1', ['ADMIN'], 'FORBIDDEN'],
    ['an operator', 'o2', ['OPERATOR'], 'FORBIDDEN'],
    ['an analyst', 'x1', ['ANALYST'], 'FORBIDDEN'],
  ] as [string, string, StaffRole[], string | null][])('%s', (_name, id, roles, code) => {
    const r = canCheckRequest({ id, roles }, { makerId: 'm1' });
    expect(r.ok ? null : r.error.code).toBe(code);
  });
});

describe('compareConfirmation', () => {
  const proposed: ConfirmationValues = {
    planCode: 'STANDARD',
    optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'],
    effectiveDate: '2026-12-01',
  };
  it.each([
    ['an exact match', proposed, []],
    ['options in another order', { ...proposed, optionCodes: ['MFA_TOTP', 'MFA_PASSWORD'] }, []],
    [
      'a repeated option',
      { ...proposed, optionCodes: ['MFA_TOTP', 'MFA_PASSWORD', 'MFA_TOTP'] },
      [],
    ],
    [
      'stray spaces',
      { ...proposed, planCode: ' STANDARD ', optionCodes: ['MFA_TOTP ', 'MFA_PASSWORD'] },
      [],
    ],
    ['the same date written otherwise', { ...proposed, effectiveDate: '2026/12/1' }, []],
    ['a wrong plan', { ...proposed, planCode: 'PREMIUM' }, ['planCode']],
    ['no plan', { ...proposed, planCode: null }, ['planCode']],
    ['a missing option', { ...proposed, optionCodes: ['MFA_TOTP'] }, ['optionCodes']],
    ['a swapped option', { ...proposed, optionCodes: ['MFA_PIN', 'MFA_TOTP'] }, ['optionCodes']],
    [
      'an extra option',
      { ...proposed, optionCodes: [...proposed.optionCodes, 'MFA_FACE'] },
      ['optionCodes'],
    ],
    ['a wrong date', { ...proposed, effectiveDate: '2026-12-02' }, ['effectiveDate']],
    ['an unreadable date', { ...proposed, effectiveDate: '12/1' }, ['effectiveDate']],
    [
      'everything wrong',
      { planCode: null, optionCodes: [], effectiveDate: '2027-01-01' },
      ['planCode', 'optionCodes', 'effectiveDate'],
    ],
  ] as [string, ConfirmationValues, string[]][])('%s', (_name, confirmation, fields) => {
    expect(compareConfirmation(proposed, confirmation)).toEqual(fields);
  });

  it.each([
    ['a cancellation (no plan) re-entered as no plan', null, null, []],
    ['a cancellation re-entered as empty text', null, '', []],
  ])('%s', (_name, planCode, confirmed, fields) => {
    const cancel = { planCode, optionCodes: [], effectiveDate: '2026-12-01' };
    expect(compareConfirmation(cancel, { ...cancel, planCode: confirmed })).toEqual(fields);
  });
});

describe('canSeeProposal', () => {
  it.each([
    ['the maker while pending', 'm1', 'PENDING_CHECK', true],
    ['a checker while pending', 'c1', 'PENDING_CHECK', false],
    ['a checker after a return', 'c1', 'RETURNED', true],
    ['anyone once applied', 'x', 'APPLIED', true],
    ['anyone once rejected', 'x', 'REJECTED', true],
  ] as [string, string, ProvisioningStatus, boolean][])(
    '%s',
    (_name, viewerId, status, visible) => {
      expect(canSeeProposal({ viewerId }, { makerId: 'm1', status })).toBe(visible);
    },
  );
});
