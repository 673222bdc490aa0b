export { default } from '@kizuna/config/eslint';
