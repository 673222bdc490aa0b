import { toGlobalId } from '../../graphql/relay';
import type { SubscriptionModel } from './subscription.model';
import { SubscriptionType } from './subscription.type';

/** A class instance (type-graphql then does not copy it per field); timestamps stay text. */
export function toSubscriptionType(s: SubscriptionModel): SubscriptionType {
  const subscription = new SubscriptionType();
  subscription.id = toGlobalId('Subscription', s.id);
  subscription.dbId = s.id;
  subscription.planId = s.planId;
  subscription.status = s.status;
  subscription.timestamps = { startedAt: s.startedAt, cancelledAt: s.cancelledAt };
  subscription.version = s.version;
  subscription.contractTerm = s.contractTerm;
  return subscription;
}
