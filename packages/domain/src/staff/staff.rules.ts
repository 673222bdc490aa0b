export const STAFF_ROLES = ['OPERATOR', 'CHECKER', 'ANALYST', 'ADMIN'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const STAFF_ROLE_LABELS: Record<StaffRole, { ja: string; en: string }> = {
  OPERATOR: { ja: 'オペレーター（作成者）', en: 'Operator (maker)' },
  CHECKER: { ja: 'チェッカー（確認者）', en: 'Checker' },
  ANALYST: { ja: 'アナリスト', en: 'Analyst' },
  ADMIN: { ja: '管理者', en: 'Administrator' },
};

/**
 * What an integrator's API key may do; a key holds a list of these and nothing else. Making and
 * checking changes (provisioning:write / :check, near-misses:write) is for people — a maker and
 * a checker are named staff — and administration (keys, staff, catalog) stays with staff too.
 */
export const API_KEY_SCOPES = [
  'customers:read',
  'customers:write',
  'catalog:read',
  'provisioning:read',
  'surveys:read',
  'surveys:write',
  'audit:read',
  'personal-data:read',
  'events:read',
  'webhooks:manage',
  'usage:read',
  'usage:write',
  'revenue:read',
] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/** Is this string a known API key scope? */
export function isApiKeyScope(value: string): value is ApiKeyScope {
  return (API_KEY_SCOPES as readonly string[]).includes(value);
}

/** Roles whose daily work needs the contacts' personal data. Analysts see it masked or not at all. */
const PERSONAL_DATA_ROLES: readonly StaffRole[] = ['OPERATOR', 'CHECKER', 'ADMIN'];

/** May someone holding these roles see personal data in clear? */
export function canSeePersonalData(roles: readonly StaffRole[]): boolean {
  return roles.some((r) => PERSONAL_DATA_ROLES.includes(r));
}

/**
 * Roles that add, correct and remove contact persons: operators, who look after customers, and
 * administrators. Checkers and analysts read what others entered.
 */
const PERSONAL_DATA_EDITOR_ROLES: readonly StaffRole[] = ['OPERATOR', 'ADMIN'];

/** May someone holding these roles change personal data (contacts)? */
export function canEditPersonalData(roles: readonly StaffRole[]): boolean {
  return roles.some((r) => PERSONAL_DATA_EDITOR_ROLES.includes(r));
}

/** Does the staff member hold exactly this role? No role implies another (ADMIN is not CHECKER). */
export function hasRole(roles: readonly StaffRole[], role: StaffRole): boolean {
  return roles.includes(role);
}
