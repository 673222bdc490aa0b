import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { assessMfaPolicy, type Result, type UserErrorData } from '@kizuna/domain';
import type { GraphQLContext } from '../../graphql/context';
import { toConnection } from '../../graphql/connection.type';
import { forbidden } from '../../graphql/errors';
import { expectGlobalId, pageSize, parseGlobalId } from '../../graphql/relay';
import { selects } from '../../graphql/selection';
import { toUserErrors } from '../../graphql/user-error.type';
import { loadSubscriptionOptions } from '../subscriptions/subscription.resolver';
import { toSubscriptionType } from '../subscriptions/subscription.mapper';
import { preloadSubscriptions } from '../subscriptions/subscription.preload';
import { SubscriptionType } from '../subscriptions/subscription.type';
import { listCustomers } from './customer-list.query';
import {
  CreateLeadInput,
  CreateLeadPayload,
  CustomerFilter,
  CustomerOrder,
  StartTrialInput,
  StartTrialPayload,
} from './customer.inputs';
import { toProvisioningRequestType } from '../provisioning/provisioning.mapper';
import { ProvisioningRequestType } from '../provisioning/provisioning.type';
import { toContactType, toCustomerType } from './customer.mapper';
import {
  ContactType,
  CustomerConnection,
  CustomerType,
  MfaPolicyType,
  StageChangeType,
} from './customer.type';
import { createLead, startTrial, startTrialForLead } from './start-trial.service';

