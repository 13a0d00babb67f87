// Stryker (mutation testing) over the pure modules, run per folder by scripts/mutation.ts
// (`npm run test:mutation [-- <folder>]`), which sets `mutate`, the incremental file and the
// report names. Not part of npm test. Stryker 9.6.1: version 10 needs Node 22.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  coverageAnalysis: 'perTest',
  // Two cores shared with other work: one or two test runners at a time (MUTATION_CONCURRENCY).
  concurrency: 1,
  incremental: true,
  reporters: ['clear-text', 'progress', 'json'],
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  jsonReporter: { fileName: process.env.STRYKER_JSON_REPORT ?? '.stryker/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  timeoutMS: 10000,
  // Console statements and "unreachable" error messages are not behaviour worth a test.
  ignoreStatic: true,
};

export default config;
