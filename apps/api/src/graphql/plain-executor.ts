import type {
  GatewayExecutionResult,
  GatewayGraphQLRequestContext,
  GatewayInterface,
} from '@apollo/server-gateway-interface';
import {
  execute,
  getNamedType,
  getOperationAST,
  GraphQLError,
  isAbstractType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  getNullableType,
  locatedError,
  Kind,
  OperationTypeNode,
  TypeInfo,
  TypeNameMetaFieldDef,
  visit,
  visitWithTypeInfo,
  BREAK,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLLeafType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { collectFields, collectSubfields } from 'graphql/execution/collectFields';
import {
  buildExecutionContext,
  buildResolveInfo,
  defaultFieldResolver,
  type ExecutionContext,
} from 'graphql/execution/execute';
import { getArgumentValues } from 'graphql/execution/values';
import { inspect } from 'graphql/jsutils/inspect';
import { addPath, pathToArray, type Path } from 'graphql/jsutils/Path';
import { preloadedProperty } from './preloaded-fields';

/**
 * Query execution over a plan built once per operation (ADR 0007, round 7).
 *
 * graphql-js builds, for every field of every object, a resolve-info object, an argument object,
 * a path entry and a dictionary-mode (null-prototype) result object, which `JSON.stringify` then
 * walks slowly; on a 100-row page that is ~2,500 fields and the largest share of the API's CPU.
 * This executor collects each selection set once per operation (graphql-js's own
 * `collectFields`, when execution first reaches it — as graphql-js does per request), reads a
 * field without a resolver as a property, builds the resolve info and arguments only for fields
 * that have a resolver, and returns plain objects.
 *
 * It is an interpreter, not a compiler: nothing of the query becomes code, so a query cannot run
 * code on the server (what ruled out graphql-jit). It takes only what it mirrors exactly and
 * leaves the rest to graphql-js, decided per operation before anything runs, in one pass over
 * the document as written (not expanded):
 * - queries only (mutations keep graphql-js's serial execution);
 * - no directives anywhere (`@include` / `@skip` would make the plan depend on variables);
 * - object, list, enum and scalar types only — an interface or union field (`node(id:)`), an
 *   object type with `isTypeOf`, and introspection (`__schema`, `__type`) go to graphql-js;
 * - no response key starting with `__` but `__typename` (`__proto__` is no own property).
 * Plans are kept for at most `MAX_CACHED_FIELDS` planned fields in all (least recently used
 * dropped first), and an operation whose plan grows past `MAX_PLANNED_FIELDS` goes to graphql-js
 * from its next request on: a short query of nested fragments must not hold much memory.
 * Variables are coerced, arguments read and errors located and null-propagated by graphql-js's
 * own functions, with graphql-js's messages.
 */
export const MAX_PLANNED_FIELDS = 2000;
export const MAX_CACHED_FIELDS = 50_000;

/** The plan of one operation, grown as execution reaches its selection sets. */
interface OperationPlan {
  root: ObjectPlan;
  /** Fields planned so far. */
  fields: number;
  /** Told of every growth (the executor's bounds). */
  grew: (by: number) => void;
}

/** How one field of a selection set is executed. */
interface FieldPlan {
  /** Response key (alias or name). */
  readonly key: string;
  readonly nodes: readonly FieldNode[];
  readonly def: GraphQLField<unknown, unknown>;
  readonly parentType: GraphQLObjectType;
  /** `__typename`: the parent type's name, no resolver. */
  readonly typename?: string;
  readonly resolve?: GraphQLFieldResolver<unknown, unknown>;
  /** Where a list resolver may have left the value already (preloaded-fields.ts). */
  readonly preloaded?: string;
  /**
   * A scalar or an enum read as a property: nothing needs its path unless it fails (graphql-js
   * allocates one for every field).
   */
  readonly lazyPath: boolean;
  readonly complete: Completer;
  /** The object type of its values (through lists and non-null), if any. */
  readonly objectType?: GraphQLObjectType;
  /** Its selection set's plan, made when a value first needs it. */
  child?: ObjectPlan;
  readonly operation: OperationPlan;
}

interface ObjectPlan {
  readonly type: GraphQLObjectType;
  readonly fields: readonly FieldPlan[];
}

/** Completes a resolved value of one type at `path`; a value, or a promise of one. */
type Completer = (ctx: ExecutionContext, field: FieldPlan, value: unknown, path: Path) => unknown;

const isPromise = (value: unknown): value is Promise<unknown> =>
  typeof (value as { then?: unknown } | null)?.then === 'function';

/**
 * Apollo Server takes another executor only as a "gateway": the schema reaches Apollo through
 * here; parsing, validation, plugins, context and error formatting stay Apollo's.
 */
export function plainExecution(schema: GraphQLSchema): GatewayInterface {
  const run = plainExecutor(schema);
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async load() {
      return {
        executor: async (request: GatewayGraphQLRequestContext) =>
          (await run({
            schema,
            document: request.document,
            // The name the client sent, as Apollo passes it to graphql-js (not the name of the
            // operation Apollo resolved, which is null when the sent one matches nothing).
            operationName: request.request.operationName,
            variableValues: request.request.variables,
            contextValue: request.context,
          })) as GatewayExecutionResult,
      };
    },
    async stop() {},
  };
}

