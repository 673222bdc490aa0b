import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { userError } from '@kizuna/domain';
import type { GraphQLContext } from '../../graphql/context';
import { toGlobalId } from '../../graphql/relay';
import { toUserErrors } from '../../graphql/user-error.type';
import { recordAudit } from '../audit/audit.service';
import { issueApiKey, login, logout } from './auth.service';
import {
  ActorKind,
  CreateApiKeyInput,
  CreateApiKeyPayload,
  LoginInput,
  LoginPayload,
  LogoutPayload,
  Viewer,
} from './auth.types';
import { isPermission } from './permissions';

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginPayload, {
    description: 'Staff sign-in. The only operation that needs no token.',
  })
  async login(@Ctx() ctx: GraphQLContext, @Arg('input') input: LoginInput): Promise<LoginPayload> {
    const session = await login(ctx.dataSource, input.email, input.password, ctx.sessionTtlHours);
    if (!session) {
      return {
        token: null,
        expiresAt: null,
        viewer: null,
        userErrors: toUserErrors([userError('INVALID_CREDENTIALS', 'password')], ctx.locale),
      };
    }
    const [user]: { display_name: string; email: string; roles: Viewer['roles'] }[] =
      await ctx.dataSource.query(
        `SELECT display_name, email, roles FROM staff_user WHERE id = $1`,
        [session.staffUserId],
      );
    return {
      token: session.token,
      expiresAt: session.expiresAt,
      viewer: {
        id: toGlobalId('StaffUser', session.staffUserId),
        kind: ActorKind.STAFF,
        displayName: user!.display_name,
        email: user!.email,
        roles: user!.roles,
        permissions: [],
      },
      userErrors: [],
    };
  }

  @Mutation(() => LogoutPayload, { description: 'End the current staff session.' })
  async logout(@Ctx() ctx: GraphQLContext): Promise<LogoutPayload> {
    if (ctx.bearerToken) await logout(ctx.dataSource, ctx.bearerToken);
    return { success: true };
  }

  @Query(() => Viewer, { description: 'The caller: a staff member or an API key.' })
  async viewer(@Ctx() ctx: GraphQLContext): Promise<Viewer> {
    const actor = ctx.actor!;
    let email: string | null = null;
    if (actor.kind === 'STAFF') {
      const [row]: { email: string }[] = await ctx.dataSource.query(
        `SELECT email FROM staff_user WHERE id = $1`,
        [actor.id],
      );
      email = row?.email ?? null;
    }
    return {
      id: toGlobalId(actor.kind === 'STAFF' ? 'StaffUser' : 'ApiKey', actor.id),
      kind: actor.kind === 'STAFF' ? ActorKind.STAFF : ActorKind.API_KEY,
      displayName: actor.displayName,
      email,
      roles: [...actor.roles],
      permissions: [...actor.permissions].sort(),
    };
  }

  @Authorized('api-keys:manage')
  @Mutation(() => CreateApiKeyPayload, {
    description: 'Issue an API key for an integrator. The key is shown once.',
  })
  async createApiKey(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: CreateApiKeyInput,
  ): Promise<CreateApiKeyPayload> {
    const unknown = input.scopes.filter((s) => !isPermission(s));
    const errors = [
      ...(input.name.trim() === '' ? [userError('REQUIRED', 'name')] : []),
      ...(input.scopes.length === 0 ? [userError('REQUIRED', 'scopes')] : []),
      ...(unknown.length > 0
        ? [userError('OUT_OF_RANGE', 'scopes', { value: unknown.join(', ') })]
        : []),
    ];
    if (errors.length > 0)
      return { key: null, apiKeyId: null, userErrors: toUserErrors(errors, ctx.locale) };
    const scopes = input.scopes.filter(isPermission);
    const issued = await ctx.dataSource.transaction(async (m) => {
      const key = await issueApiKey(m, {
        name: input.name.trim(),
        scopes,
        createdBy: ctx.actor!.id,
      });
      await recordAudit(m, {
        actor: ctx.actor,
        requestId: ctx.requestId,
        action: 'apiKey.created',
        entityType: 'ApiKey',
        entityId: key.id,
        before: null,
        after: { name: input.name.trim(), scopes },
      });
      return key;
    });
    return { key: issued.key, apiKeyId: toGlobalId('ApiKey', issued.id), userErrors: [] };
  }
}
