import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { UserErrorData } from '@kizuna/domain';
import type { Outcome } from '../../graphql/outcome';
import { toConnection } from '../../graphql/connection.type';
import type { GraphQLContext } from '../../graphql/context';
import { pageSize, parseGlobalId } from '../../graphql/relay';
import { toUserErrors } from '../../graphql/user-error.type';
import { EVENT_TYPES } from '../events/event-types';
import {
  listWebhookDeliveries,
  replayWebhookDelivery,
  sendTestWebhookEvent,
  type WebhookDeliveryRow,
} from './webhook-delivery.service';
import {
  createWebhookEndpoint,
  disableWebhookEndpoint,
  rotateWebhookSecret,
  updateWebhookEndpoint,
} from './webhook-endpoint.service';
import {
  findWebhookEndpoint,
  listWebhookEndpoints,
  type WebhookEndpointRow,
} from './webhook-endpoint.store';
import {
  CreateWebhookEndpointInput,
  DisableWebhookEndpointInput,
  ReplayWebhookDeliveryInput,
  RotateWebhookSecretInput,
  SendTestWebhookEventInput,
  UpdateWebhookEndpointInput,
} from './webhook.inputs';
import { toWebhookDelivery, toWebhookEndpoint } from './webhook.mapper';
import {
  CreateWebhookEndpointPayload,
  DisableWebhookEndpointPayload,
  ReplayWebhookDeliveryPayload,
  RotateWebhookSecretPayload,
  SendTestWebhookEventPayload,
  UpdateWebhookEndpointPayload,
  WebhookDeliveryConnection,
  WebhookEndpointConnection,
  WebhookEndpointType,
} from './webhook.type';

const who = (ctx: GraphQLContext) => ({ actor: ctx.actor!, requestId: ctx.requestId });
const endpointId = (id: string) => parseGlobalId(id, 'WebhookEndpoint');
const refusal = (ctx: GraphQLContext, errors: UserErrorData[]) => toUserErrors(errors, ctx.locale);

/** The payload of a mutation that answers with the endpoint it changed. */
const endpointPayload = (ctx: GraphQLContext, outcome: Outcome<WebhookEndpointRow>) =>
  outcome.ok
    ? { webhookEndpoint: toWebhookEndpoint(outcome.value), userErrors: [] }
    : { webhookEndpoint: null, userErrors: refusal(ctx, outcome.errors) };

/** The payload of a mutation that answers with the delivery it queued. */
const deliveryPayload = (ctx: GraphQLContext, outcome: Outcome<WebhookDeliveryRow>) =>
  outcome.ok
    ? { webhookDelivery: toWebhookDelivery(outcome.value), userErrors: [] }
    : { webhookDelivery: null, userErrors: refusal(ctx, outcome.errors) };

/** Webhook endpoints and their deliveries: administrators and API keys with webhooks:manage. */
@Resolver()
export class WebhookResolver {
  @Authorized('webhooks:manage')
  @Query(() => WebhookEndpointConnection, { description: 'Webhook endpoints, newest first.' })
  async webhookEndpoints(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const page = await listWebhookEndpoints(ctx.dataSource, { first: pageSize(first), after });
    return toConnection(page, toWebhookEndpoint);
  }

  @Authorized('webhooks:manage')
  @Query(() => WebhookEndpointType, { nullable: true, description: 'One endpoint by its id.' })
  async webhookEndpoint(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
  ): Promise<WebhookEndpointType | null> {
    const row = await findWebhookEndpoint(ctx.dataSource, endpointId(id));
    return row ? toWebhookEndpoint(row) : null;
  }

  @Authorized('webhooks:manage')
  @Query(() => [String], {
    description: 'The event types an endpoint may subscribe to (docs/events.md), in their order.',
  })
  webhookEventTypes(): string[] {
    return [...EVENT_TYPES];
  }

  @Authorized('webhooks:manage')
  @Query(() => WebhookDeliveryConnection, {
    description: "An endpoint's deliveries, newest event first.",
  })
  async webhookDeliveries(
    @Ctx() ctx: GraphQLContext,
    @Arg('endpointId', () => ID) id: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const page = await listWebhookDeliveries(ctx.dataSource, {
      endpointId: endpointId(id),
      first: pageSize(first),
      after,
    });
    return toConnection(page, toWebhookDelivery);
  }

