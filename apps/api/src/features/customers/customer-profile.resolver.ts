import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { parseGlobalId } from '../../graphql/relay';
import { toUserErrors } from '../../graphql/user-error.type';
import { UpdateCustomerInput, UpdateCustomerPayload } from './customer-profile.inputs';
import { toCustomerType } from './customer.mapper';
import { updateCustomer } from './update-customer.service';

@Resolver()
export class CustomerProfileResolver {
  @Authorized('customers:write')
  @Mutation(() => UpdateCustomerPayload, {
    description:
      'Change the company record (name, furigana, 法人番号, revenue, current ratio, employees, industry, engagement) at the version read. Refused for an erased customer. Contacts are changed with addContact / updateContact / removeContact / setPrimaryContact.',
  })
  async updateCustomer(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: UpdateCustomerInput,
  ): Promise<UpdateCustomerPayload> {
    const { customerId, version, ...change } = input;
    const result = await updateCustomer(ctx.dataSource, ctx.actor!, ctx.requestId, ctx.clock, {
      customerId: parseGlobalId(customerId, 'Customer'),
      version,
      change,
    });
    if (!result.ok) return { customer: null, userErrors: toUserErrors(result.error, ctx.locale) };
    const customer = await ctx.loaders.customers.byId.load(result.value);
    return { customer: customer && toCustomerType(customer, ctx.clock.now()), userErrors: [] };
  }
}
