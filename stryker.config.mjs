// Mutation testing (`npm run mutation [-- stats|results|baseline|inputs]`, scripts/mutation.mjs; not part of
// `npm test`): StrykerJS mutates src/stats, src/results, src/baseline and src/inputs and runs the unit tests
// covering each mutant; a mutant no test kills is a hole in the tests. Incremental, one result file per
// folder (reports/stryker-incremental-<folder>.json, committed), so a rerun tests only what changed.
// Equivalent mutants (no behaviour can tell them apart) are disabled where they occur with a
// `// Stryker disable next-line <mutator>: <reason>` comment, which Stryker reads and reports as ignored.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'stryker.vitest.config.ts', related: true },
  checkers: ['typescript'],
  // the checker compiles src alone: a mutant that breaks a type there is what it is for, and the tests'
  // types are checked by `npm run typecheck`
  tsconfigFile: 'tsconfig.stryker.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: [
    'src/stats/**/*.ts',
    'src/results/**/*.ts',
    'src/baseline/**/*.ts',
    'src/inputs/**/*.ts',
    '!src/**/types.ts',
    '!src/results/jtl-csv-pass-wasm.ts',
  ],
  ignorePatterns: ['dist', 'bench/.data', 'reports', '.stryker-tmp', 'coverage'],
  // Vitest does not type-check, so the sandbox needs no `// @ts-nocheck` header (which would also make the
  // generated WebAssembly module differ from what its WAT source compiles to, failing jtl-csv-pass.test.ts)
  disableTypeChecks: false,
  incremental: true,
  // The machine is shared: one test process, and no run in `npm test` or .ci/run.
  concurrency: 1,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress-append-only'],
  coverageAnalysis: 'perTest',
  thresholds: { high: 90, low: 85, break: null },
  cleanTempDir: 'always',
};
