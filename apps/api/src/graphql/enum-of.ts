/**
 * A GraphQL enum object from a domain list of string literals: `enumOf(['A', 'B'])` is
 * `{ A: 'A', B: 'B' }`, typed so that the values stay the domain's union type.
 */
export const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
