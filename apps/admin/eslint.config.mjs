import base from '@kizuna/config/eslint';
import globals from 'globals';

export default [
  ...base,
  { ignores: ['e2e/artifacts/**'] },
  { files: ['src/**/*.{ts,tsx}'], languageOptions: { globals: { ...globals.browser } } },
];
