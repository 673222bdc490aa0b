import { GraphQLDateTime } from 'graphql-scalars';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { erasureDueAt } from '@kizuna/domain';
import { parseTimestamp } from '../../db/timestamps';
import type { GraphQLContext } from '../../graphql/context';
import { CustomerType } from '../customers/customer.type';

@Resolver(() => CustomerType)
export class CustomerErasureFieldsResolver {
  @FieldResolver(() => GraphQLDateTime, {
    nullable: true,
    description:
      "When this CHURNED customer's personal data is due for erasure: the churn plus KIZUNA_ERASURE_GRACE_DAYS (default 30). Null unless CHURNED.",
  })
  erasureDueAt(@Root() customer: CustomerType, @Ctx() ctx: GraphQLContext): Date | null {
    return erasureDueAt(
      { stage: customer.stage, churnedAt: parseTimestamp(customer.churnedAt ?? null) },
      ctx.erasureGraceDays,
    );
  }
}
