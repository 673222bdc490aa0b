import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { DEFAULT_ERASURE_GRACE_DAYS, systemClock, type Clock } from '@kizuna/domain';
import { certificatePdfRoutes } from '../features/certificates/certificate-pdf.route';
import { SharedCatalog } from '../features/catalog/shared-catalog';
import { surveyRoutes } from '../features/surveys/survey.routes';
import { usageRoutes } from '../features/usage/usage.routes';
import type { GraphQLContext } from '../graphql/context';
import { formatError, hideSuggestions } from '../graphql/errors';
import { inputGuardPlugin } from '../graphql/input-guard';
import { plainExecution } from '../graphql/plain-executor';
import { queryCostPlugin } from '../graphql/query-cost';
import { createLoaders } from '../graphql/loaders';
import {
  requestLimitsPlugin,
  requireAuthenticationPlugin,
} from '../graphql/require-authentication.plugin';
import { logger } from '../observability/logger';
import { requestDataSource } from '../db/request-data-source';
import {
  newRequestScope,
  requestIdOfError,
  scopeOf,
  tagErrorWithRequestId,
} from '../observability/request-scope';
import { apolloHandler } from './apollo-handler';
import { callerOf } from './caller';
import { idempotency } from './idempotency';
import { localeFromHeader } from './locale';
import { hstsModeOf, securityHeaders, type HstsMode } from './security-headers';

export interface AppOptions {
  dataSource: DataSource;
  schema: GraphQLSchema;
  adminDistDir?: string;
  sessionTtlHours?: number;
  production?: boolean;
  /** Where "now" comes from; the machine's clock unless a test moves it. */
  clock?: Clock;
  /** Days after a churn within which personal data is to be erased (default 30). */
  erasureGraceDays?: number;
  /** Strict-Transport-Security: from KIZUNA_HSTS unless given (ADR 0012). */
  hsts?: HstsMode;
}

/** Every path the GraphQL handler answers (mounted with app.use: `/graphql/…` too, any case). */
const GRAPHQL_PATH = /^\/graphql(\/|$)/i;

