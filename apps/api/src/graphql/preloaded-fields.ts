import {
  isObjectType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/** Each preloaded field's property, for the planned executor (plain-executor.ts). */
const preloadedProperties = new WeakMap<GraphQLField<unknown, unknown>, string>();

/**
 * The property where a list resolver may have left this field's value — only for fields
 * `resolvePreloadedFirst` took (checked unguarded), never from anything a schema could declare.
 */
export const preloadedProperty = (field: GraphQLField<unknown, unknown>): string | undefined =>
  preloadedProperties.get(field);

/** Object type name → field name → the property where a list resolver leaves its value. */
export type PreloadedFields = Record<string, Record<string, string>>;

/**
 * A list resolver may load a field for its whole page ahead of time (preloadSubscriptions) and
 * leave the value in a property of each parent. For such a field, graphql-js reads that property
 * when it is set and calls the field resolver only when it is not — skipping type-graphql's
 * per-call wrapper (container lookup, parameter list, middleware dispatch), which otherwise runs
 * three times per row of a nested page (ADR 0007). Skipping it would also skip `@Authorized` and
 * `@UseMiddleware`: a guarded field is refused when the schema is built.
 */
export function resolvePreloadedFirst(schema: GraphQLSchema, preloaded: PreloadedFields): void {
  for (const [typeName, fields] of Object.entries(preloaded)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`preloaded fields: ${typeName} is not an object type`);
    for (const [fieldName, property] of Object.entries(fields)) {
      const field = type.getFields()[fieldName];
      const resolve = field?.resolve;
      if (!resolve) throw new Error(`preloaded fields: ${typeName}.${fieldName} has no resolver`);
      assertUnguarded(typeName, fieldName);
      field.resolve = preferProperty(property, resolve);
      preloadedProperties.set(field, property);
    }
  }
}

function preferProperty(
  property: string,
  resolve: GraphQLFieldResolver<unknown, unknown>,
): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, context, info) => {
    const value = (source as Record<string, unknown>)[property];
    return value !== undefined ? value : resolve(source, args, context, info);
  };
}

/**
 * Read after `buildSchema`, from the metadata type-graphql has resolved: each declaration's
 * `roles` (field-level or class-level `@Authorized`; `[]` for `@Authorized()`) and `middlewares`
 * (field- and class-level `@UseMiddleware`). The schema is built without global middlewares
 * (schema.ts), which no per-field check could see.
 */
function assertUnguarded(typeName: string, fieldName: string): void {
  const storage = getMetadataStorage();
  const objectType = storage.objectTypes.find((t) => t.name === typeName);
  const declarations: { roles?: unknown[]; middlewares?: unknown[] }[] = [
    ...storage.fieldResolvers.filter(
      (r) => r.schemaName === fieldName && r.getObjectType?.() === objectType?.target,
    ),
    ...(objectType?.fields ?? []).filter((f) => f.schemaName === fieldName),
  ];
  const guarded = declarations.some(
    (d) => d.roles !== undefined || (d.middlewares?.length ?? 0) > 0,
  );
  if (guarded) {
    throw new Error(
      `${typeName}.${fieldName} has @Authorized or a middleware but is resolved from a preloaded value, which would skip it`,
    );
  }
}
