import {
  AUDIT_ACTION_CODES,
  AUDIT_ACTION_GROUPS,
  AUDIT_ACTIONS,
  auditActionLabel,
  auditActionsOf,
  auditEntityLabel,
  isAuditAction,
} from './audit-action-labels.js';

describe('audit action labels', () => {
  it.each(AUDIT_ACTION_CODES)('%s reads as words in both languages, not as its code', (action) => {
    const { ja, en, group } = AUDIT_ACTIONS[action];
    expect(AUDIT_ACTION_GROUPS).toContain(group);
    expect(ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/); // Japanese, not the code
    expect(en).toMatch(/^[A-Z]/);
    for (const label of [ja, en]) expect(label).not.toContain('.');
  });

  it('gives every action its own words, so that the filter tells them apart', () => {
    for (const locale of ['ja', 'en'] as const) {
      const labels = AUDIT_ACTION_CODES.map((a) => AUDIT_ACTIONS[a][locale]);
      expect(new Set(labels).size).toBe(labels.length);
    }
  });

  it.each([
    ['provisioningRequest.confirmationMismatch', 'ja', 'ダブルチェックで入力が不一致（差し戻し）'],
    ['provisioningRequest.confirmationMismatch', 'en', 'Double check did not match (returned)'],
    ['surveyImport.completed', 'ja', 'アンケート回答をCSV取込'],
    // A row written before an action was renamed: its code, never an empty cell.
    ['customer.somethingOld', 'ja', 'customer.somethingOld'],
  ] as const)('labels %s in %s as %s', (action, locale, label) => {
    expect(auditActionLabel(action, locale)).toBe(label);
  });

  it('groups every action once, groups in menu order', () => {
    const grouped = AUDIT_ACTION_GROUPS.flatMap(auditActionsOf);
    expect([...grouped].sort()).toEqual([...AUDIT_ACTION_CODES].sort());
    for (const group of AUDIT_ACTION_GROUPS)
      expect(auditActionsOf(group).length).toBeGreaterThan(0);
  });

  it.each([
    ['provisioningRequest.applied', true],
    ['toString', false],
    ['', false],
  ])('knows whether %j is an action', (action, known) => {
    expect(isAuditAction(action)).toBe(known);
  });

  it.each([
    ['Customer', 'ja', '顧客'],
    ['ProvisioningRequest', 'en', 'Request'],
    ['Unheard', 'ja', 'Unheard'],
  ] as const)('calls entity type %s %s: %s', (type, locale, label) => {
    expect(auditEntityLabel(type, locale)).toBe(label);
  });
});
