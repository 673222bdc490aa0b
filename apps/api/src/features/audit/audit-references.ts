import { toGlobalId } from '../../graphql/relay';

/** Keys of before/after that hold another entity's database id, and that entity's type. */
const REFERENCE_TYPES: Readonly<Record<string, string>> = {
  customerId: 'Customer',
  provisioningRequestId: 'ProvisioningRequest',
  subscriptionId: 'Subscription',
  nearMissId: 'NearMiss',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface AuditReference {
  key: string;
  value: string;
  entityType: string;
  entityId: string;
}

/**
 * The entities an audit event's before/after name by database id (`provisioningRequestId`, …),
 * with their global ids, so that a client can link them without knowing how ids are built.
 * Each key and value once, before's first.
 */
export function auditReferences(before: unknown, after: unknown): AuditReference[] {
  const seen = new Set<string>();
  const references: AuditReference[] = [];
  for (const side of [before, after]) {
    if (!side || typeof side !== 'object' || Array.isArray(side)) continue;
    for (const [key, value] of Object.entries(side)) {
      const entityType = REFERENCE_TYPES[key];
      if (!entityType || typeof value !== 'string' || !UUID.test(value)) continue;
      const pair = `${key}\n${value}`;
      if (seen.has(pair)) continue;
      seen.add(pair);
      references.push({ key, value, entityType, entityId: toGlobalId(entityType, value) });
    }
  }
  return references;
}
