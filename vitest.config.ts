import { defineConfig } from 'vitest/config';

/**
 * Tests that judge real timing with default tolerances or tight schedules (the demo's verdicts, the embedded
 * engine's pacing) run after the rest, one file at a time: measured alongside other test files, the 2-core
 * machine's load would be part of what they measure. Live tests whose margins a loaded machine cannot cross
 * (same-job-embedded) run with the rest.
 */
const TIMING = ['__tests__/examples/demo.test.ts', '__tests__/engine/embedded.test.ts'];

/**
 * Tests that start services, spawn tools (k6's stand-in, JMeter, Locust, git, the CLI, the bundle) or measure
 * live timing: each file in a fresh process of its own (the forks pool), so no earlier file's heap, handles or
 * environment is part of what it measures. The rest (parsers, statistics, reports, stores, the GitHub
 * stand-in) share worker threads file after file.
 */
const LIVE = [
  '__tests__/{action,cli,engine,examples,service}/**/*.test.ts',
  '__tests__/abtest/same-job-embedded.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    poolOptions: {
      // Most live files wait on child processes (services, k6's stand-in, JMeter, Locust, git), so two forks
      // overlap those waits. Beside them, one thread runs the other files without isolation (their hooks
      // restore what they change): a fresh process and module graph per file cost about 1 s of CPU each, about
      // 90 s in all. Three workers in all, as before the split: with three forks and the thread, a fresh-clone
      // .ci/run beside two busy loops failed 1 of 5 (a base build starved of CPU dropped 28 of 80 iterations,
      // so a 5x slower PR build was inconclusive instead of failing).
      forks: { maxForks: 2 },
      // minThreads = maxThreads: tinypool ends a thread above minThreads when it idles, and a file handed to it
      // then fails with "Terminating worker thread".
      threads: { isolate: false, maxThreads: 1, minThreads: 1 },
    },
    // GitHub's workflow parser imports its JSON schema without an import attribute, which Node 20 refuses;
    // letting Vite bundle it for the tests sidesteps that.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['__tests__/**/*.test.ts'],
          exclude: [...TIMING, ...LIVE],
          pool: 'threads',
        },
      },
      {
        extends: true,
        test: { name: 'live', include: LIVE, exclude: TIMING },
      },
      {
        extends: true,
        test: { name: 'timing', include: TIMING },
      },
    ],
  },
});
