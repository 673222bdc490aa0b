import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { SubscriptionType } from '../subscriptions/subscription.type';
import { feeHistoryLoader } from './subscription-fee.loaders';
import { SubscriptionFeeType } from './subscription-fee.type';

@Resolver(() => SubscriptionType)
export class SubscriptionFeeHistoryResolver {
  @Authorized('customers:read')
  @FieldResolver(() => [SubscriptionFeeType], {
    description:
      'The fee history (ADR 0018): every change of status, plan, options, term or price with the monthly fee from its date, newest first.',
  })
  feeHistory(
    @Root() subscription: SubscriptionType,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SubscriptionFeeType[]> {
    return feeHistoryLoader(ctx).load(subscription.dbId);
  }
}
