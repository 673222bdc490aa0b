const preset = require('@kizuna/config/jest');

/** API tests run against a real PostgreSQL: TEST_DATABASE_URL, or the embedded one. */
module.exports = {
  ...preset,
  roots: ['<rootDir>/src', '<rootDir>/test'],
  moduleNameMapper: {
    ...preset.moduleNameMapper,
    '^@kizuna/domain$': '<rootDir>/../../packages/domain/src/index.ts',
  },
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  setupFiles: ['reflect-metadata'],
  testTimeout: 60_000,
  maxWorkers: 2,
};
