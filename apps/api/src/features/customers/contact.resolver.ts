import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { parseGlobalId, toGlobalId } from '../../graphql/relay';
import { toUserErrors } from '../../graphql/user-error.type';
import {
  AddContactInput,
  AddContactPayload,
  RemoveContactInput,
  RemoveContactPayload,
  SetPrimaryContactInput,
  SetPrimaryContactPayload,
  UpdateContactInput,
  UpdateContactPayload,
} from './contact.inputs';
import {
  addContact,
  removeContact,
  setPrimaryContact,
  updateContact,
  type ContactOutcome,
} from './contact.service';
import { toContactType, toCustomerType } from './customer.mapper';

/** Contact persons are personal data: changed by the roles of `personal-data:write`. */
@Resolver()
export class ContactResolver {
  private who(ctx: GraphQLContext) {
    return { actor: ctx.actor!, requestId: ctx.requestId, clock: ctx.clock };
  }

  /** The payload of every contact mutation: the contact as it is now, and its customer. */
  private async payload(ctx: GraphQLContext, outcome: ContactOutcome) {
    if (!outcome.ok)
      return {
        contact: null,
        customer: null,
        removedContactId: null,
        userErrors: toUserErrors(outcome.error, ctx.locale),
      };
    const { customerId, contactId } = outcome.value;
    const [customer, contacts] = await Promise.all([
      ctx.loaders.customers.byId.load(customerId),
      ctx.loaders.customers.contactsByCustomerId.load(customerId),
    ]);
    const contact = contacts.find((c) => c.id === contactId);
    return {
      contact: contact ? toContactType(contact) : null,
      customer: customer && toCustomerType(customer, ctx.clock.now()),
      removedContactId: contact ? null : toGlobalId('Contact', contactId),
      userErrors: [],
    };
  }

  @Authorized('personal-data:write')
  @Mutation(() => AddContactPayload, {
    description: 'Add a contact person to a customer, validated by the Japanese rules.',
  })
  async addContact(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: AddContactInput,
  ): Promise<AddContactPayload> {
    const { customerId, ...draft } = input;
    const outcome = await addContact(
      ctx.dataSource,
      this.who(ctx),
      parseGlobalId(customerId, 'Customer'),
      draft,
    );
    return this.payload(ctx, outcome);
  }

  @Authorized('personal-data:write')
  @Mutation(() => UpdateContactPayload, { description: "Correct a contact person's fields." })
  async updateContact(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: UpdateContactInput,
  ): Promise<UpdateContactPayload> {
    const { contactId, ...change } = input;
    const outcome = await updateContact(
      ctx.dataSource,
      this.who(ctx),
      parseGlobalId(contactId, 'Contact'),
      change,
    );
    return this.payload(ctx, outcome);
  }

  @Authorized('personal-data:write')
  @Mutation(() => RemoveContactPayload, {
    description: 'Remove a contact person (not the primary one).',
  })
  async removeContact(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: RemoveContactInput,
  ): Promise<RemoveContactPayload> {
    const outcome = await removeContact(
      ctx.dataSource,
      this.who(ctx),
      parseGlobalId(input.contactId, 'Contact'),
    );
    return this.payload(ctx, outcome);
  }

  @Authorized('personal-data:write')
  @Mutation(() => SetPrimaryContactPayload, {
    description: "Make a contact the customer's primary contact (exactly one per customer).",
  })
  async setPrimaryContact(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: SetPrimaryContactInput,
  ): Promise<SetPrimaryContactPayload> {
    const outcome = await setPrimaryContact(
      ctx.dataSource,
      this.who(ctx),
      parseGlobalId(input.contactId, 'Contact'),
    );
    return this.payload(ctx, outcome);
  }
}
