const preset = require('@kizuna/config/jest');

/** Component and unit tests (jsdom). Browser end-to-end tests: jest.e2e.config.cjs. */
module.exports = {
  ...preset,
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src'],
  setupFilesAfterEnv: ['<rootDir>/src/test/setup-tests.ts'],
  moduleNameMapper: {
    '\\.(css|less|svg|png)$': '<rootDir>/src/test/style-stub.cjs',
    '^@kizuna/domain$': '<rootDir>/../../packages/domain/src/index.ts',
    ...preset.moduleNameMapper,
  },
  // Some of antd's dependencies ship ES modules only: let swc compile those to CommonJS.
  transformIgnorePatterns: [
    '/node_modules/(?!(@ant-design|@rc-component|rc-[\\w-]+|@babel/runtime|antd)/)',
  ],
  testPathIgnorePatterns: [...preset.testPathIgnorePatterns, '<rootDir>/e2e/'],
  // Typing into antd forms under jsdom takes seconds per test when the API's database tests run
  // beside these on a 2-core machine (CI); a hang still fails, just later.
  testTimeout: 60_000,
};
