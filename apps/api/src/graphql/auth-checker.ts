import type { AuthChecker } from 'type-graphql';
import { isPermission } from '../features/auth/permissions';
import type { GraphQLContext } from './context';
import { forbidden, unauthenticated } from './errors';

/** `@Authorized('customers:read')`: the caller must hold every named permission. */
export const authChecker: AuthChecker<GraphQLContext> = ({ context, info }, required) => {
  const actor = context.actor;
  if (!actor) throw unauthenticated();
  for (const permission of required) {
    if (!isPermission(permission)) throw new Error(`unknown permission ${permission}`);
    if (!actor.permissions.has(permission)) {
      throw forbidden(`use ${info.parentType.name}.${info.fieldName} (needs ${permission})`);
    }
  }
  return true;
};
