import {
  deactivationRefusal,
  roleChangeRefusal,
  validateApiKeyDraft,
  validateStaffMemberDraft,
  validateStaffPassword,
  type StaffMemberState,
} from './staff-admin.rules.js';

const codes = (errors: readonly { code: string; field: string | null }[]) =>
  errors.map((e) => `${e.field}:${e.code}`);

describe('validateStaffMemberDraft', () => {
  it('normalises a valid member (email lower case, roles distinct and ordered)', () => {
    expect(
      validateStaffMemberDraft({
        email: ' Hanako@Example.CO.JP ',
        displayName: '  山田   花子 ',
        roles: ['ADMIN', 'OPERATOR', 'ADMIN'],
      }),
    ).toEqual({
      ok: true,
      value: {
        email: 'hanako@example.co.jp',
        displayName: '山田 花子',
        roles: ['OPERATOR', 'ADMIN'],
      },
    });
  });

  it.each([
    [{ email: 'nope', displayName: 'a', roles: ['ADMIN'] }, ['email:INVALID_EMAIL']],
    [{ email: 'a@b.jp', displayName: ' ', roles: ['ADMIN'] }, ['displayName:REQUIRED']],
    [{ email: 'a@b.jp', displayName: 'x'.repeat(101), roles: ['ADMIN'] }, ['displayName:TOO_LONG']],
    [{ email: 'a@b.jp', displayName: 'x'.repeat(100), roles: [] }, ['roles:REQUIRED']],
    [{ email: 'a@b.jp', displayName: 'x', roles: ['ROOT'] }, ['roles:OUT_OF_RANGE']],
    [
      { email: `${'a'.repeat(250)}@b.jp`, displayName: '', roles: [] },
      ['email:INVALID_EMAIL', 'displayName:REQUIRED', 'roles:REQUIRED'],
    ],
  ])('%j → %j', (draft, expected) => {
    const result = validateStaffMemberDraft(draft);
    expect(result.ok ? [] : codes(result.error)).toEqual(expected);
  });
});

describe('validateStaffPassword', () => {
  it.each([
    ['', ['password:PASSWORD_TOO_SHORT']],
    ['elevenchars', ['password:PASSWORD_TOO_SHORT']],
    ['twelve chars', []],
    ['パスワードは十二文字以上だ', []],
    ['x'.repeat(256), []],
    ['x'.repeat(257), ['password:TOO_LONG']],
  ])('%s → %j', (password, expected) =>
    expect(codes(validateStaffPassword(password))).toEqual(expected),
  );
});

describe('deactivationRefusal', () => {
  const admin = (id: string): StaffMemberState => ({ id, roles: ['ADMIN'], active: true });
  const operator: StaffMemberState = { id: 'op', roles: ['OPERATOR'], active: true };
  it.each([
    ['me', admin('me'), 2, 'CANNOT_DEACTIVATE_SELF'],
    ['me', admin('other'), 1, 'LAST_ACTIVE_ADMIN'],
    ['me', admin('other'), 2, null],
    ['me', operator, 1, null],
    ['me', { ...admin('other'), active: false }, 1, null],
  ] as const)('actor %s, target %j, %d active admins → %s', (actor, target, admins, code) =>
    expect(deactivationRefusal(actor, target, admins)?.code ?? null).toBe(code),
  );
});

describe('roleChangeRefusal', () => {
  const lastAdmin: StaffMemberState = { id: 'a', roles: ['ADMIN'], active: true };
  it.each([
    [lastAdmin, ['OPERATOR'], 1, 'LAST_ACTIVE_ADMIN'],
    [lastAdmin, ['OPERATOR'], 2, null],
    [lastAdmin, ['ADMIN', 'CHECKER'], 1, null],
    [{ ...lastAdmin, roles: ['OPERATOR'] }, ['CHECKER'], 1, null],
  ] as const)('%j → %j with %d admins: %s', (target, roles, admins, code) =>
    expect(roleChangeRefusal(target, roles, admins)?.code ?? null).toBe(code),
  );
});

describe('validateApiKeyDraft', () => {
  const now = new Date('2027-04-01T00:00:00Z');
  it('keeps the domain order of scopes', () => {
    const r = validateApiKeyDraft(
      { name: ' crm ', scopes: ['surveys:read', 'customers:read'], expiresAt: null },
      now,
    );
    expect(r).toEqual({
      ok: true,
      value: { name: 'crm', scopes: ['customers:read', 'surveys:read'], expiresAt: null },
    });
  });

  it.each([
    [{ name: 'x', scopes: ['provisioning:write'] }, ['scopes:INVALID_SCOPE']],
    [{ name: 'x', scopes: ['provisioning:check'] }, ['scopes:INVALID_SCOPE']],
    [{ name: 'x', scopes: ['api-keys:manage'] }, ['scopes:INVALID_SCOPE']],
    [{ name: 'x', scopes: ['staff:manage'] }, ['scopes:INVALID_SCOPE']],
    [{ name: 'x', scopes: ['catalog:write'] }, ['scopes:INVALID_SCOPE']],
    [{ name: 'x', scopes: ['near-misses:write'] }, ['scopes:INVALID_SCOPE']],
    [{ name: 'x', scopes: ['personal-data:read'] }, []],
    [{ name: '', scopes: [] }, ['name:REQUIRED', 'scopes:REQUIRED']],
    [{ name: 'x'.repeat(101), scopes: ['audit:read'] }, ['name:TOO_LONG']],
    [
      { name: 'x', scopes: ['audit:read'], expiresAt: new Date('2027-03-31T23:59:59Z') },
      ['expiresAt:DATE_IN_PAST'],
    ],
    [{ name: 'x', scopes: ['audit:read'], expiresAt: new Date('2027-04-02T00:00:00Z') }, []],
  ])('%j → %j', (draft, expected) => {
    const r = validateApiKeyDraft({ expiresAt: null, ...draft }, now);
    expect(r.ok ? [] : codes(r.error)).toEqual(expected);
  });
});
