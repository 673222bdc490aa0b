import { Field, Int, ObjectType } from 'type-graphql';
import { formatYen, withConsumptionTax, type TaxedAmount } from '@kizuna/domain';

@ObjectType({
  simpleResolvers: true,
  description:
    'A monthly amount in whole yen with 10 % consumption tax; tax is computed once on the total and rounded down (切り捨て).',
})
export class TaxedAmountType {
  @Field(() => Int, { description: '税抜' })
  excludingTax: number;

  @Field(() => Int)
  tax: number;

  @Field(() => Int, { description: '税込' })
  includingTax: number;

  @Field({ description: 'Excluding tax, formatted like ￥1,490.' })
  formattedExcludingTax: string;

  @Field({ description: 'Including tax, formatted like ￥1,639.' })
  formattedIncludingTax: string;
}

export function toTaxedAmountType(amount: TaxedAmount): TaxedAmountType {
  return {
    ...amount,
    formattedExcludingTax: formatYen(amount.excludingTax),
    formattedIncludingTax: formatYen(amount.includingTax),
  };
}

/** Tax a net monthly amount for display. */
export const taxedAmount = (yen: number) => toTaxedAmountType(withConsumptionTax(yen));
