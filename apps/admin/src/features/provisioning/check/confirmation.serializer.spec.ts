import type { RequestFormCustomerFragment } from '../../../gql/graphql';
import { missingConfirmationFields, serializeConfirmation } from './confirmation.serializer';

const current: RequestFormCustomerFragment['subscription'] = {
  id: 'S1',
  status: 'ACTIVE',
  plan: { id: 'P', code: 'STANDARD' },
  options: [
    { id: 'a', code: 'MFA_TOTP' },
    { id: 'b', code: 'MFA_PASSWORD' },
  ],
};
const typed = {
  planCode: ' PREMIUM ',
  optionCodes: ['STORAGE_200GB', 'MFA_PASSWORD', 'STORAGE_200GB'],
  effectiveDate: '2026-05-01',
};

describe('serializeConfirmation', () => {
  it.each([
    [
      'CONVERSION',
      {
        planCode: 'PREMIUM',
        optionCodes: ['MFA_PASSWORD', 'STORAGE_200GB'],
        effectiveDate: '2026-05-01',
      },
    ],
    [
      'PLAN_CHANGE',
      {
        planCode: 'PREMIUM',
        optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'],
        effectiveDate: '2026-05-01',
      },
    ],
    [
      'OPTION_CHANGE',
      {
        planCode: 'STANDARD',
        optionCodes: ['MFA_PASSWORD', 'STORAGE_200GB'],
        effectiveDate: '2026-05-01',
      },
    ],
    ['CANCELLATION', { planCode: null, optionCodes: [], effectiveDate: '2026-05-01' }],
  ] as const)(
    '%s: what the checker typed, completed from the current subscription',
    (kind, input) => {
      expect(serializeConfirmation(kind, typed, current)).toEqual(input);
    },
  );
});

describe('missingConfirmationFields', () => {
  it('asks a conversion checker for plan and date (no options is a valid answer)', () => {
    expect(
      missingConfirmationFields('CONVERSION', { optionCodes: [] }).map((e) => e.field),
    ).toEqual(['planCode', 'effectiveDate']);
  });

  it('asks a cancellation checker only for the date', () => {
    expect(missingConfirmationFields('CANCELLATION', {}).map((e) => e.field)).toEqual([
      'effectiveDate',
    ]);
    expect(missingConfirmationFields('CANCELLATION', { effectiveDate: '2026-05-01' })).toEqual([]);
  });
});
