/**
 * Browser journeys against a running web app and API (started by scripts/e2e.mjs at the repo
 * root, which sets E2E_WEB_URL and E2E_API_URL). Real Chromium from Debian via playwright-core.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/e2e'],
  testMatch: ['**/*.e2e.ts'],
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
  testTimeout: 60_000,
  maxWorkers: 1,
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true } } }],
  },
};
