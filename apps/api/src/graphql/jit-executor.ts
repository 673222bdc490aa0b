import type {
  GatewayExecutionResult,
  GatewayGraphQLRequestContext,
  GatewayInterface,
} from '@apollo/server-gateway-interface';
import {
  execute,
  GraphQLError,
  Kind,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** Compiled operations kept per process (least recently used dropped first). */
const MAX_COMPILED_OPERATIONS = 500;

/**
 * Executes operations with graphql-jit: each distinct operation is compiled once into plain
 * JavaScript, which reads simple fields as properties and builds plain result objects (graphql-js
 * builds a resolve-info, an argument object and a dictionary-mode result object for every
 * field). Apollo Server has no executor option; its gateway hook is how it takes one, so the
 * schema comes to Apollo through here. Parsing, validation, plugins, context and error
 * formatting stay Apollo's (ADR 0007, round 6).
 *
 * graphql-js still executes what the compiler does not take or reports differently:
 * introspection, operations the compiler refuses, and requests refused before execution
 * (variable coercion: Apollo recognises those errors by their graphql-js shape and answers 400).
 *
 * Rule for the schema: a field without a resolver (`simpleResolvers`) is read as a plain value —
 * compiled code neither awaits a promise nor calls a function found there. A lazy or async value
 * needs a resolver (`simple: false`), like the connections' `totalCount`.
 */
export function jitExecution(
  schema: GraphQLSchema,
  maxCompiled = MAX_COMPILED_OPERATIONS,
): GatewayInterface {
  const compiled = new Map<string, CompiledQuery | null>();

  const compiledFor = (request: GatewayGraphQLRequestContext): CompiledQuery | null => {
    const key = `${request.queryHash}\n${request.operationName ?? ''}`;
    let query = compiled.get(key);
    if (query !== undefined) {
      compiled.delete(key); // most recently used goes last
    } else {
      const result = introspects(request.document, request.operationName)
        ? null
        : compileQuery(schema, request.document, request.operationName ?? undefined);
      query = result && isCompiledQuery(result) ? result : null;
      if (compiled.size >= maxCompiled) {
        compiled.delete(compiled.keys().next().value!);
      }
    }
    compiled.set(key, query);
    return query;
  };

  const executeWithGraphQLJs = (request: GatewayGraphQLRequestContext) =>
    execute({
      schema,
      document: request.document,
      operationName: request.operationName,
      variableValues: request.request.variables,
      contextValue: request.context,
    }) as Promise<GatewayExecutionResult>;

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async load() {
      return {
        executor: async (request) => {
          const query = compiledFor(request);
          if (!query) return executeWithGraphQLJs(request);
          const result = await query.query(undefined, request.context, request.request.variables);
          // No data: refused before anything ran (variables); graphql-js reports it as Apollo expects.
          if (result.data === undefined) return executeWithGraphQLJs(request);
          if (!result.errors) return result;
          return { ...result, errors: result.errors.map(asGraphQLJsError) };
        },
      };
    },
    async stop() {},
  };
}

/**
 * graphql-jit's errors only imitate graphql-js's (another class; no extensions when the thrown
 * error has none), and Apollo would re-wrap them without their path: rebuild them.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  // Where in the query: graphql-js derives it from AST nodes, which compiled code does not keep.
  return Object.assign(rebuilt, { locations: error.locations });
}

/** Whether the operation asks for the schema itself (`__schema` / `__type`). */
function introspects(document: DocumentNode, operationName?: string | null): boolean {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  return (
    operation?.selectionSet.selections.some(
      (s) => s.kind === Kind.FIELD && (s.name.value === '__schema' || s.name.value === '__type'),
    ) ?? false
  );
}
