import { defineConfig } from 'vitest/config';

/**
 * Tests that judge real timing with default tolerances or tight schedules (the demo's verdicts, the embedded
 * engine's pacing) run after the rest, one file at a time: measured alongside other test files, the 2-core
 * machine's load would be part of what they measure. Live tests whose margins a loaded machine cannot cross
 * (same-job-embedded) run with the rest.
 */
const TIMING = ['__tests__/examples/demo.test.ts', '__tests__/engine/embedded.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Most files wait on child processes (services, k6's stand-in, JMeter, Locust, git), so three workers on 2
    // cores overlap those waits; vitest's default (cores − 1) ran them one at a time.
    maxWorkers: 3,
    // GitHub's workflow parser imports its JSON schema without an import attribute, which Node 20 refuses;
    // letting Vite bundle it for the tests sidesteps that.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['__tests__/**/*.test.ts'], exclude: TIMING },
      },
      {
        extends: true,
        test: { name: 'timing', include: TIMING },
      },
    ],
  },
});
