/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)s$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'cjs', 'json'],
  testMatch: ['<rootDir>/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.data/'],
  // One set of real services (PostgreSQL + pgvector, Redis, Temporal dev server) for the whole run.
  globalSetup: '<rootDir>/tests/harness/global-setup.ts',
  globalTeardown: '<rootDir>/tests/harness/global-teardown.ts',
  setupFiles: ['<rootDir>/tests/harness/quiet-temporal.ts'],
  testTimeout: 60_000,
  // Two cores on CI; Temporal workers also hold native threads, so more jest workers only contend.
  maxWorkers: 2,
};
