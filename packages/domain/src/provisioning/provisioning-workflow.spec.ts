import { canTransition } from '../shared/state-machine.js';
import {
  changesContract,
  PROVISIONING_KINDS,
  PROVISIONING_STATUSES,
  PROVISIONING_TRANSITIONS,
  type ProvisioningStatus,
} from './provisioning-workflow.js';

describe('provisioning transitions', () => {
  const allowed: [ProvisioningStatus, ProvisioningStatus][] = [
    ['PENDING_CHECK', 'APPLIED'],
    ['PENDING_CHECK', 'SCHEDULED'],
    ['SCHEDULED', 'APPLIED'],
    ['SCHEDULED', 'FAILED'],
    ['SCHEDULED', 'WITHDRAWN'],
    ['PENDING_CHECK', 'RETURNED'],
    ['PENDING_CHECK', 'REJECTED'],
    ['PENDING_CHECK', 'WITHDRAWN'],
    ['RETURNED', 'PENDING_CHECK'],
    ['RETURNED', 'WITHDRAWN'],
  ];
  const all = PROVISIONING_STATUSES.flatMap((f) =>
    PROVISIONING_STATUSES.map((t) => [f, t] as const),
  );
  it.each(all)('%s → %s', (from, to) => {
    expect(canTransition(PROVISIONING_TRANSITIONS, from, to)).toBe(
      allowed.some(([f, t]) => f === from && t === to),
    );
  });
});

describe('kinds that change a contract', () => {
  it.each(PROVISIONING_KINDS.map((k) => [k, k !== 'SERVICE_CREDIT'] as const))(
    '%s: %s',
    (kind, changes) => {
      expect(changesContract(kind)).toBe(changes);
    },
  );
});
