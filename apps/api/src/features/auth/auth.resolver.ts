import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { userError } from '@kizuna/domain';
import type { GraphQLContext } from '../../graphql/context';
import { toGlobalId } from '../../graphql/relay';
import { toUserErrors } from '../../graphql/user-error.type';
import { login, logout } from './auth.service';
import { loginBlockedUntil, recordLoginFailure, recordLoginSuccess } from './login-throttle';
import { ActorKind, LoginInput, LoginPayload, LogoutPayload, Viewer } from './auth.types';

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginPayload, {
    description: 'Staff sign-in. The only operation that needs no token.',
  })
  async login(@Ctx() ctx: GraphQLContext, @Arg('input') input: LoginInput): Promise<LoginPayload> {
    // Throttled (ADR 0012): while the account or the address must wait, the password is not
    // even checked; the wait is in the message and in Retry-After.
    const now = ctx.clock.now();
    const blockedUntil = await loginBlockedUntil(
      ctx.dataSource,
      input.email,
      ctx.clientAddress,
      ctx.clock,
    );
    if (blockedUntil) {
      const seconds = Math.max(1, Math.ceil((blockedUntil.getTime() - now.getTime()) / 1000));
      ctx.perRequest.retryAfterSeconds = seconds;
      return {
        token: null,
        expiresAt: null,
        viewer: null,
        userErrors: toUserErrors(
          [
            userError('TOO_MANY_ATTEMPTS', 'password', {
              seconds,
              retryAt: blockedUntil.toISOString(),
            }),
          ],
          ctx.locale,
        ),
      };
    }
    const session = await login(ctx.dataSource, input.email, input.password, ctx.sessionTtlHours);
    if (!session) {
      await recordLoginFailure(ctx.dataSource, input.email, ctx.clientAddress, ctx.clock);
      return {
        token: null,
        expiresAt: null,
        viewer: null,
        userErrors: toUserErrors([userError('INVALID_CREDENTIALS', 'password')], ctx.locale),
      };
    }
    await recordLoginSuccess(ctx.dataSource, input.email);
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
}
