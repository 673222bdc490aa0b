import { getMetadataStorage } from 'type-graphql';

// type-graphql keys its metadata by class and types the key as `Function`.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type Target = Function;

/**
 * `simpleResolvers: true` lets graphql-js read a plain field straight from its object instead
 * of going through type-graphql's per-field wrapper — a large share of the CPU of a page of
 * nested nodes. It also skips `@Authorized` and `@UseMiddleware` on those fields, silently.
 * Called after the schema is built: refuses such a guard on a simple field instead.
 */
export function assertSimpleFieldsUnguarded(): void {
  const storage = getMetadataStorage();
  // Field-level @Authorized / @UseMiddleware, and class-level @UseMiddleware (every field).
  const guarded: { target: Target; fieldName?: string }[] = [
    ...storage.authorizedFields,
    ...storage.middlewares,
    ...storage.resolverMiddlewares,
  ];
  for (const type of storage.objectTypes) {
    const declaringClasses = (field: { target: Target }) =>
      field.target === type.target ||
      type.target.prototype instanceof field.target ||
      (type.interfaceClasses ?? []).includes(field.target);
    for (const field of storage.fields.filter(declaringClasses)) {
      if (!(field.simple ?? type.simpleResolvers ?? false)) continue;
      const guard = guarded.find(
        (g) => declaringClasses(g) && (g.fieldName ?? field.name) === field.name,
      );
      if (guard) {
        throw new Error(
          `${type.name}.${field.name} has @Authorized or a middleware but a simple resolver, which would skip it: remove simpleResolvers from ${type.name}`,
        );
      }
    }
  }
}
