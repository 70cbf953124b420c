import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { resolveGateOptions } from '../../src/stats/defaults.ts';
import { studentTQuantile, studentTTwoSidedP } from '../../src/stats/distributions.ts';
import { REGRESSION_FLOOR, runsToDecide } from '../../src/stats/interval-outcome.ts';
import type * as Estimates from '../../src/stats/metric-estimate.ts';
import type { MetricComparison, SeriesMetricName } from '../../src/stats/types.ts';
import { makeRuns, metric, USERS } from './helpers.ts';

// What compareRuns makes of one metric's estimate: its p-value, the reason an undecided metric gives, and
// the claims on which it stands aside. The estimate is set here (the rest of the runs' estimates are as
// measured, but untested), so each boundary can be reached exactly.

vi.mock('../../src/stats/metric-estimate.ts', async (original) => {
  const actual = await original<typeof Estimates>();
  return { ...actual, estimateMetric: vi.fn(actual.estimateMetric) };
});
// The unit project's files share one module graph (vitest.config.ts, isolate: false): compare.ts may be
// loaded already, bound to the real estimator, so it is loaded afresh here, and the graph is left fresh after.
vi.resetModules();
const { compareRuns } = await import('../../src/stats/compare.ts');
const estimated = vi.mocked((await import('../../src/stats/metric-estimate.ts')).estimateMetric);
const { estimateMetric: measured } = await vi.importActual<typeof Estimates>(
  '../../src/stats/metric-estimate.ts',
);
afterEach(() => estimated.mockReset());
afterAll(() => {
  vi.doUnmock('../../src/stats/metric-estimate.ts');
  vi.resetModules();
});

const baseline = makeRuns(2, { seed: 1, loadModel: 'open' });
const candidate = makeRuns(2, { seed: 2, loadModel: 'open' });
/** degrees of freedom past which the Student t is the normal: a 95 % interval is ± z standard errors */
const DF = 1e9;
const Z = studentTQuantile(0.975, DF);

interface Shape {
  center: number;
  /** half-width of the 95 % interval on the analysis scale */
  half: number;
  tolerance?: number;
  perRun?: number;
  fixed?: number;
  undecidable?: string;
  noisier?: string;
}

/** /users' `name` as judged from this estimate, the only tested metric of the comparison (so at 95 %). */
function judged(name: SeriesMetricName, shape: Shape): MetricComparison {
  const { half, tolerance = 0.05, perRun = 0, fixed = 0, ...rest } = shape;
  estimated.mockImplementation((context, id, m) => {
    const real = measured(context, id, m);
    if (id !== USERS || m !== name) return { ...real, testable: false };
    // what the runs said of this metric gives way to the shape
    const { reason: _reason, undecidable: _undecidable, noisier: _noisier, ...figures } = real;
    return {
      ...figures,
      tolerance,
      variance: { variance: (half / Z) ** 2, df: DF },
      perRun,
      fixed,
      gated: true,
      testable: true,
      ...rest,
    };
  });
  return metric(
    compareRuns({ baseline, candidate, design: 'same-job' }, resolveGateOptions({})),
    USERS,
    name,
  );
}

describe('the p-value that orders the tests for Holm', () => {
  it('is that of a change beyond half the tolerance, on the metric’s analysis scale', () => {
    // a log ratio of 0.2 with a standard error of 0.05, against half of a 5 % tolerance: log(1.025)
    const m = judged('p50', { center: 0.2, half: 0.05 * Z });
    const t = (0.2 - Math.log1p(REGRESSION_FLOOR * 0.05)) / 0.05;
    expect(m.pValue).toBeCloseTo(studentTTwoSidedP(t, DF), 14);
    expect(m.pValue).toBeGreaterThan(1e-4);
    expect(m.pValue).toBeLessThan(1e-3);
  });

  it('is 1 for a change within half the tolerance', () => {
    expect(judged('p50', { center: 0.02, half: 0.01 }).pValue).toBe(1);
  });
});

