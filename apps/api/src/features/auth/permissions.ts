import {
  canEditPersonalData,
  canSeePersonalData,
  isApiKeyScope,
  type StaffRole,
} from '@kizuna/domain';

/**
 * What a caller may do. Staff get permissions through their roles; API keys carry them
 * directly as scopes, so one check serves both kinds of caller.
 */
export const PERMISSIONS = [
  'customers:read',
  'customers:write',
  'personal-data:read',
  'catalog:read',
  'provisioning:read',
  'provisioning:write',
  'provisioning:check',
  'near-misses:write',
  'surveys:read',
  'surveys:write',
  'audit:read',
  'api-keys:manage',
  'staff:manage',
  'catalog:write',
  'surveys:manage',
  'events:read',
  'webhooks:manage',
  'usage:read',
  'usage:write',
  'revenue:read',
  // Recording availability (which raises service credits) is for admins (ADMIN holds every permission).
  'sla:write',
  // Contacts are added, corrected and removed by the roles of the domain's canEditPersonalData.
  'personal-data:write',
  // Customer-success tasks (kickoffs, follow-ups): read by every role, worked by operators and admins.
  'tasks:read',
  'tasks:write',
  // Health score weights and thresholds, touch-model thresholds: admins only.
  'health-settings:write',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ROLE_PERMISSIONS: Record<StaffRole, readonly Permission[]> = {
  OPERATOR: [
    'customers:read',
    'customers:write',
    'catalog:read',
    'provisioning:read',
    'provisioning:write',
    'near-misses:write',
    'surveys:read',
    'audit:read',
    'usage:read',
    'tasks:read',
    'tasks:write',
  ],
  CHECKER: [
    'customers:read',
    'catalog:read',
    'provisioning:read',
    'provisioning:check',
    'near-misses:write',
    'surveys:read',
    'audit:read',
    'tasks:read',
  ],
  // Analysts explore results; personal data in comments reaches them masked.
  // Analysts also load survey results (CSV import, surveys:write). Usage data is read by analysts
  // and loaded by the product's integration (API key) or an admin, not by hand.
  ANALYST: [
    'customers:read',
    'catalog:read',
    'surveys:read',
    'surveys:write',
    'provisioning:read',
    'usage:read',
    // Revenue figures (revenueReport) are for analysts and admins.
    'revenue:read',
    'tasks:read',
  ],
  ADMIN: PERMISSIONS.filter((p) => p !== 'personal-data:read' && p !== 'personal-data:write'),
};

/** Union of the permissions of the given roles. */
export function permissionsOfRoles(roles: readonly StaffRole[]): Set<Permission> {
  const permissions = new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role] ?? []));
  // Who may see personal data is a business rule of the domain, not of this table.
  if (canSeePersonalData(roles)) permissions.add('personal-data:read');
  if (canEditPersonalData(roles)) permissions.add('personal-data:write');
  return permissions;
}

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}

/**
 * What an API key may do: its stored scopes that the domain's API_KEY_SCOPES allows — a key
 * stored before the list narrowed (e.g. with provisioning:write) loses what it may no longer hold.
 * (Compiles only while every API key scope is a permission.)
 */
export function permissionsOfScopes(scopes: readonly string[]): Set<Permission> {
  return new Set<Permission>(scopes.filter(isApiKeyScope));
}
