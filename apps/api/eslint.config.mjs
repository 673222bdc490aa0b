import base from '@kizuna/config/eslint';

export default [
  ...base,
  {
    // type-graphql and TypeORM read classes from decorator metadata at run time:
    // an `import type` of an input class would silently break argument validation.
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
];
