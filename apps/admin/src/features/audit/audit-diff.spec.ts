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
      {
        key: 'fields',
        before: '["a"]',
        after: '',
        changed: true,
        items: { before: [{ value: 'a', mark: 'removed' }], after: null },
      },
      {
        key: 'mismatchedFields',
        before: '',
        after: '["optionCodes"]',
        changed: true,
        items: { before: null, after: [{ value: 'optionCodes', mark: 'added' }] },
      },
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

describe('auditDiff on lists', () => {
  it('marks the items a change kept, removed and added', () => {
    const [row] = auditDiff(
      { optionCodes: ['MFA_FACE', 'MFA_PASSWORD', 'MFA_PIN'] },
      { optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'] },
    );
    expect(row!.items).toEqual({
      before: [
        { value: 'MFA_FACE', mark: 'removed' },
        { value: 'MFA_PASSWORD', mark: 'kept' },
        { value: 'MFA_PIN', mark: 'removed' },
      ],
      after: [
        { value: 'MFA_PASSWORD', mark: 'kept' },
        { value: 'MFA_TOTP', mark: 'added' },
      ],
    });
    expect(row!.changed).toBe(true);
  });

  it('keeps an absent side apart from an empty list', () => {
    expect(auditDiff(null, { fields: ['planCode'] })[0]!.items).toEqual({
      before: null,
      after: [{ value: 'planCode', mark: 'added' }],
    });
    expect(auditDiff({ fields: [] }, { fields: ['planCode'] })[0]!.items!.before).toEqual([]);
  });

  it('counts repeated values: of two, one kept and one removed', () => {
    expect(auditDiff({ codes: ['a', 'a', 1] }, { codes: ['a', '1'] })[0]!.items).toEqual({
      before: [
        { value: 'a', mark: 'kept' },
        { value: 'a', mark: 'removed' },
        { value: '1', mark: 'removed' },
      ],
      after: [
        { value: 'a', mark: 'kept' },
        { value: '1', mark: 'added' },
      ],
    });
  });

  it('leaves lists of objects, and a list against a value, as text', () => {
    const rows = auditDiff({ a: [{ x: 1 }], b: ['x'] }, { a: [{ x: 2 }], b: 'x' });
    expect(rows.map((r) => r.items)).toEqual([undefined, undefined]);
    expect(rows[0]).toMatchObject({ before: '[{"x":1}]', after: '[{"x":2}]', changed: true });
  });
});
