import type { StaffRole } from '../staff/staff.rules.js';
import {
  canCheckRequest,
  canSeeProposal,
  compareConfirmation,
  CONFIRMATION_FIELDS,
  CONFIRMATION_FIELDS_BY_KIND,
  type ConfirmationField,
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

describe('compareConfirmation of a service credit (whole yen, re-entered blind)', () => {
  const credit = { planCode: null, optionCodes: [], effectiveDate: '', creditAmountYen: 169 };
  it.each([
    ['the same amount', 169, []],
    ['one yen off', 168, ['creditAmountYen']],
    ['the amount including tax', 185, ['creditAmountYen']],
    ['nothing', null, ['creditAmountYen']],
  ] as [string, number | null, string[]][])('%s', (_name, typed, fields) => {
    expect(
      compareConfirmation(credit, { ...credit, creditAmountYen: typed }, ['creditAmountYen']),
    ).toEqual(fields);
  });

  it('never matches a request without an amount', () => {
    const none = { ...credit, creditAmountYen: null };
    expect(compareConfirmation(none, none, ['creditAmountYen'])).toEqual(['creditAmountYen']);
  });
});

describe('compareConfirmation of a contract term (re-entered blind with a new contract)', () => {
  const contract = { planCode: 'BASIC', optionCodes: [], effectiveDate: '2027-01-03' };
  const fields = CONFIRMATION_FIELDS_BY_KIND.CONVERSION;
  it.each([
    ['ANNUAL re-entered as ANNUAL', 'ANNUAL', 'ANNUAL', []],
    ['ANNUAL re-entered as MONTHLY', 'ANNUAL', 'MONTHLY', ['contractTerm']],
    ['MONTHLY re-entered as ANNUAL', 'MONTHLY', 'ANNUAL', ['contractTerm']],
    // A client that predates terms sends none: the default, as a request without one.
    ['ANNUAL, nothing re-entered', 'ANNUAL', null, ['contractTerm']],
    ['MONTHLY, nothing re-entered', 'MONTHLY', null, []],
    ['a request without a term, re-entered as MONTHLY', null, 'MONTHLY', []],
    ['a request without a term, re-entered as ANNUAL', null, 'ANNUAL', ['contractTerm']],
  ] as const)('%s', (_name, requested, typed, differing) => {
    expect(
      compareConfirmation(
        { ...contract, contractTerm: requested },
        { ...contract, contractTerm: typed },
        fields,
      ),
    ).toEqual(differing);
  });

  it('is not compared for a plan change (a running contract keeps its term)', () => {
    expect(
      compareConfirmation(
        { ...contract, contractTerm: 'ANNUAL' },
        { ...contract, contractTerm: 'MONTHLY' },
        CONFIRMATION_FIELDS_BY_KIND.PLAN_CHANGE,
      ),
    ).toEqual([]);
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

describe('the check, per kind and per checker', () => {
  const checker = { id: 'c1', roles: ['CHECKER'] as const };

  it.each([
    [[], true],
    [['c2'], true],
    [['c1'], false],
  ] as const)('previous deciders %j: may check = %s', (previous, may) => {
    const result = canCheckRequest(checker, { makerId: 'm', previousDeciderIds: previous });
    expect(result.ok).toBe(may);
    if (!result.ok) expect(result.error.code).toBe('CHECKER_ALREADY_DECIDED');
  });

  it('self-approval is refused before the earlier decision is considered', () => {
    const result = canCheckRequest(checker, { makerId: 'c1', previousDeciderIds: ['c1'] });
    expect(result.ok || result.error.code).toBe('SELF_APPROVAL_NOT_ALLOWED');
  });

  const proposed = {
    planCode: 'BASIC',
    optionCodes: ['A'],
    effectiveDate: '2027-01-03',
    trialEndsOn: '2027-04-10',
  };
  it.each([
    ['CONVERSION', { planCode: 'BASIC', optionCodes: ['A'], effectiveDate: '2027/1/3' }, []],
    ['CANCELLATION', { planCode: null, optionCodes: [], effectiveDate: '2027-01-03' }, []],
    [
      'CANCELLATION',
      { planCode: null, optionCodes: [], effectiveDate: '2027-01-04' },
      ['effectiveDate'],
    ],
    [
      'TRIAL_EXTENSION',
      { planCode: null, optionCodes: [], effectiveDate: '', trialEndsOn: '2027/04/10' },
      [],
    ],
    [
      'TRIAL_EXTENSION',
      { planCode: null, optionCodes: [], effectiveDate: '', trialEndsOn: '2027-04-11' },
      ['trialEndsOn'],
    ],
    [
      'REACTIVATION',
      { planCode: 'PREMIUM', optionCodes: [], effectiveDate: '2027-01-03' },
      ['planCode', 'optionCodes'],
    ],
  ] as const)('%s re-entered as %j differs in %j', (kind, confirmation, fields) => {
    expect(compareConfirmation(proposed, confirmation, CONFIRMATION_FIELDS_BY_KIND[kind])).toEqual(
      fields,
    );
  });
});

describe('who may check, in order of refusal', () => {
  it.each([
    ['an operator who decided before', 'o1', ['OPERATOR'], ['o1'], 'FORBIDDEN'],
    [
      'a checker among several earlier deciders',
      'c2',
      ['CHECKER'],
      ['c1', 'c2'],
      'CHECKER_ALREADY_DECIDED',
    ],
    ['a checker, no earlier version', 'c2', ['CHECKER'], undefined, null],
  ] as [string, string, StaffRole[], string[] | undefined, string | null][])(
    '%s',
    (_name, id, roles, previousDeciderIds, code) => {
      const r = canCheckRequest(
        { id, roles },
        previousDeciderIds ? { makerId: 'm1', previousDeciderIds } : { makerId: 'm1' },
      );
      expect(r.ok ? null : [r.error.code, r.error.field]).toEqual(
        code === null ? null : [code, 'requestId'],
      );
    },
  );
});

describe('confirmation fields per kind', () => {
  it('keeps the fields in screen order', () => {
    expect(CONFIRMATION_FIELDS).toEqual([
      'planCode',
      'optionCodes',
      'effectiveDate',
      'trialEndsOn',
      'corporateNumber',
      'creditAmountYen',
      'contractTerm',
    ]);
  });

  it.each([
    ['CONVERSION', ['planCode', 'optionCodes', 'effectiveDate', 'contractTerm']],
    ['PLAN_CHANGE', ['planCode', 'optionCodes', 'effectiveDate']],
    ['OPTION_CHANGE', ['planCode', 'optionCodes', 'effectiveDate']],
    ['REACTIVATION', ['planCode', 'optionCodes', 'effectiveDate', 'contractTerm']],
    ['CANCELLATION', ['effectiveDate']],
    ['TRIAL_EXTENSION', ['trialEndsOn']],
    ['SECOND_TRIAL', ['effectiveDate']],
    ['ERASURE', ['corporateNumber']],
    ['SERVICE_CREDIT', ['creditAmountYen']],
  ] as const)('%s: the checker re-enters %j', (kind, fields) => {
    expect(CONFIRMATION_FIELDS_BY_KIND[kind]).toEqual(fields);
  });

  const proposed: ConfirmationValues = {
    planCode: 'BASIC',
    optionCodes: ['A'],
    effectiveDate: '2027-01-03',
    trialEndsOn: '2027-04-10',
  };
  const wrong: ConfirmationValues = {
    planCode: 'PREMIUM',
    optionCodes: ['B'],
    effectiveDate: '2027-01-04',
    trialEndsOn: '2027-04-11',
  };
  it.each([
    [
      'by default, the three contract fields',
      undefined,
      ['planCode', 'optionCodes', 'effectiveDate'],
    ],
    ['only the trial end', ['trialEndsOn'], ['trialEndsOn']],
    ['only the date', ['effectiveDate'], ['effectiveDate']],
    ['nothing', [], []],
  ] as [string, ConfirmationField[] | undefined, ConfirmationField[]][])(
    'compares %s',
    (_name, fields, differing) => {
      expect(compareConfirmation(proposed, wrong, fields)).toEqual(differing);
    },
  );

  it.each([
    ['the same day typed otherwise', '2027/4/10', []],
    ['a missing trial end', null, ['trialEndsOn']],
    ['an unreadable trial end', '4/10', ['trialEndsOn']],
  ] as [string, string | null, ConfirmationField[]][])(
    'a trial end re-entered as %s',
    (_n, v, d) => {
      expect(
        compareConfirmation(proposed, { ...proposed, trialEndsOn: v }, ['trialEndsOn']),
      ).toEqual(d);
    },
  );

  it.each([
    ['the same digits', '1234567890123', []],
    ['full-width digits with hyphens', '１２３４-５６７８-９０１２３', []],
    ['spaces', ' 1234 5678 90123 ', []],
    ['another company', '1234567890124', ['corporateNumber']],
    ['nothing', null, ['corporateNumber']],
    ['an empty string', '', ['corporateNumber']],
  ] as [string, string | null, ConfirmationField[]][])(
    'a corporate number re-entered as %s',
    (_n, v, d) => {
      const withNumber = { ...proposed, corporateNumber: '1234567890123' };
      expect(
        compareConfirmation(withNumber, { ...proposed, corporateNumber: v }, ['corporateNumber']),
      ).toEqual(d);
    },
  );

  it('never matches when the company has no corporate number', () => {
    expect(
      compareConfirmation(
        { ...proposed, corporateNumber: null },
        { ...proposed, corporateNumber: '' },
        ['corporateNumber'],
      ),
    ).toEqual(['corporateNumber']);
  });
});
