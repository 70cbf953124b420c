import { describe, expect, it } from 'vitest';
import { LatencyHistogram } from '../../src/results/histogram.ts';
import type { RunResult, SeriesResult } from '../../src/results/types.ts';
import { defaultNoisePriors, resolveGateOptions } from '../../src/stats/defaults.ts';
import {
  coefficientOfVariation,
  type EstimateContext,
  estimateMetric,
  type MetricEstimate,
  runToRunPrior,
  spread,
  tooNoisyAtBudget,
  unstableChecked,
  withinParts,
} from '../../src/stats/metric-estimate.ts';
import { METRIC_SPECS } from '../../src/stats/metrics.ts';
import type { RunMetric } from '../../src/stats/run-metrics.ts';

/** Per-run figures of 1 000 requests each, with a within-run variance when one is given. */
function figures(values: number[], withinVar?: number): RunMetric[] {
  return values.map((value) => ({
    value,
    requests: 1000,
    ...(withinVar !== undefined ? { withinVar } : {}),
  }));
}

function context(o: Partial<EstimateContext> = {}): EstimateContext {
  return {
    baseline: [],
    candidate: [],
    paired: false,
    loadModel: 'closed',
    options: resolveGateOptions({}),
    priors: defaultNoisePriors,
    ...o,
  };
}

