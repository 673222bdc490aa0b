import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { authenticate } from '../features/auth/auth.service';
import { surveyRoutes } from '../features/surveys/survey.routes';
import type { GraphQLContext } from '../graphql/context';
import { formatError } from '../graphql/errors';
import { createLoaders } from '../graphql/loaders';
import { requireAuthenticationPlugin } from '../graphql/require-authentication.plugin';
import { logger } from '../observability/logger';
import { requestScope } from '../observability/request-scope';
import { localeFromHeader } from './locale';

export interface AppOptions {
  dataSource: DataSource;
  schema: GraphQLSchema;
  adminDistDir?: string;
  sessionTtlHours?: number;
  production?: boolean;
}

/** The HTTP application: /graphql, /healthz and the admin console. Stateless: any replica serves any request. */
export async function createApp(
  options: AppOptions,
): Promise<{ app: Express; stop: () => Promise<void> }> {
  const { dataSource, schema } = options;
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) =>
      formatError(formatted, error, requestScope.getStore()?.requestId),
    plugins: [
      requireAuthenticationPlugin,
      // No HTTP caching of GraphQL responses; the plugin would otherwise wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      ...(options.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', true);

  // Parse bodies before entering the request scope: body-parser's stream callbacks would
  // otherwise run outside the AsyncLocalStorage context.
  app.use('/graphql', express.json({ limit: '1mb' }));

  // Request id + SQL statement counter for everything below.
  app.use((req, res, next) => {
    const incoming = req.header('x-request-id');
    const requestId = incoming && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    res.setHeader('x-request-id', requestId);
    const scope = { requestId, sqlStatements: 0 };
    const writeHead = res.writeHead;
    res.writeHead = function (this: typeof res, ...args: Parameters<typeof writeHead>) {
      if (!res.headersSent) res.setHeader('x-sql-statements', String(scope.sqlStatements));
      return writeHead.apply(this, args);
    } as typeof writeHead;
    requestScope.run(scope, () => next());
  });

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
  app.use(surveyRoutes(dataSource));

  app.use(
    '/graphql',
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const header = req.header('authorization');
        const requestId = requestScope.getStore()?.requestId ?? randomUUID();
        return {
          requestId,
          locale: localeFromHeader(req.header('accept-language')),
          actor: await authenticate(dataSource, header),
          bearerToken: header?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? null,
          sessionTtlHours: options.sessionTtlHours ?? 12,
          dataSource,
          loaders: createLoaders(dataSource),
        };
      },
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

  return { app, stop: () => apollo.stop() };
}