/** `execute` for one schema: planned where the operation allows it, else graphql-js. */
export function plainExecutor(schema: GraphQLSchema) {
  const refused = new WeakSet<OperationDefinitionNode>();
  // Least recently used first (a Map iterates in insertion order).
  const cached = new Map<OperationDefinitionNode, OperationPlan>();
  let cachedFields = 0;

  const drop = (operation: OperationDefinitionNode) => {
    const plan = cached.get(operation);
    if (!plan) return;
    cached.delete(operation);
    cachedFields -= plan.fields;
  };

  /** Called as a cached plan grows: keeps the per-operation and overall bounds. */
  const grew = (operation: OperationDefinitionNode, plan: OperationPlan, by: number) => {
    if (cached.get(operation) !== plan) return; // dropped already; the running request goes on
    cachedFields += by;
    if (plan.fields > MAX_PLANNED_FIELDS) {
      refused.add(operation);
      drop(operation);
    }
    for (const oldest of cached.keys()) {
      if (cachedFields <= MAX_CACHED_FIELDS) break;
      drop(oldest);
    }
  };

  const planOf = (ctx: ExecutionContext, document: DocumentNode): OperationPlan | null => {
    const { operation } = ctx;
    if (refused.has(operation)) return null;
    let plan = cached.get(operation);
    if (plan) {
      cached.delete(operation); // most recently used goes last
      cached.set(operation, plan);
      return plan;
    }
    try {
      plan = plannable(schema, document, operation)
        ? planOperation(ctx, (p, by) => grew(operation, p, by))
        : undefined;
    } catch {
      plan = undefined; // e.g. a stack overflow on a deep fragment chain: graphql-js reports it
    }
    if (!plan) {
      refused.add(operation);
      return null;
    }
    cached.set(operation, plan);
    grew(operation, plan, plan.fields);
    return plan;
  };

  const run = (args: ExecutionArgs): ExecutionResult | Promise<ExecutionResult> => {
    // Known to be graphql-js's (mutations, mostly): its variables are coerced once, by it.
    const operation = getOperationAST(args.document, args.operationName);
    if (!operation || refused.has(operation)) return execute(args);
    const ctx = buildExecutionContext(args);
    // Refused before anything runs (variables, operation name): as graphql-js reports it.
    if (!('schema' in ctx)) return { errors: ctx };
    const plan = planOf(ctx, args.document);
    return plan ? executePlan(ctx, plan.root) : execute(args);
  };
  /** Whether an operation runs planned (for tests). */
  run.isPlanned = (args: ExecutionArgs): boolean => {
    const ctx = buildExecutionContext(args);
    return 'schema' in ctx && planOf(ctx, args.document) !== null;
  };
  /** Fields planned in the plans kept (for tests). */
  run.cachedFields = () => cachedFields;
  return run;
}

