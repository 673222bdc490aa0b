import { toGlobalId } from '../../graphql/relay';
import type { SubscriptionModel } from './subscription.model';
import type { SubscriptionType } from './subscription.type';

export function toSubscriptionType(s: SubscriptionModel): SubscriptionType {
  return {
    id: toGlobalId('Subscription', s.id),
    dbId: s.id,
    planId: s.planId,
    status: s.status,
    startedAt: s.startedAt,
    cancelledAt: s.cancelledAt,
    version: s.version,
  };
}
