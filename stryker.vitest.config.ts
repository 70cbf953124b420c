import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import base from './vitest.config.ts';

/**
 * Files whose last run failed first (the test that killed the previous mutant likely kills this one), then
 * the quickest: Stryker stops at a mutant's first failing test, so a mutant a quick file kills never waits
 * for the slow rate tests (calibration, gate rates). Vitest's own order runs the longest first.
 */
class QuickestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const last = (f: TestSpecification) =>
      this.ctx.cache.getFileTestResults(`${f.project.name}:${f.moduleId.slice(root.length + 1)}`);
    return [...files].sort((a, b) => {
      const la = last(a);
      const lb = last(b);
      if (la === undefined || lb === undefined) return 0;
      if (la.failed !== lb.failed) return la.failed ? -1 : 1;
      return la.duration - lb.duration;
    });
  }
}

/**
 * The statistical rate tests (many seeded trials of the whole comparison). A mutant of a function they reach
 * (distributions, compare, metric-estimate) runs them whole when it survives, and a mutant that slows them
 * waits for a timeout scaled by their run time (minutes each): with MUTATION_WITHOUT_RATE_TESTS=1 they are left
 * out, so the score then counts only what the other tests kill, a lower bound.
 */
const RATE_TESTS = ['__tests__/stats/calibration.test.ts', '__tests__/stats/saturated-cpu.test.ts'];

/**
 * MUTATION_TESTS=stats,results (folders of __tests__) narrows the tests to those folders. For a file that
 * nearly every test reaches (the histogram every reader fills, the distributions every comparison uses), each
 * surviving mutant would run the whole set, hours on two cores; its own folder's tests then score it, and
 * the score is a lower bound of what the whole set would kill.
 */
const NARROWED = process.env.MUTATION_TESTS?.split(',').map((f) => `__tests__/${f.trim()}/**/*.test.ts`);

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
    // One worker thread kept across mutant runs (an isolated pool starts a new thread, and loads Vitest
    // again, for every mutant: about 5x slower); the setup file evaluates every module afresh before each test
    // file instead, so no mutant's module state (a static mutant, a cache) carries into the next run.
    poolOptions: { threads: { isolate: false } },
    setupFiles: ['./scripts/stryker-fresh-modules.ts'],
    sequence: { sequencer: QuickestFirst },
    include: NARROWED ?? [
      '__tests__/{stats,results,baseline,inputs,modes,report,abtest}/**/*.test.ts',
      '__tests__/judge/{judge,nightly-trend,policy}.test.ts',
      '__tests__/{action-yml,readme}.test.ts',
    ],
    exclude: [
      '__tests__/abtest/same-job-embedded.test.ts',
      ...(process.env.MUTATION_WITHOUT_RATE_TESTS === '1' ? RATE_TESTS : []),
    ],
  },
});
