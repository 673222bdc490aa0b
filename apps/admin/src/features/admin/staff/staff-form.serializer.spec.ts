import type { StaffRole } from '@kizuna/domain';
import {
  checkStaff,
  serializeCreateStaff,
  serializeUpdateStaff,
  type StaffFormValues,
} from './staff-form.serializer';

const valid: StaffFormValues = {
  email: 'hanako@kizuna.example',
  displayName: '佐藤 花子',
  roles: ['OPERATOR'],
  password: 'correct horse battery',
};

describe('checkStaff (create)', () => {
  it.each([
    ['a complete form', {}, []],
    ['no email', { email: '  ' }, [['REQUIRED', 'email']]],
    ['a malformed email', { email: 'hanako@' }, [['INVALID_EMAIL', 'email']]],
    ['a blank name', { displayName: ' ' }, [['REQUIRED', 'displayName']]],
    ['no role', { roles: [] }, [['REQUIRED', 'roles']]],
    ['no password', { password: '' }, [['REQUIRED', 'password']]],
  ] as [string, Partial<StaffFormValues>, [string, string][]][])(
    '%s → %j',
    (_, change, expected) => {
      const errors = checkStaff({ ...valid, ...change }, 'create');
      expect(errors.map((e) => [e.code, e.field])).toEqual(expected);
    },
  );

  it('does not ask an edit for the email or a password', () => {
    expect(checkStaff({ displayName: '佐藤', roles: ['ADMIN'] }, 'update')).toEqual([]);
  });
});

describe('serializeCreateStaff', () => {
  it('normalises the email as the domain does, trims the name, orders the roles', () => {
    expect(
      serializeCreateStaff({
        email: ' Ｈａｎａｋｏ@Kizuna.Example ',
        displayName: ' 佐藤 花子 ',
        roles: ['ADMIN', 'CHECKER', 'ADMIN'] as StaffRole[],
        password: ' keeps its spaces ',
      }),
    ).toEqual({
      email: 'Hanako@kizuna.example',
      displayName: '佐藤 花子',
      roles: ['CHECKER', 'ADMIN'],
      password: ' keeps its spaces ',
    });
  });

  it('sends an email it cannot normalise as typed (trimmed), for the API to refuse', () => {
    expect(serializeCreateStaff({ ...valid, email: ' not-an-email ' }).email).toBe('not-an-email');
  });
});

describe('serializeUpdateStaff', () => {
  it('names the staff member and sends only the name and the roles', () => {
    expect(
      serializeUpdateStaff('U3RhZmY6Mg==', { displayName: ' 田中 ', roles: ['ANALYST'] }),
    ).toEqual({ staffMemberId: 'U3RhZmY6Mg==', displayName: '田中', roles: ['ANALYST'] });
  });
});
