import { auditDiff, entityPath } from './audit-diff';

describe('auditDiff', () => {
  it('lists every key of before and after, marking the changed ones', () => {
    expect(
      auditDiff(
        { status: 'PENDING_CHECK', version: 1, fields: ['a'] },
        { status: 'RETURNED', version: 1, mismatchedFields: ['optionCodes'] },
      ),
    ).toEqual([
      { key: 'status', before: 'PENDING_CHECK', after: 'RETURNED', changed: true },
      { key: 'version', before: '1', after: '1', changed: false },
      { key: 'fields', before: '["a"]', after: '', changed: true },
      { key: 'mismatchedFields', before: '', after: '["optionCodes"]', changed: true },
    ]);
  });

  it('treats a missing before (a creation) as empty', () => {
    expect(auditDiff(null, { kind: 'CONVERSION' })).toEqual([
      { key: 'kind', before: '', after: 'CONVERSION', changed: true },
    ]);
  });

  it('shows values that are not objects as one row', () => {
    expect(auditDiff('x', 'y')).toEqual([{ key: '', before: 'x', after: 'y', changed: true }]);
  });
});

describe('entityPath', () => {
  it.each([
    ['Customer', 'Q3Vz', '/customers/Q3Vz'],
    ['ProvisioningRequest', 'UHJv', '/requests/UHJv'],
    ['NearMiss', 'TmVh', '/near-misses/TmVh'],
    ['Subscription', 'U3Vi', null],
  ])('%s → %s', (type, id, path) => expect(entityPath(type, id)).toBe(path));
});