  @Authorized('webhooks:manage')
  @Mutation(() => CreateWebhookEndpointPayload, {
    description:
      'Register an endpoint. Its signing secret (whsec_…) is returned once. Audited without the secret.',
  })
  async createWebhookEndpoint(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: CreateWebhookEndpointInput,
  ): Promise<CreateWebhookEndpointPayload> {
    const outcome = await createWebhookEndpoint(
      ctx.dataSource,
      who(ctx),
      { url: input.url, eventTypes: input.eventTypes ?? [], description: input.description ?? '' },
      ctx.clock,
    );
    return outcome.ok
      ? {
          webhookEndpoint: toWebhookEndpoint(outcome.value.endpoint),
          secret: outcome.value.secret,
          userErrors: [],
        }
      : { webhookEndpoint: null, secret: null, userErrors: refusal(ctx, outcome.errors) };
  }

  @Authorized('webhooks:manage')
  @Mutation(() => UpdateWebhookEndpointPayload, {
    description: "Change an endpoint's URL, event types or description, or enable / disable it.",
  })
  async updateWebhookEndpoint(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: UpdateWebhookEndpointInput,
  ): Promise<UpdateWebhookEndpointPayload> {
    const outcome = await updateWebhookEndpoint(
      ctx.dataSource,
      who(ctx),
      endpointId(input.endpointId),
      {
        url: input.url ?? undefined,
        eventTypes: input.eventTypes ?? undefined,
        description: input.description ?? undefined,
        enabled: input.enabled ?? undefined,
      },
      ctx.clock,
    );
    return endpointPayload(ctx, outcome);
  }

  @Authorized('webhooks:manage')
  @Mutation(() => DisableWebhookEndpointPayload, {
    description: 'Stop sending to an endpoint; its pending deliveries are cancelled.',
  })
  async disableWebhookEndpoint(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: DisableWebhookEndpointInput,
  ): Promise<DisableWebhookEndpointPayload> {
    const outcome = await disableWebhookEndpoint(
      ctx.dataSource,
      who(ctx),
      endpointId(input.endpointId),
      ctx.clock,
    );
    return endpointPayload(ctx, outcome);
  }

  @Authorized('webhooks:manage')
  @Mutation(() => RotateWebhookSecretPayload, {
    description: 'A new signing secret, returned once; the previous one keeps signing for 24 h.',
  })
  async rotateWebhookSecret(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: RotateWebhookSecretInput,
  ): Promise<RotateWebhookSecretPayload> {
    const outcome = await rotateWebhookSecret(
      ctx.dataSource,
      who(ctx),
      endpointId(input.endpointId),
      ctx.clock,
    );
    return outcome.ok
      ? {
          webhookEndpoint: toWebhookEndpoint(outcome.value.endpoint),
          secret: outcome.value.secret,
          userErrors: [],
        }
      : { webhookEndpoint: null, secret: null, userErrors: refusal(ctx, outcome.errors) };
  }

  @Authorized('webhooks:manage')
  @Mutation(() => ReplayWebhookDeliveryPayload, {
    description: 'Send a delivery again from its first attempt, with the same webhook-id.',
  })
  async replayWebhookDelivery(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: ReplayWebhookDeliveryInput,
  ): Promise<ReplayWebhookDeliveryPayload> {
    const outcome = await replayWebhookDelivery(
      ctx.dataSource,
      who(ctx),
      parseGlobalId(input.deliveryId, 'WebhookDelivery'),
      ctx.clock,
    );
    return deliveryPayload(ctx, outcome);
  }

  @Authorized('webhooks:manage')
  @Mutation(() => SendTestWebhookEventPayload, {
    description: 'Send a webhook.test event to this endpoint only (signed like any other).',
  })
  async sendTestWebhookEvent(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: SendTestWebhookEventInput,
  ): Promise<SendTestWebhookEventPayload> {
    const outcome = await sendTestWebhookEvent(
      ctx.dataSource,
      who(ctx),
      endpointId(input.endpointId),
      ctx.clock,
    );
    return deliveryPayload(ctx, outcome);
  }
}
