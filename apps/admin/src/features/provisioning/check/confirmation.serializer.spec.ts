import { missingConfirmationFields, serializeConfirmation } from './confirmation.serializer';

const typed = {
  planCode: ' PREMIUM ',
  optionCodes: ['STORAGE_200GB', 'MFA_PASSWORD', 'STORAGE_200GB'],
  effectiveDate: '2026-05-01',
  trialEndsOn: '2026-05-20',
  corporateNumber: '７０１０００１００８８４４',
  creditAmountYen: 169,
  contractTerm: 'ANNUAL' as const,
};
const contract = {
  planCode: 'PREMIUM',
  optionCodes: ['MFA_PASSWORD', 'STORAGE_200GB'],
  effectiveDate: '2026-05-01',
};

describe('serializeConfirmation', () => {
  it.each([
    ['CONVERSION', { ...contract, contractTerm: 'ANNUAL' }],
    ['PLAN_CHANGE', contract],
    ['OPTION_CHANGE', contract],
    ['REACTIVATION', { ...contract, contractTerm: 'ANNUAL' }],
    ['CANCELLATION', { effectiveDate: '2026-05-01' }],
    ['SECOND_TRIAL', { effectiveDate: '2026-05-01' }],
    ['TRIAL_EXTENSION', { trialEndsOn: '2026-05-20' }],
    ['ERASURE', { corporateNumber: '7010001008844' }],
    ['SERVICE_CREDIT', { creditAmountYen: 169 }],
  ] as const)('%s: sends only the fields the kind checks', (kind, input) => {
    expect(serializeConfirmation(kind, typed)).toEqual(input);
  });

  it('sends an empty plan as null (the API says it differs)', () => {
    expect(serializeConfirmation('PLAN_CHANGE', { planCode: '  ' })).toMatchObject({
      planCode: null,
      optionCodes: [],
    });
  });
});

describe('missingConfirmationFields', () => {
  it('asks a conversion checker for plan, date and term (no options is a valid answer)', () => {
    expect(
      missingConfirmationFields('CONVERSION', { optionCodes: [] }).map((e) => e.field),
    ).toEqual(['planCode', 'effectiveDate', 'contractTerm']);
  });

  it('asks a plan change checker for no term (a running contract keeps its own)', () => {
    expect(
      missingConfirmationFields('PLAN_CHANGE', {
        planCode: 'PREMIUM',
        effectiveDate: '2026-05-01',
      }),
    ).toEqual([]);
  });

  it.each([
    ['nothing', undefined, ['REQUIRED']],
    ['a negative amount', -1, ['OUT_OF_RANGE']],
    ['a fraction of a yen', 16.9, ['OUT_OF_RANGE']],
    ['zero', 0, []],
    ['a whole amount', 169, []],
  ])('asks a service credit checker for a whole amount of yen: %s', (_case, yen, codes) => {
    const errors = missingConfirmationFields('SERVICE_CREDIT', { creditAmountYen: yen });
    expect(errors.map((e) => e.code)).toEqual(codes);
    expect(errors.every((e) => e.field === 'creditAmountYen')).toBe(true);
  });

  it('asks a cancellation checker only for the date', () => {
    expect(missingConfirmationFields('CANCELLATION', {}).map((e) => e.field)).toEqual([
      'effectiveDate',
    ]);
    expect(missingConfirmationFields('CANCELLATION', { effectiveDate: '2026-05-01' })).toEqual([]);
  });

  it.each([
    ['nothing', undefined, ['REQUIRED']],
    ['blanks', '   ', ['REQUIRED']],
    ['12 digits', '701000100884', ['INVALID_CORPORATE_NUMBER']],
    ['a wrong check digit', '8010001008844', ['INVALID_CORPORATE_NUMBER']],
    ['full-width digits with hyphens', '７０１０-００１０-０８８４４', []],
    ['the 13 digits', '7010001008844', []],
  ])('asks an erasure checker for a real corporate number: %s', (_case, corporateNumber, codes) => {
    const errors = missingConfirmationFields('ERASURE', { corporateNumber });
    expect(errors.map((e) => e.code)).toEqual(codes);
    expect(errors.every((e) => e.field === 'corporateNumber')).toBe(true);
  });

  it('asks a trial extension checker only for the new trial end date', () => {
    expect(missingConfirmationFields('TRIAL_EXTENSION', {}).map((e) => e.field)).toEqual([
      'trialEndsOn',
    ]);
    expect(missingConfirmationFields('TRIAL_EXTENSION', { trialEndsOn: '2026-05-20' })).toEqual([]);
  });
});