/** The HTTP application: /graphql, /healthz and the admin console. Stateless: any replica serves any request. */
export async function createApp(
  options: AppOptions,
): Promise<{ app: Express; stop: () => Promise<void> }> {
  const { dataSource, schema } = options;
  const apollo = new ApolloServer<GraphQLContext>({
    // Queries run over a plan per operation (ADR 0007, round 7); Apollo takes another executor
    // only as a "gateway".
    gateway: plainExecution(schema),
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // main.ts stops everything in order on SIGTERM; Apollo would stop itself and re-raise it.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => formatError(formatted, error, requestIdOfError(error)),
    plugins: [
      requireAuthenticationPlugin,
      requestLimitsPlugin({ production: options.production ?? false }),
      inputGuardPlugin,
      queryCostPlugin(),
      {
        // formatError gets no context: tell it the request of each error.
        requestDidStart: async () => ({
          didEncounterErrors: async ({ errors, contextValue }) => {
            for (const error of errors) {
              tagErrorWithRequestId(error, contextValue.requestId);
              // Anonymous callers in production learn no field names from suggestions.
              if (options.production && !contextValue.actor) hideSuggestions(error);
            }
          },
        }),
      },
      // No HTTP caching of GraphQL responses; the plugin would otherwise wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      ...(options.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();
  // Plans and options shared by all requests while PostgreSQL reports no change (ADR 0008).
  const sharedCatalog = await new SharedCatalog(
    'url' in dataSource.options ? dataSource.options.url : undefined,
  ).start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', true);
  app.use(
    securityHeaders({
      hsts: options.hsts ?? hstsModeOf(process.env.KIZUNA_HSTS),
      exemptGraphQLLandingPage: !options.production,
    }),
  );

  // Request id for everything below; SQL statement counter for GraphQL, whose statements all go
  // through the request-scoped DataSource of its context. The scope travels explicitly
  // (res.locals → context), not in AsyncLocalStorage: its promise hook would tax every promise.
  app.use((req, res, next) => {
    const scope = newRequestScope(req.header('x-request-id'));
    res.setHeader('x-request-id', scope.requestId);
    res.locals.requestScope = scope;
    if (GRAPHQL_PATH.test(req.path)) {
      const writeHead = res.writeHead;
      res.writeHead = function (this: typeof res, ...args: Parameters<typeof writeHead>) {
        // Only signed-in callers learn how many statements their request ran.
        if (!res.headersSent && res.locals.signedIn === true)
          res.setHeader('x-sql-statements', String(scope.sqlStatements));
        return writeHead.apply(this, args);
      } as typeof writeHead;
    }
    next();
  });

  app.use('/graphql', express.json({ limit: '1mb' }));

  app.get('/healthz', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ok', database: 'ok' });
    } catch (error) {
      logger.error({ err: error }, 'health check failed');
      res.status(503).json({ status: 'unavailable', database: 'unreachable' });
    }
  });

  // Survey CSV import (upload) and export (download): files do not belong in GraphQL.
  app.use(surveyRoutes(dataSource, options.clock ?? systemClock));
  // Usage files (CSV or NDJSON), the same conventions.
  app.use(usageRoutes(dataSource, options.clock ?? systemClock));

  // Deletion certificates as PDF (GET /certificates/{number}.pdf), same authentication.
  app.use(certificatePdfRoutes(dataSource, options.clock ?? systemClock));

  // Idempotency-Key on mutations (ADR 0016): authenticates the caller, whose key it is.
  app.use('/graphql', idempotency(dataSource));

  app.use(
    '/graphql',
    apolloHandler(apollo, async ({ req, res }) => {
      const scope = scopeOf(res)!;
      const scoped = requestDataSource(dataSource, scope);
      const header = req.header('authorization');
      try {
        const actor = await callerOf(res, scoped, header);
        res.locals.signedIn = actor !== null;
        return {
          requestId: scope.requestId,
          locale: localeFromHeader(req.header('accept-language')),
          actor,
          bearerToken: header?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? null,
          sessionTtlHours: options.sessionTtlHours ?? 12,
          clock: options.clock ?? systemClock,
          erasureGraceDays: options.erasureGraceDays ?? DEFAULT_ERASURE_GRACE_DAYS,
          dataSource: scoped,
          loaders: createLoaders(scoped, sharedCatalog),
          clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown',
          perRequest: {},
        };
      } catch (error) {
        tagErrorWithRequestId(error, scope.requestId);
        throw error;
      }
    }),
  );

  const adminDir = options.adminDistDir;
  if (adminDir && existsSync(join(adminDir, 'index.html'))) {
    app.use(express.static(adminDir, { index: false, maxAge: '1h' }));
    // Client-side routes fall back to the console's index.html.
    app.get(/^\/(?!graphql|healthz|imports\/|exports\/).*/, (_req, res) =>
      res.sendFile(join(adminDir, 'index.html')),
    );
  }

  // Whatever no route answered as JSON: a body that is not JSON or too large is the caller's
  // error (400 / 413); anything else a fault, logged with the request id — never Express's HTML
  // page, which shows the stack trace outside production.
  app.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const requestId = scopeOf(res)?.requestId;
    const type = (error as { type?: string }).type;
    if (type === 'entity.parse.failed' || type === 'entity.too.large') {
      const tooLarge = type === 'entity.too.large';
      res.status(tooLarge ? 413 : 400).json({
        errors: [
          {
            message: tooLarge
              ? 'The request body is over 1 MB.'
              : 'The request body is not valid JSON.',
            extensions: { code: 'BAD_REQUEST', requestId },
          },
        ],
      });
      return;
    }
    logger.error({ err: error, requestId }, 'request failed');
    res.status(500).json({
      errors: [
        {
          message: 'Internal server error.',
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
        },
      ],
    });
  });

  return {
    app,
    stop: async () => {
      await sharedCatalog.stop();
      await apollo.stop();
    },
  };
}