describe('coefficientOfVariation', () => {
  it('is sd over |mean|: 2 and 4 have sd √2 and mean 3', () => {
    expect(coefficientOfVariation([2, 4])).toBeCloseTo(Math.SQRT2 / 3, 12);
  });

  it('is NaN with one run, even at 0 (where a mean of 0 would read as infinitely noisy)', () => {
    expect(coefficientOfVariation([0])).toBeNaN();
    expect(coefficientOfVariation([7])).toBeNaN();
  });

  it('is 0 for repeats all at 0, and infinite for a spread around a mean of 0', () => {
    expect(coefficientOfVariation([0, 0])).toBe(0);
    expect(coefficientOfVariation([-1, 1])).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('runToRunPrior', () => {
  it('counts a prior of 0 degrees of freedom as exact (infinite df)', () => {
    const prior = runToRunPrior(METRIC_SPECS.p50, { ...defaultNoisePriors, runToRunPriorDf: 0 });
    expect(prior.df).toBe(Number.POSITIVE_INFINITY);
    expect(prior.variance).toBeCloseTo(Math.log1p(0.015 ** 2), 15);
  });
});

describe('withinParts', () => {
  it('is undefined when any one run lacks its within-run variance', () => {
    expect(withinParts([...figures([1], 0.01), ...figures([1])])).toBeUndefined();
    expect(withinParts(figures([1, 2], 0.01))).toEqual([
      { variance: 0.01, df: 1 },
      { variance: 0.01, df: 1 },
    ]);
  });
});

describe('tooNoisyAtBudget', () => {
  // tolerance e^0.1 − 1: room ln(1 + tolerance) = 0.1 exactly
  const tolerance = Math.expm1(0.1);

  it('decides a standard error that fits exactly five times in the room', () => {
    // se 0.02: 5 × 0.02 = 0.1 = room
    expect(tooNoisyAtBudget('a P99', 3, { variance: 0.0004, df: 5 }, undefined, tolerance)).toBeUndefined();
  });

  it('says so from the runs measured when there is no budget beyond them', () => {
    // se 0.04: 5 × 0.04 = 0.2 > 0.1; about 3 × (0.2 / 0.1)² = 12 runs would do
    expect(tooNoisyAtBudget('a P99', 3, { variance: 0.0016, df: 5 }, undefined, tolerance)).toBe(
      'too noisy to judge a 10.5% change from 3 runs a side: a P99 leaves a standard error of 4.1% at 3; about 12 runs a side (or longer runs) would decide it',
    );
  });

  it('shrinks the standard error to the budget: 12 runs halve it, 6 do not reach', () => {
    // at 12 runs: 0.2 × √(3/12) = 0.1 fits; at 6: 0.2 × √(1/2) ≈ 0.141 does not
    expect(tooNoisyAtBudget('a P99', 3, { variance: 0.0016, df: 5 }, 12, tolerance)).toBeUndefined();
    expect(tooNoisyAtBudget('a P99', 3, { variance: 0.0016, df: 5 }, 6, tolerance)).toMatch(
      /^too noisy to judge a 10\.5% change within 6 runs a side: /,
    );
  });
});

describe('spread, unpaired', () => {
  // ln figures: baseline 0, 0.1 (sample variance 0.005, 1 df); candidate 0, 0.2, 0.4 (0.04, 2 df); both far
  // above the prior's 0.000225, which they replace
  const b = figures([1, Math.exp(0.1)]);
  const c = figures([1, Math.exp(0.2), Math.exp(0.4)]);

  it('adds the sides’ variances of the mean with Satterthwaite degrees of freedom', () => {
    const s = spread(METRIC_SPECS.p50, context(), b, c);
    // 0.005/2 + 0.04/3 = 0.0025 + 0.013333…
    const variance = 0.0025 + 0.04 / 3;
    expect(s.variance?.variance).toBeCloseTo(variance, 12);
    expect(s.variance?.df).toBeCloseTo(variance ** 2 / (0.0025 ** 2 / 1 + (0.04 / 3) ** 2 / 2), 9);
    expect(s.perRun).toBeCloseTo(0.045, 12);
    expect(s.fixed).toBe(0);
  });

  it('has no variance when one side has a single run and no within-run figure', () => {
    for (const s of [
      spread(METRIC_SPECS.p50, context(), figures([1]), c),
      spread(METRIC_SPECS.p50, context(), c, figures([1])),
    ]) {
      expect(s.variance).toBeUndefined();
      expect(s.perRun).toBeNaN();
      expect(s.fixed).toBe(0);
    }
  });
});

describe('spread, paired', () => {
  it('has no variance with one pair and no within-run figures', () => {
    const s = spread(METRIC_SPECS.p50, context({ paired: true }), figures([1]), figures([2]));
    expect(s).toEqual({ perRun: Number.NaN, fixed: 0 });
  });

  it('uses the pairs’ spread alone when only one side knows its within-run variance', () => {
    // log-ratios 0.1 and 0.3: sample variance 0.02 (1 df), above the pair prior 2 × 0.000225
    for (const [b, c] of [
      [figures([1, 1], 0.001), figures([Math.exp(0.1), Math.exp(0.3)])],
      [figures([1, 1]), figures([Math.exp(0.1), Math.exp(0.3)], 0.001)],
    ] as const) {
      const s = spread(METRIC_SPECS.p50, context({ paired: true }), b, c);
      expect(s.variance?.variance).toBeCloseTo(0.01, 12);
      expect(s.variance?.df).toBe(1);
      expect(s.perRun).toBeCloseTo(0.02, 12);
      expect(s.location).toBeCloseTo(0.2, 12);
    }
  });

  it('pairs CPU per request without within-run figures like any other metric', () => {
    const s = spread(
      METRIC_SPECS.cpu_per_request,
      context({ paired: true }),
      figures([1, 1, 1]),
      figures([Math.exp(0.1), Math.exp(0.3), Math.exp(0.5)]),
    );
    // log-ratios 0.1, 0.3, 0.5: sample variance 0.04 (2 df), above the CPU pair prior 2 × ln(1 + 0.075²)
    expect(s.variance?.variance).toBeCloseTo(0.04 / 3, 12);
    expect(s.variance?.df).toBe(2);
    expect(s.leftOut).toBeUndefined();
  });
});

describe('unstableChecked', () => {
  const runs = [{}, {}, {}] as RunResult[];
  const options = { ...resolveGateOptions({}), maxBaselineCv: 0.03 };
  function estimate(baselineCv: number, o: Partial<MetricEstimate> = {}): MetricEstimate {
    return { spec: METRIC_SPECS.p50, baselineCv, gated: true, testable: true, ...o } as MetricEstimate;
  }
  const check = (e: MetricEstimate, paired = false, baselineRuns = figures([1, 1, 1])) =>
    unstableChecked(e, context({ baseline: runs, options, paired }), baselineRuns);

  it('holds back a baseline whose repeats vary far beyond the prior', () => {
    // CV 5 %: ln variance 0.0025 against the prior's 0.000225 (10 df), F ≈ 11 at 2 df: p ≈ 0.3 %
    const e = check(estimate(0.05));
    expect(e.testable).toBe(false);
    expect(e.reason).toBe(
      'unstable baseline: its repeats vary by 5.0% (CV), above the 3% limit, so it can neither pass nor fail this metric',
    );
  });

  it('lets a spread above the limit stand when the F test at 3 − 1 df does not reject it', () => {
    // CV 4 %: rejected at 4 df, not at the 2 df three repeats have
    const e = check(estimate(0.04));
    expect(e.testable).toBe(true);
    expect(e.reason).toBeUndefined();
  });

  it('checks only gated metrics on the log scale, above (not at) the limit', () => {
    expect(check(estimate(0.05, { gated: false })).testable).toBe(true);
    // an error rate's CV says nothing of stability: 500 % against a within-run variance of 1e−6 is let stand
    expect(
      check(estimate(5, { spec: METRIC_SPECS.error_rate }), false, figures([0.01, 0.01, 0.01], 1e-6))
        .testable,
    ).toBe(true);
    expect(check(estimate(0.05), true).testable).toBe(true);
    const atLimit = unstableChecked(
      estimate(0.05),
      context({ baseline: runs, options: { ...options, maxBaselineCv: 0.05 } }),
      figures([1, 1, 1]),
    );
    expect(atLimit.testable).toBe(true);
  });
});

const ID = 'default › GET /users';

interface SummaryRun {
  requests: number;
  failed?: number;
  /** the reported median (ms); the other quantiles are 2, 3 and 4 times it */
  p50?: number;
  seconds?: number;
  /** the scenario's all-requests series (src/stats/scenario-totals.ts) rather than one endpoint */
  total?: boolean;
}

/** A summary-fidelity run (k6 --summary-export) of one series: counts and reported quantiles only. */
function summaryRun(r: SummaryRun): RunResult {
  const p50 = r.p50 ?? 10;
  const series: SeriesResult = {
    key: r.total
      ? { scenario: 'default', group: '', method: '', name: '(all requests)' }
      : { scenario: 'default', group: '', method: 'GET', name: '/users' },
    id: ID,
    requests: r.requests,
    failed: r.failed ?? 0,
    latency: new LatencyHistogram(),
    seconds: new Map(),
    reportedQuantiles: { p50, p90: 2 * p50, p95: 3 * p50, p99: 4 * p50 },
  };
  return {
    engine: 'k6',
    fidelity: 'summary',
    loadModel: 'closed',
    sources: ['summary.json'],
    startMs: 0,
    endMs: (r.seconds ?? 10) * 1000,
    series: new Map([[ID, series]]),
    lifecycle: new Map(),
    totals: { iterations: r.requests, droppedIterations: 0, checksPassed: 0, checksFailed: 0, maxVUs: 1 },
    thresholds: [],
    skipped: {},
    warnings: [],
  };
}

const runsOf = (rs: SummaryRun[]) => rs.map(summaryRun);

describe('estimateMetric, error rate', () => {
  // baseline 1 and 3 failures of 100; PR 2 of 100 in each of three runs
  const baseline = runsOf([
    { requests: 100, failed: 1 },
    { requests: 100, failed: 3 },
  ]);
  const candidate = runsOf([
    { requests: 100, failed: 2 },
    { requests: 100, failed: 2 },
    { requests: 100, failed: 2 },
  ]);
  const estimate = (tolerance: number, o: Partial<EstimateContext['options']> = {}) =>
    estimateMetric(
      context({
        baseline,
        candidate,
        options: {
          ...resolveGateOptions({}),
          tolerances: { ...resolveGateOptions({}).tolerances, error_rate: tolerance },
          ...o,
        },
      }),
      ID,
      'error_rate',
    );

  it('pools each side’s requests and compares them as a difference of fractions', () => {
    const e = estimate(0.05);
    expect(e.baseline).toBeCloseTo(4 / 200, 15);
    // pooled 6/300, though the geometric mean of the baseline's 1 % and 3 % is √3 %
    expect(e.candidate).toBeCloseTo(6 / 300, 15);
    expect(e.change).toBeCloseTo(0, 15);
    // adjusted: 7/302 − 5/202
    expect(e.center).toBeCloseTo(7 / 302 - 5 / 202, 15);
    expect(e.sampleSize).toEqual({ baseline: 200, candidate: 300 });
    expect(e.gated).toBe(true);
    expect(Object.keys(e)).not.toContain('reason');
    expect(Object.keys(e)).not.toContain('undecidable');
  });

  it('is undecidable when three standard errors of an unchanged rate exceed the tolerance', () => {
    // p = (4 + 1)/(200 + 2) = 0.0247525; a run of 100 at p: p(1 − p)/100 = 0.000241398 (above the floor
    // of one failure's worth, 0.0000951); se = √(2v/2² + 3v/3²) = 0.0141833: 1.42 pp; 3 se = 0.0425498;
    // a side of 300 × (0.0425498 / 0.005)² = 21 725.4 requests would decide it
    expect(estimate(0.005).undecidable).toBe(
      'too few requests to judge a 0.50 pp change in error rate: 200 baseline and 300 PR requests leave a standard error of 1.42 pp; about 21726 a side would decide it',
    );
  });

  it('is decidable when the three standard errors fit the tolerance exactly', () => {
    expect(estimate(0.04254978573680961).undecidable).toBeUndefined();
    expect(estimate(0.0425497857368).undecidable).toMatch(/^too few requests/);
  });

  it('says nothing of thin requests for an error rate that is not gated', () => {
    const e = estimate(0.005, { gatedMetrics: ['p50'] });
    expect(e.reason).toBe('not among the gated metrics');
    expect(e.undecidable).toBeUndefined();
  });
});

describe('estimateMetric, throughput and quantiles', () => {
  it('takes the geometric mean of the runs’ throughput, and counts runs as the sample', () => {
    // 100 and 400 requests in 10 s: 10/s and 40/s, geometric mean 20/s (pooled would be 25/s)
    const e = estimateMetric(
      context({
        baseline: runsOf([{ requests: 100 }, { requests: 400 }]),
        candidate: runsOf([{ requests: 200 }, { requests: 200 }, { requests: 200 }]),
      }),
      ID,
      'throughput',
    );
    expect(e.baseline).toBeCloseTo(20, 12);
    expect(e.candidate).toBeCloseTo(20, 12);
    expect(e.sampleSize).toEqual({ baseline: 2, candidate: 3 });
  });

  it('pools the throughput when a run has none, or no duration (no logarithm of 0 or NaN)', () => {
    // the PR's run without a duration leaves nothing to compare, so no interval is attempted
    const candidate = runsOf([{ requests: 200 }, { requests: 200, seconds: 0 }]);
    // 0 and 200 requests in 10 s: pooled 200 / 20 s = 10/s, not the geometric mean 0
    const zero = estimateMetric(
      context({ baseline: runsOf([{ requests: 0 }, { requests: 200 }]), candidate }),
      ID,
      'throughput',
    );
    expect(zero.baseline).toBeCloseTo(10, 12);
    expect(zero.reason).toBe('no figure to compare: the run has no measured duration');
    // 100 requests in no time and 200 in 10 s: pooled 300 / 10 s
    const noDuration = estimateMetric(
      context({ baseline: runsOf([{ requests: 100, seconds: 0 }, { requests: 200 }]), candidate }),
      ID,
      'throughput',
    );
    expect(noDuration.baseline).toBeCloseTo(30, 12);
  });

  it('has no figure to compare when a run has no requests for an error rate', () => {
    const e = estimateMetric(
      context({
        baseline: runsOf([{ requests: 0 }, { requests: 200 }]),
        candidate: runsOf([{ requests: 200 }, { requests: 200 }]),
      }),
      ID,
      'error_rate',
    );
    expect(e.reason).toBe('no figure to compare: no requests');
    expect(e.center).toBeNaN();
    expect(e.perRun).toBeNaN();
    expect(e.fixed).toBe(0);
    expect(e.variance).toBeUndefined();
  });

  it('calls a quantile too thin by its run with the fewest requests', () => {
    // a P99 needs 1 000 requests per run (minRequestsForP99)
    const e = estimateMetric(
      context({
        baseline: runsOf([{ requests: 999 }, { requests: 5000 }]),
        candidate: runsOf([{ requests: 5000 }, { requests: 5000 }]),
      }),
      ID,
      'p99',
    );
    expect(e.reason).toBe(
      'too thin: a P99 from 999 requests per run rests on a handful of samples (needs ≥ 1000 per run)',
    );
  });
});

describe('spread, paired with within-run figures', () => {
  const paired = context({ paired: true });
  /** runs at e^x, each with a within-run variance of its log figure `w` (20 df) */
  const runs = (xs: number[], w: number): RunMetric[] =>
    xs.map((x) => ({ value: Math.exp(x), requests: 1000, withinVar: w, withinDf: 20 }));

  it('tests CPU pairs’ spread against the prior at 0.1 %, other metrics at 1 %', () => {
    // log-ratios −0.3, 0, 0.3: variance 0.09. CPU's pair prior 2·ln(1 + 0.075²) = 0.0112 (30 df): F ≈ 8.0,
    // past 1 % (5.4) but not 0.1 % (8.8), so the prior is updated (30 + 2 df)
    const cpu = spread(
      METRIC_SPECS.cpu_per_request,
      paired,
      runs([0, 0, 0], 1e-6),
      runs([-0.3, 0, 0.3], 1e-6),
    );
    expect(cpu.variance?.df).toBeGreaterThan(30);
    // P50's pair prior 2·ln(1 + 0.015²) = 0.00045 (10 df): log-ratios ±0.06 (variance 0.0036, F ≈ 8) pass
    // 1 % (7.6) but not 0.1 % (14.9): the pairs' own spread takes over with their 2 df
    const p50 = spread(METRIC_SPECS.p50, paired, runs([0, 0, 0], 1e-6), runs([-0.06, 0, 0.06], 1e-6));
    expect(p50.variance).toEqual({ variance: expect.closeTo(0.0036 / 3, 12), df: 2 });
  });

  it('leaves a disturbed pair out of CPU per request only, figures and within-run parts alike', () => {
    // PR run 3 at e^0.5 against ratios 0 and 0.01: a neighbour's work
    const p50 = spread(METRIC_SPECS.p50, paired, runs([0, 0, 0], 1e-6), runs([0, 0.01, 0.5], 1e-6));
    expect(p50.leftOut).toBeUndefined();
    // all three ratios, far beyond the prior: their own sample variance 0.0817, 2 df
    expect(p50.variance).toEqual({ variance: expect.closeTo(0.0817 / 3, 12), df: 2 });
    const cpu = spread(
      METRIC_SPECS.cpu_per_request,
      paired,
      runs([0, 0, 0, 0], 1e-4),
      runs([0, 0.01, 0.02, 0.6], 1e-4),
    );
    expect(cpu.leftOut).toEqual({ pair: 4, side: 'candidate', factor: expect.closeTo(Math.exp(0.59), 12) });
    expect(cpu.location).toBeCloseTo(0.01, 12);
    // the prior (0.011218, 30 df) with three pairs' mean within-run variance 2e−4 (3 × 40 df: 120 df)
    const prior = 2 * Math.log1p(0.075 ** 2);
    const expected = prior + 2e-4;
    const expectedDf = expected ** 2 / (prior ** 2 / 30 + 2e-4 ** 2 / 120);
    // updated by the three ratios' variance 0.0001 with 2 df
    expect(cpu.variance?.df).toBeCloseTo(expectedDf + 2, 9);
    expect(cpu.perRun).toBeCloseTo((expectedDf * expected + 2 * 0.0001) / (expectedDf + 2), 12);
  });

  it('measures five or more pairs’ spread robustly, so one outlying pair does not replace the prior', () => {
    // ratios 0, 0.01, 0.02, 0.03, 0.3: their plain variance (0.0165) would reject the prior at once
    const s = spread(
      METRIC_SPECS.p50,
      paired,
      runs([0, 0, 0, 0, 0], 1e-6),
      runs([0, 0.01, 0.02, 0.03, 0.3], 1e-6),
    );
    expect(s.variance?.df).toBeGreaterThan(10);
  });
});

describe('estimateMetric, paired', () => {
  it('moves the baseline by the pairs’ robust mean ratio, not the PR runs’ geometric mean', () => {
    // ten pairs: nine even, one PR run at e × the baseline. Ratios' variance (9 · 0.1² + 0.9²)/9 = 0.1, far
    // above the prior: sd √0.1. Huber clips the outlier at 2√0.1 from the centre m: 9m = 2√0.1
    const even = Array.from({ length: 10 }, () => ({ requests: 5000, p50: 10 }));
    const e = estimateMetric(
      context({
        paired: true,
        baseline: runsOf(even),
        candidate: runsOf([...even.slice(1), { requests: 5000, p50: 10 * Math.E }]),
      }),
      ID,
      'p50',
    );
    expect(e.baseline).toBeCloseTo(10, 12);
    expect(e.candidate).toBeCloseTo(10 * Math.exp((2 * Math.sqrt(0.1)) / 9), 9);
  });

  it('reads the series key from the baseline (the candidate’s only without a baseline)', () => {
    // the closed model gates throughput on the scenario's all-requests series only
    const e = estimateMetric(
      context({
        baseline: runsOf([
          { requests: 11, total: true },
          { requests: 11, total: true },
        ]),
        candidate: runsOf([{ requests: 11 }, { requests: 11 }]),
      }),
      ID,
      'throughput',
    );
    expect(e.reason).toBeUndefined();
    expect(e.gated).toBe(true);
    // 11 requests a run would leave an error rate undecidable; the screen is the error rate's alone
    expect(e.undecidable).toBeUndefined();
  });
});
