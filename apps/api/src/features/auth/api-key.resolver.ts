import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { toConnection } from '../../graphql/connection.type';
import type { GraphQLContext } from '../../graphql/context';
import { pageSize, parseGlobalId, toGlobalId } from '../../graphql/relay';
import { toUserErrors } from '../../graphql/user-error.type';
import { StaffMemberType } from '../provisioning/provisioning.type';
import {
  ApiKeyConnection,
  ApiKeyFilter,
  ApiKeyType,
  RevokeApiKeyInput,
  RevokeApiKeyPayload,
} from './api-key.types';
import { createApiKey, listApiKeys, revokeApiKey, type ApiKeyRow } from './api-key.service';
import { CreateApiKeyInput, CreateApiKeyPayload } from './auth.types';

function toApiKeyType(row: ApiKeyRow): ApiKeyType {
  return Object.assign(new ApiKeyType(), {
    id: toGlobalId('ApiKey', row.id),
    createdById: row.createdBy,
    name: row.name,
    scopes: row.scopes,
    keyPrefix: row.keyPrefix,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
  });
}

@Resolver(() => ApiKeyType)
export class ApiKeyResolver {
  @Authorized('api-keys:manage')
  @Query(() => ApiKeyConnection, { description: 'API keys, newest first.' })
  async apiKeys(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => ApiKeyFilter, { nullable: true }) filter?: ApiKeyFilter,
  ) {
    const page = await listApiKeys(ctx.dataSource, {
      first: pageSize(first),
      after,
      includeRevoked: filter?.includeRevoked ?? false,
    });
    return toConnection(page, toApiKeyType);
  }

  @Authorized('api-keys:manage')
  @Mutation(() => CreateApiKeyPayload, {
    description:
      'Issue an API key for an integrator. The key is shown once. Scopes: the domain list API_KEY_SCOPES only.',
  })
  async createApiKey(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: CreateApiKeyInput,
  ): Promise<CreateApiKeyPayload> {
    const outcome = await createApiKey(
      ctx.dataSource,
      ctx.actor!,
      ctx.requestId,
      { name: input.name, scopes: input.scopes, expiresAt: input.expiresAt ?? null },
      ctx.clock,
    );
    if (!outcome.ok)
      return { key: null, apiKeyId: null, userErrors: toUserErrors(outcome.errors, ctx.locale) };
    return {
      key: outcome.value.key,
      apiKeyId: toGlobalId('ApiKey', outcome.value.id),
      userErrors: [],
    };
  }

  @Authorized('api-keys:manage')
  @Mutation(() => RevokeApiKeyPayload, {
    description: 'Revoke a key: its next request gets 401.',
  })
  async revokeApiKey(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: RevokeApiKeyInput,
  ): Promise<RevokeApiKeyPayload> {
    const outcome = await revokeApiKey(
      ctx.dataSource,
      ctx.actor!,
      ctx.requestId,
      parseGlobalId(input.apiKeyId, 'ApiKey'),
    );
    return outcome.ok
      ? { apiKey: toApiKeyType(outcome.value), userErrors: [] }
      : { apiKey: null, userErrors: toUserErrors(outcome.errors, ctx.locale) };
  }

  @FieldResolver(() => StaffMemberType, { nullable: true })
  async createdBy(
    @Root() key: ApiKeyType,
    @Ctx() ctx: GraphQLContext,
  ): Promise<StaffMemberType | null> {
    if (!key.createdById) return null;
    const s = await ctx.loaders.provisioning.staffById.load(key.createdById);
    return s && { id: toGlobalId('StaffUser', s.id), displayName: s.displayName };
  }
}
