import { defineConfig } from 'vitest/config';

/**
 * Tests that judge real timing (load against live services on this machine) run after the rest, one file at
 * a time: measured alongside other test files, the 2-core machine's load would be part of what they measure.
 */
const TIMING = [
  '__tests__/examples/demo.test.ts',
  '__tests__/abtest/same-job-embedded.test.ts',
  '__tests__/engine/embedded.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
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