@Resolver(() => CustomerType)
export class CustomerResolver {
  @Authorized('customers:read')
  @Query(() => CustomerConnection, {
    description: 'Customers, newest first unless ordered otherwise. Keyset-paginated.',
  })
  async customers(
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('first', () => Int, { nullable: true, description: '1–100, default 20.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => CustomerFilter, { nullable: true }) filter?: CustomerFilter,
    @Arg('orderBy', () => CustomerOrder, { nullable: true }) orderBy?: CustomerOrder,
  ) {
    const subscription = ['edges', 'node', 'subscription'];
    const withSubscription = selects(info, subscription);
    const page = await listCustomers(ctx.dataSource, {
      now: ctx.clock.now(),
      erasureGraceDays: ctx.erasureGraceDays,
      first: pageSize(first),
      after,
      filter,
      orderBy,
      withSubscription,
    });
    for (const row of page.nodes) {
      ctx.loaders.customers.byId.prime(row.id, row);
      if (row.subscription !== undefined) ctx.loaders.subscriptions.prime(row.id, row.subscription);
    }
    const now = ctx.clock.now();
    const connection = toConnection(page, (row) => toCustomerType(row, now));
    if (withSubscription) {
      await preloadSubscriptions(
        ctx,
        connection.edges.map((edge) => edge.node),
        page.nodes.map((row) => row.subscription ?? null),
        {
          plan: selects(info, [...subscription, 'plan']),
          options: selects(info, [...subscription, 'options']),
        },
      );
    }
    return connection;
  }

  @Authorized('customers:read')
  @Query(() => CustomerType, {
    nullable: true,
    description: 'A customer by global id; null when it does not exist.',
  })
  async customer(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
  ): Promise<CustomerType | null> {
    const customer = await ctx.loaders.customers.byId.load(expectGlobalId(id, 'Customer'));
    return customer ? toCustomerType(customer, ctx.clock.now()) : null;
  }

  @Authorized('customers:write')
  @Mutation(() => CreateLeadPayload, {
    description: 'Register a prospect (LEAD) with its primary contact, without a trial.',
  })
  async createLead(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: CreateLeadInput,
  ): Promise<CreateLeadPayload> {
    const result = await createLead(ctx.dataSource, input, ctx.actor!, ctx.requestId, ctx.clock);
    return this.customerPayload(ctx, result);
  }

  @Authorized('customers:write')
  @Mutation(() => StartTrialPayload, {
    description:
      'Start a 30-day trial with every option, at once: for an existing LEAD (customerId) that has not had one, or for a new customer with its contact. A lead whose trial ended needs requestSecondTrial.',
  })
  async startTrial(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: StartTrialInput,
  ): Promise<StartTrialPayload> {
    const result = input.customerId
      ? await startTrialForLead(
          ctx.dataSource,
          parseGlobalId(input.customerId, 'Customer'),
          ctx.actor!,
          ctx.requestId,
          ctx.clock,
        )
      : await startTrial(
          ctx.dataSource,
          {
            ...input,
            name: input.name ?? '',
            contact: input.contact ?? { familyName: '', email: '' },
          },
          ctx.actor!,
          ctx.requestId,
          ctx.clock,
        );
    return this.customerPayload(ctx, result);
  }

  private async customerPayload(
    ctx: GraphQLContext,
    result: Result<string, UserErrorData[]>,
  ): Promise<StartTrialPayload> {
    if (!result.ok) return { customer: null, userErrors: toUserErrors(result.error, ctx.locale) };
    const customer = await ctx.loaders.customers.byId.load(result.value);
    return { customer: customer && toCustomerType(customer, ctx.clock.now()), userErrors: [] };
  }

  @FieldResolver(() => [ProvisioningRequestType], {
    description:
      'Approved changes waiting for their effective date (SCHEDULED), soonest first. Their proposals are visible once approved.',
  })
  async scheduledChanges(
    @Root() customer: CustomerType,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ProvisioningRequestType[]> {
    const rows = await ctx.loaders.provisioning.scheduledByCustomerId.load(customer.dbId);
    return rows.map((row) => {
      ctx.loaders.provisioning.byId.prime(row.id, row);
      return toProvisioningRequestType(row, ctx.locale);
    });
  }

  /** Unless preloaded for the page (schema.ts: resolvePreloadedFirst). */
  @FieldResolver(() => SubscriptionType, { nullable: true })
  subscription(
    @Root() customer: CustomerType,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SubscriptionType | null> {
    return ctx.loaders.subscriptions.byCustomerId
      .load(customer.dbId)
      .then((subscription) => subscription && toSubscriptionType(subscription));
  }

  @FieldResolver(() => MfaPolicyType, {
    description: 'Derived from the MFA options of the subscription.',
  })
  async mfaPolicy(
    @Root() customer: CustomerType,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MfaPolicyType> {
    const subscription = await ctx.loaders.subscriptions.byCustomerId.load(customer.dbId);
    const options = subscription ? await loadSubscriptionOptions(ctx, subscription.id) : [];
    const methods = options
      .filter((o) => o.kind === 'MFA' && o.factorCategory !== null)
      .map((o) => ({
        code: o.code,
        name: ctx.locale === 'ja' ? o.nameJa : o.nameEn,
        category: o.factorCategory!,
      }));
    const assessment = assessMfaPolicy(methods);
    return {
      methods,
      isMultiFactor: assessment.isMultiFactor,
      categories: assessment.categories,
      missingCategories: assessment.missingCategories,
    };
  }

  @FieldResolver(() => [ContactType], {
    nullable: true,
    description: 'Contact persons (personal data). Requires a role that may see personal data.',
  })
  async contacts(
    @Root() customer: CustomerType,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ContactType[]> {
    if (!ctx.actor?.permissions.has('personal-data:read'))
      throw forbidden('see contact persons (personal data)');
    const contacts = await ctx.loaders.customers.contactsByCustomerId.load(customer.dbId);
    return contacts.map(toContactType);
  }

  @FieldResolver(() => [StageChangeType], { description: 'Lifecycle timeline, oldest first.' })
  stageHistory(
    @Root() customer: CustomerType,
    @Ctx() ctx: GraphQLContext,
  ): Promise<StageChangeType[]> {
    return ctx.loaders.customers.stageChangesByCustomerId.load(customer.dbId);
  }
}