// ---- Planning -------------------------------------------------------------------------------

/**
 * Whether the operation is one this executor mirrors exactly: one pass over the operation and
 * the fragments as written (graphql-js's iterative `visit`), never over their expansion.
 */
function plannable(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): boolean {
  const queryType = schema.getQueryType();
  if (operation.operation !== OperationTypeNode.QUERY || !queryType || queryType.isTypeOf) {
    return false;
  }
  const typeInfo = new TypeInfo(schema);
  let ok = true;
  const visitor = visitWithTypeInfo(typeInfo, {
    Directive() {
      ok = false;
      return BREAK;
    },
    Field(node) {
      const key = node.alias?.value ?? node.name.value;
      const def = typeInfo.getFieldDef();
      const named = def && getNamedType(def.type);
      if (
        (key.startsWith('__') && key !== '__typename') ||
        node.name.value === '__schema' ||
        node.name.value === '__type' ||
        !named ||
        isAbstractType(named) ||
        (isObjectType(named) && named.isTypeOf)
      ) {
        ok = false;
        return BREAK;
      }
      return undefined;
    },
  });
  for (const definition of document.definitions) {
    if (definition === operation || definition.kind === Kind.FRAGMENT_DEFINITION) {
      visit(definition, visitor);
      if (!ok) return false;
    }
  }
  return true;
}

function planOperation(
  ctx: ExecutionContext,
  grew: (plan: OperationPlan, by: number) => void,
): OperationPlan {
  const queryType = ctx.schema.getQueryType()!;
  const plan: OperationPlan = { root: undefined as never, fields: 0, grew: (by) => grew(plan, by) };
  const fields = collectFields(
    ctx.schema,
    ctx.fragments,
    {},
    queryType,
    ctx.operation.selectionSet,
  );
  plan.root = objectPlan(queryType, fields, plan);
  return plan;
}

function objectPlan(
  type: GraphQLObjectType,
  fields: Map<string, readonly FieldNode[]>,
  operation: OperationPlan,
): ObjectPlan {
  const plans: FieldPlan[] = [];
  for (const [key, nodes] of fields) {
    // Shared by every request of the operation (info.fieldNodes): no resolver may change it.
    Object.freeze(nodes);
    const name = nodes[0]!.name.value;
    if (name === '__typename') {
      plans.push({
        key,
        nodes,
        def: TypeNameMetaFieldDef,
        parentType: type,
        typename: type.name,
        lazyPath: true,
        complete: completer(TypeNameMetaFieldDef.type),
        operation,
      });
      continue;
    }
    const def = type.getFields()[name];
    if (!def) continue; // as graphql-js (validation refuses it first)
    const named = getNamedType(def.type);
    // A field with arguments but no resolver still has them coerced (and refused) first.
    const resolve = def.resolve ?? (def.args.length > 0 ? defaultFieldResolver : undefined);
    plans.push({
      key,
      nodes,
      def,
      parentType: type,
      resolve,
      // With arguments, graphql-js coerces them before the preloaded value is looked at.
      preloaded: def.args.length === 0 ? preloadedProperty(def) : undefined,
      lazyPath: !resolve && isLeafType(getNullableType(def.type)),
      complete: completer(def.type),
      objectType: isObjectType(named) ? named : undefined,
      operation,
    });
  }
  operation.fields += plans.length;
  operation.grew(plans.length);
  return { type, fields: plans };
}

/** The plan of a field's selection set: collected when a value first needs it, then kept. */
function childPlan(ctx: ExecutionContext, field: FieldPlan): ObjectPlan {
  if (field.child) return field.child;
  const type = field.objectType!;
  const fields = collectSubfields(ctx.schema, ctx.fragments, {}, type, field.nodes as FieldNode[]);
  field.child = objectPlan(type, fields, field.operation);
  return field.child;
}

