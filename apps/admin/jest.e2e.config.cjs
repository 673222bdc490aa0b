const preset = require('@kizuna/config/jest');

/** Browser end-to-end tests: the real API + database + built console in headless Chromium. */
module.exports = {
  ...preset,
  testEnvironment: 'node',
  roots: ['<rootDir>/e2e'],
  testMatch: ['**/*.e2e.ts'],
  testTimeout: 180_000,
  maxWorkers: 1,
};
