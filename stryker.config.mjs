// Mutation testing of the rules package (npm run test:mutation). Not part of `npm test`: it is slow.
// Scope: the logic of shared/ (dates, evaluation, rules, billing, stats, the reader). Test files,
// test kits and pure data tables are not mutated (a changed number in a table is a data change, pinned
// by its own source test, not a logic mistake).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'shared/date/**/*.ts',
    'shared/evaluate/**/*.ts',
    'shared/rules/**/*.ts',
    'shared/billing/**/*.ts',
    'shared/stats/**/*.ts',
    'shared/read/**/*.ts',
    '!shared/**/*.test.ts',
    '!shared/**/test-kit.ts',
    '!shared/**/*.test-helpers.ts',
    '!shared/rules/catalog.ts',
  ],
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 2),
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: '.test-results/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
};