/** The completion of a value of `type` (graphql-js's `completeValue`, specialised once). */
function completer(type: GraphQLOutputType): Completer {
  if (isNonNullType(type)) {
    const inner = completer(type.ofType);
    return (ctx, field, value, path) => {
      // As graphql-js: a promise is an object or a list on its way, never null.
      const completed = inner(ctx, field, value, path);
      if (completed === null) {
        throw new Error(
          `Cannot return null for non-nullable field ${field.parentType.name}.${field.def.name}.`,
        );
      }
      return completed;
    };
  }
  if (isListType(type)) {
    const item = completer(type.ofType);
    return (ctx, field, value, path) => {
      if (value === null || value === undefined) return null;
      if (value instanceof Error) throw value;
      return completeList(ctx, field, type.ofType, item, value, path);
    };
  }
  if (isLeafType(type)) {
    return (_ctx, _field, value) => {
      if (value === null || value === undefined) return null;
      if (value instanceof Error) throw value;
      return serializeLeaf(type, value);
    };
  }
  return (ctx, field, value, path) => {
    if (value === null || value === undefined) return null;
    if (value instanceof Error) throw value;
    return executeFields(ctx, childPlan(ctx, field), value, path);
  };
}

// ---- Execution (graphql-js 16's execute.js, same order, errors and messages) -----------------

function executePlan(ctx: ExecutionContext, plan: ObjectPlan): PromiseOrValue<ExecutionResult> {
  try {
    const data = executeFields(ctx, plan, ctx.rootValue, undefined);
    if (isPromise(data)) {
      return data.then(
        (resolved) => response(ctx, resolved as Record<string, unknown>),
        (error: GraphQLError) => {
          ctx.collectedErrors.add(error, undefined);
          return response(ctx, null);
        },
      );
    }
    return response(ctx, data);
  } catch (error) {
    ctx.collectedErrors.add(error as GraphQLError, undefined);
    return response(ctx, null);
  }
}

type PromiseOrValue<T> = T | Promise<T>;

function response(ctx: ExecutionContext, data: Record<string, unknown> | null): ExecutionResult {
  const { errors } = ctx.collectedErrors;
  return errors.length === 0 ? { data } : { errors, data };
}

function executeFields(
  ctx: ExecutionContext,
  plan: ObjectPlan,
  source: unknown,
  path: Path | undefined,
): PromiseOrValue<Record<string, unknown>> {
  const result: Record<string, unknown> = {};
  let containsPromise = false;
  try {
    for (const field of plan.fields) {
      const value = executeField(ctx, field, source, path);
      result[field.key] = value;
      if (isPromise(value)) containsPromise = true;
    }
  } catch (error) {
    // As graphql-js: let the fields already running finish, then fail.
    if (containsPromise) {
      return promiseForObject(result).finally(() => {
        throw error;
      });
    }
    throw error;
  }
  return containsPromise ? promiseForObject(result) : result;
}

/** graphql-js's promiseForObject (same promise steps, so errors keep graphql-js's order). */
function promiseForObject(object: Record<string, unknown>): Promise<Record<string, unknown>> {
  return Promise.all(Object.values(object)).then((values) => {
    const keys = Object.keys(object);
    for (let i = 0; i < keys.length; i += 1) object[keys[i]!] = values[i];
    return object;
  });
}

function executeField(
  ctx: ExecutionContext,
  field: FieldPlan,
  source: unknown,
  parentPath: Path | undefined,
): unknown {
  let path = field.lazyPath ? undefined : ownPath(field, parentPath);
  try {
    const value = resolveField(ctx, field, source, path, parentPath);
    let completed: unknown;
    if (isPromise(value)) {
      const at = (path ??= ownPath(field, parentPath));
      completed = value.then((resolved) => field.complete(ctx, field, resolved, at));
    } else {
      completed = field.complete(ctx, field, value, path as Path);
    }
    if (isPromise(completed)) {
      const at = (path ??= ownPath(field, parentPath));
      return completed.then(undefined, (error) =>
        fieldError(ctx, error, field.def.type, field, at),
      );
    }
    return completed;
  } catch (error) {
    path ??= ownPath(field, parentPath);
    return fieldError(ctx, error, field.def.type, field, path);
  }
}

