/** ESM + ts-jest, as the actions/typescript-action template runs it. */
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json' }] },
  collectCoverageFrom: ['src/**/*.ts', '!src/index.ts', '!src/cli/index.ts'],
  globalSetup: '<rootDir>/__tests__/support/global-setup.mjs',
  testTimeout: 60000,
  verbose: false,
}
