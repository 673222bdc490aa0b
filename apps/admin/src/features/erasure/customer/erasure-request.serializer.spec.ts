import { checkErasureDraft, serializeErasure } from './erasure-request.serializer';

// 2027-01-10 10:00 in Tokyo.
const today = new Date('2027-01-10T01:00:00Z');

describe('serializeErasure', () => {
  it('sends the customer and the chosen date', () => {
    expect(serializeErasure('C1', { effectiveDate: '2027-01-12' })).toEqual({
      customerId: 'C1',
      effectiveDate: '2027-01-12',
    });
  });

  it('sends a missing date as empty (the API says it is required)', () => {
    expect(serializeErasure('C1', {})).toEqual({ customerId: 'C1', effectiveDate: '' });
  });
});

describe('checkErasureDraft', () => {
  it.each([
    ['today', 'CHURNED', '2027-01-10', []],
    ['a later day', 'CHURNED', '2027-02-01', []],
    ['no date', 'CHURNED', undefined, ['REQUIRED effectiveDate']],
    ['yesterday', 'CHURNED', '2027-01-09', ['DATE_IN_PAST effectiveDate']],
    ['an active customer', 'ACTIVE', '2027-01-10', ['NOT_CHURNED customerId']],
    ['an erased customer', 'ERASED', '2027-01-10', ['NOT_CHURNED customerId']],
  ] as const)('%s → %j', (_case, stage, effectiveDate, expected) => {
    const errors = checkErasureDraft(stage, { effectiveDate }, today);
    expect(errors.map((e) => `${e.code} ${e.field}`)).toEqual(expected);
  });

  it('explains a refusal in both languages', () => {
    const [error] = checkErasureDraft('CHURNED', { effectiveDate: '2027-01-09' }, today);
    expect(error?.message.ja).toBeTruthy();
    expect(error?.message.en).toBeTruthy();
  });
});
