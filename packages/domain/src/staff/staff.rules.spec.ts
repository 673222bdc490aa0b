import {
  canEditPersonalData,
  canSeePersonalData,
  hasRole,
  isApiKeyScope,
  type StaffRole,
} from './staff.rules.js';

describe('canSeePersonalData', () => {
  it.each([
    [['OPERATOR'], true],
    [['CHECKER'], true],
    [['ADMIN'], true],
    [['ANALYST'], false],
    [['ANALYST', 'CHECKER'], true],
    [[], false],
  ] as [StaffRole[], boolean][])('%j → %s', (roles, allowed) =>
    expect(canSeePersonalData(roles)).toBe(allowed),
  );
});

describe('canEditPersonalData', () => {
  it.each([
    [['OPERATOR'], true],
    [['ADMIN'], true],
    [['CHECKER'], false],
    [['ANALYST'], false],
    [['ANALYST', 'OPERATOR'], true],
    [[], false],
  ] as [StaffRole[], boolean][])('%j → %s', (roles, allowed) =>
    expect(canEditPersonalData(roles)).toBe(allowed),
  );

  it('is never granted to someone who may not see personal data', () => {
    for (const role of ['OPERATOR', 'CHECKER', 'ANALYST', 'ADMIN'] as StaffRole[])
      if (canEditPersonalData([role])) expect(canSeePersonalData([role])).toBe(true);
  });
});

describe('hasRole', () => {
  it.each([
    [['CHECKER'], 'CHECKER', true],
    [['ADMIN'], 'CHECKER', false],
    [['ADMIN'], 'OPERATOR', false],
    [['OPERATOR', 'CHECKER'], 'CHECKER', true],
    [[], 'ADMIN', false],
  ] as [StaffRole[], StaffRole, boolean][])('%j has %s: %s', (roles, role, held) =>
    expect(hasRole(roles, role)).toBe(held),
  );
});

describe('isApiKeyScope', () => {
  it.each([
    ['customers:read', true],
    ['personal-data:read', true],
    ['provisioning:write', false],
    ['provisioning:check', false],
    ['api-keys:manage', false],
    ['staff:manage', false],
    ['catalog:write', false],
    ['near-misses:write', false],
    ['audit:read', true],
    ['audit:write', false],
    ['customers', false],
    ['CUSTOMERS:READ', false],
  ])('%s → %s', (scope, known) => expect(isApiKeyScope(scope)).toBe(known));
});