describe('the reason an undecided metric gives', () => {
  const undecided = 'the interval neither rules out a 5.0% change nor shows one of more than half of it';

  it('says how many runs a side would likely decide it, from the tolerance on the analysis scale', () => {
    const m = judged('p50', { center: 0.04, half: 0.05, perRun: 0.002 });
    const runs = runsToDecide({
      estimate: 0.04,
      tolerance: Math.log1p(0.05),
      critical: Z,
      perRun: 0.002,
      fixed: 0,
    });
    // a 5 % tolerance read as 0.05 on the log scale would ask for more
    expect(
      runsToDecide({ estimate: 0.04, tolerance: 0.05, critical: Z, perRun: 0.002, fixed: 0 }),
    ).toBeGreaterThan(runs!);
    expect(m.outcome).toBe('inconclusive');
    expect(m.runsToDecide).toBe(runs);
    expect(m.reason).toBe(`${undecided}; about ${runs} runs a side would likely decide it`);
  });

  it('says so when the between-job noise alone is wider than repeats could get past', () => {
    // between log(1.05) and 0.05 (over z, squared): only a tolerance misread as 0.05 would leave room
    const fixed = ((Math.log1p(0.05) + 0.05) / 2 / Z) ** 2;
    const m = judged('p50', { center: 0, half: 0.06, perRun: 0.001, fixed });
    expect(m.outcome).toBe('inconclusive');
    expect(m.runsToDecide).toBeUndefined();
    expect(m.reason).toBe(
      `${undecided}; more repeats cannot decide it, the between-job noise alone is wider: measure base and PR in the same job`,
    );
  });

  it('reads an error rate’s tolerance as it is, with no log scale', () => {
    // between log(1.005) and 0.005 (over z, squared): room for repeats only at 0.005 itself
    const fixed = ((Math.log1p(0.005) + 0.005) / 2 / Z) ** 2;
    const m = judged('error_rate', { center: 0, half: 0.006, tolerance: 0.005, perRun: 1e-9, fixed });
    expect(m.outcome).toBe('inconclusive');
    expect(m.runsToDecide).toBeGreaterThan(0);
    expect(m.reason).toMatch(
      /^the interval neither rules out a 0\.50 pp change nor shows one of more than half of it; about \d+ runs a side would likely decide it$/,
    );
  });

  it('puts why the runs are noisier first, and says when more than 100 runs a side would be needed', () => {
    const m = judged('p50', { center: 0.04, half: 0.05, perRun: 1, noisier: 'the runner was saturated' });
    expect(m.runsToDecide).toBeUndefined();
    expect(m.reason).toBe(`the runner was saturated; ${undecided}; it would take more than 100 runs a side`);
  });
});

describe('a metric standing aside', () => {
  it('names its worst end in the metric’s own direction: a throughput 2 % down at worst', () => {
    // the log ratio of throughput at +0.03 ± 0.05: −2 % is its worst end
    const m = judged('throughput', { center: 0.03, half: 0.05 });
    expect(m.gated).toBe(false);
    expect(m.reason).toBe(
      'not worse: its 95.0% interval reaches −2.0% at worst, which rules out a 5.0% regression; an improvement of that size is still open, and only a regression holds back a pass',
    );
  });

  it('is judged as always when its interval reaches exactly the tolerance', () => {
    // the interval does not depend on the tolerance: read it once, then set the tolerance to its upper end
    const probe = judged('p50', { center: -0.01, half: 0.06 });
    const m = judged('p50', { center: -0.01, half: 0.06, tolerance: probe.interval[1] });
    expect(m.interval[0]).toBeLessThan(-m.tolerance);
    expect(m.gated).toBe(true);
    expect(m.reason).toMatch(/^the interval neither rules out/);
  });

  describe('when undecidable at the budget', () => {
    const undecidable = 'too noisy to judge a change from 2 runs a side';

    it('rules out a regression of the tolerance when its interval stays under it', () => {
      const m = judged('p50', { center: -0.03, half: 0.05, undecidable });
      expect(m.gated).toBe(false);
      expect(m.reason).toBe(
        `${undecidable}; its 95.0% interval reaches +2.0% at worst, which rules out a 5.0% regression, so it does not hold back a pass`,
      );
    });

    it('rules out only twice the tolerance when its interval reaches exactly the tolerance', () => {
      const probe = judged('p50', { center: 0, half: 0.05, undecidable });
      const m = judged('p50', { center: 0, half: 0.05, undecidable, tolerance: probe.interval[1] });
      expect(m.gated).toBe(false);
      expect(m.reason).toMatch(
        /which rules out a 10% regression \(one between 5\.1% and 10% could go unseen\)/,
      );
    });

    it('holds back a pass when its interval reaches exactly twice the tolerance', () => {
      const probe = judged('p50', { center: 0, half: 0.05, undecidable });
      const m = judged('p50', { center: 0, half: 0.05, undecidable, tolerance: probe.interval[1] / 2 });
      expect(m.outcome).toBe('inconclusive');
      expect(m.gated).toBe(true);
      expect(m.reason).toMatch(/^the interval neither rules out/);
    });
  });
});
