import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { logger } from '../observability/logger';

/** Codes of top-level GraphQL errors (`extensions.code`). Business refusals are userErrors instead. */
export type ErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'INTERNAL_SERVER_ERROR';

/** An expected failure that is shown to the client as it is. */
export class AppError extends GraphQLError {
  constructor(code: Exclude<ErrorCode, 'INTERNAL_SERVER_ERROR'>, message: string) {
    super(message, { extensions: { code } });
  }
}

export const unauthenticated = () =>
  new GraphQLError('Authentication required: send Authorization: Bearer <token>.', {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
export const forbidden = (what: string) =>
  new AppError('FORBIDDEN', `You are not allowed to ${what}.`);
export const badUserInput = (message: string) => new AppError('BAD_USER_INPUT', message);
export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} not found.`);

const PASSTHROUGH_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

// Errors of requests whose caller may not learn the schema from "Did you mean …?" suggestions
// (anonymous callers in production, ADR 0012). Marked by the request, read by formatError.
const withoutSuggestions = new WeakSet<object>();

/** Strip graphql-js's suggestions of field, argument and type names from this error's message. */
export function hideSuggestions(error: unknown): void {
  if (typeof error === 'object' && error !== null) withoutSuggestions.add(error);
}

/** graphql-js appends suggestions as ` Did you mean "a", "b" or "c"?` at the end of a message. */
const SUGGESTION = /\s*Did you mean [^?]*\?\s*$/;

/**
 * The one place where errors become what a client sees: known codes pass through, anything
 * else is logged once with the request id and replaced by a generic INTERNAL_SERVER_ERROR
 * (no stack trace, no SQL).
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  requestId: string | undefined,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.code;
  // type-graphql's argument validation surfaces as an ArgumentValidationError.
  if (original instanceof Error && original.name === 'ArgumentValidationError') {
    return {
      message: original.message,
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT' },
    };
  }
  if (typeof code === 'string' && PASSTHROUGH_CODES.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    const message =
      typeof error === 'object' && error !== null && withoutSuggestions.has(error)
        ? formatted.message.replace(SUGGESTION, '')
        : formatted.message;
    return { ...formatted, message, extensions };
  }
  logger.error({ err: original, requestId, path: formatted.path }, 'unexpected error');
  return {
    message: 'Internal server error. Quote the request id when you contact support.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  };
}
