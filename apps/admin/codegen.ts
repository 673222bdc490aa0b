import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations from the committed schema, colocated `*.graphql` documents → src/gql/graphql.ts.
 * Not the client-preset (Apollo advises against it, see STACK.md). typescript-operations 6 emits
 * the enums and inputs that the operations use by itself; adding the `typescript` plugin as well
 * would declare them twice (TS2300), so it is left out.
 */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.graphql'],
  generates: {
    'src/gql/graphql.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        enumType: 'string-literal',
        useTypeImports: true,
        scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>', SafeInt: 'number' },
        dedupeFragments: true,
      },
    },
  },
};

export default config;
