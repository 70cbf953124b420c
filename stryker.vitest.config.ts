import { defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

/**
 * The tests Stryker runs against each mutant of src/stats, src/results, src/baseline and src/inputs: the
 * deterministic unit tests of those folders and of the pure layers above them. Left out: tests that run the
 * committed bundle (dist/ is never mutated), start live services or measure real timing (their verdicts ride
 * on the machine's load, and a mutant run must not), or talk to the GitHub stand-in.
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    projects: undefined,
    // the suite's shared, unisolated threads would carry one mutant's module state into the next run
    poolOptions: undefined,
    include: [
      '__tests__/{stats,results,baseline,inputs,modes,report,abtest}/**/*.test.ts',
      '__tests__/judge/{judge,nightly-trend,policy}.test.ts',
      '__tests__/{action-yml,readme}.test.ts',
    ],
    exclude: ['__tests__/abtest/same-job-embedded.test.ts'],
  },
});