/** The field's entry in the response path (graphql-js's addPath for it). */
const ownPath = (field: FieldPlan, parentPath: Path | undefined) =>
  addPath(parentPath, field.key, field.parentType.name);

/**
 * The field's value: `__typename`, its resolver, or (graphql-js's defaultFieldResolver) the
 * source's property — a method is called like a resolver. `path` is the field's own path unless
 * it is built lazily (a leaf without resolver).
 */
function resolveField(
  ctx: ExecutionContext,
  field: FieldPlan,
  source: unknown,
  path: Path | undefined,
  parentPath: Path | undefined,
): unknown {
  if (field.typename !== undefined) return field.typename;
  if (field.preloaded !== undefined) {
    // What the resolver would return first, without its arguments and resolve info.
    const value = (source as Record<string, unknown>)[field.preloaded];
    if (value !== undefined) return value;
  }
  const { resolve } = field; // called without `this`, as graphql-js calls it
  if (resolve) {
    return resolve(source, argumentsOf(ctx, field), ctx.contextValue, info(ctx, field, path!));
  }
  if ((typeof source !== 'object' || source === null) && typeof source !== 'function') {
    return undefined;
  }
  const property = (source as Record<string, unknown>)[field.def.name];
  if (typeof property !== 'function') return property;
  return (source as Record<string, (...a: unknown[]) => unknown>)[field.def.name]!(
    argumentsOf(ctx, field),
    ctx.contextValue,
    info(ctx, field, path ?? ownPath(field, parentPath)),
  );
}

const argumentsOf = (ctx: ExecutionContext, field: FieldPlan) =>
  getArgumentValues(field.def, field.nodes[0]!, ctx.variableValues);

const info = (ctx: ExecutionContext, field: FieldPlan, path: Path) =>
  buildResolveInfo(ctx, field.def, field.nodes as FieldNode[], field.parentType, path);

function completeList(
  ctx: ExecutionContext,
  field: FieldPlan,
  itemType: GraphQLOutputType,
  item: Completer,
  value: unknown,
  listPath: Path,
): unknown {
  if (
    typeof value !== 'object' ||
    typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function'
  ) {
    throw new GraphQLError(
      `Expected Iterable, but did not find one for field "${field.parentType.name}.${field.def.name}".`,
    );
  }
  let containsPromise = false;
  const completed = Array.from(value as Iterable<unknown>, (element, index) => {
    const itemPath = addPath(listPath, index, undefined);
    try {
      const itemValue = isPromise(element)
        ? element.then((resolved) => item(ctx, field, resolved, itemPath))
        : item(ctx, field, element, itemPath);
      if (isPromise(itemValue)) {
        containsPromise = true;
        return itemValue.then(undefined, (error) =>
          fieldError(ctx, error, itemType, field, itemPath),
        );
      }
      return itemValue;
    } catch (error) {
      return fieldError(ctx, error, itemType, field, itemPath);
    }
  });
  return containsPromise ? Promise.all(completed) : completed;
}

function serializeLeaf(type: GraphQLLeafType, value: unknown): unknown {
  const serialized = type.serialize(value);
  if (serialized === null || serialized === undefined) {
    throw new Error(
      `Expected \`${inspect(type)}.serialize(${inspect(value)})\` to return non-nullable value, returned: ${inspect(serialized)}`,
    );
  }
  return serialized;
}

/**
 * graphql-js's handleFieldError: located; nulls a nullable position, else propagates. An error
 * under a position already nulled is dropped (graphql-js compares path entries by identity, so
 * a position has one path entry for its whole execution here too).
 */
function fieldError(
  ctx: ExecutionContext,
  rawError: unknown,
  type: GraphQLOutputType,
  field: FieldPlan,
  path: Path,
): null {
  const error = locatedError(rawError, field.nodes, pathToArray(path));
  if (isNonNullType(type)) throw error;
  ctx.collectedErrors.add(error, path);
  return null;
}
