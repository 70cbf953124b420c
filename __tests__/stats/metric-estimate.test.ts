import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/results/types.ts';
import { defaultNoisePriors, resolveGateOptions } from '../../src/stats/defaults.ts';
import {
  coefficientOfVariation,
  type EstimateContext,
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
  const check = (e: MetricEstimate, paired = false) =>
    unstableChecked(e, context({ baseline: runs, options, paired }), figures([1, 1, 1]));

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
    expect(check(estimate(0.05, { spec: METRIC_SPECS.error_rate })).testable).toBe(true);
    expect(check(estimate(0.05), true).testable).toBe(true);
    const atLimit = unstableChecked(
      estimate(0.05),
      context({ baseline: runs, options: { ...options, maxBaselineCv: 0.05 } }),
      figures([1, 1, 1]),
    );
    expect(atLimit.testable).toBe(true);
  });
});
