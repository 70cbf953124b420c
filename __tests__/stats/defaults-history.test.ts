import { describe, expect, it } from 'vitest';
import { betweenJobVariance, cvFromLogVariance } from '../../src/stats/between-job.ts';
import { defaultNoisePriors, resolveGateOptions } from '../../src/stats/defaults.ts';
import { deriveSeed, mulberry32 } from '../../src/stats/rng.ts';
import type { HistoryEntry } from '../../src/stats/types.ts';

describe('gate options', () => {
  it('defaults: tolerances, family confidence, stability limit', () => {
    expect(resolveGateOptions({}).tolerances).toEqual({
      p50: 0.05,
      p90: 0.05,
      p95: 0.05,
      p99: 0.1,
      throughput: 0.05,
      error_rate: 0.005,
      cpu_per_request: 0.05,
      peak_rss: 0.1,
    });
    expect(resolveGateOptions({}).familyConfidence).toBe(0.95);
    expect(resolveGateOptions({}).maxBaselineCv).toBe(0.1);
    expect(resolveGateOptions({}).minRequestsForP99).toBe(1000);
  });
  it('partial overrides keep the rest', () => {
    const o = resolveGateOptions({ tolerances: { p99: 0.2 }, seed: 5, priors: { runToRunCv: 0.03 } });
    expect(o.tolerances.p99).toBe(0.2);
    expect(o.tolerances.p50).toBe(0.05);
    expect(o.seed).toBe(5);
    expect(o.priors).toEqual({ ...defaultNoisePriors, runToRunCv: 0.03 });
  });
  it.each([
    [{ tolerances: { p99: 10 } }, /tolerances.p99 is a fraction/],
    [{ tolerances: { p99: -0.1 } }, /tolerances.p99 must be a positive number/],
    [
      { seriesTolerances: { 'GET /a': { bogus: 0.1 } } },
      /seriesTolerances\['GET \/a'\]: unknown metric 'bogus'/,
    ],
    [{ gatedMetrics: ['p42'] }, /gatedMetrics: unknown metric 'p42'/],
    [{ familyConfidence: 95 }, /familyConfidence must be between 0.5 and 1/],
    [{ seed: 1.5 }, /seed must be an integer/],
    [{ slos: [{ series: '', metric: 'p99', limit: 1 }] }, /slos\[0\].series is empty/],
    [{ slos: [{ series: '*', metric: 'p42', limit: 1 }] }, /slos\[0\]: unknown metric 'p42'/],
    [{ slos: [{ series: '*', metric: 'p99', limit: -1 }] }, /slos\[0\].limit must be a non-negative/],
    [{ priors: { betweenJobCv: -1 } }, /priors.betweenJobCv must be ≥ 0/],
    [{ maxBaselineCv: 0 }, /maxBaselineCv must be a positive number/],
  ])('rejects %j', (overrides, message) => {
    expect(() => resolveGateOptions(overrides as never)).toThrow(message);
  });
});

function history(n: number, cv: number, seed: number): HistoryEntry[] {
  const rng = mulberry32(seed);
  const sd = Math.sqrt(Math.log1p(cv * cv));
  return Array.from({ length: n }, (_, i) => {
    const job = sd * rng.normal();
    return {
      commit: `c${i}`,
      timeMs: i,
      runs: 3,
      headline: {
        a: { p50: 10 * Math.exp(job), p99: 20 * Math.exp(job), error_rate: 0 },
        b: { p50: 30 * Math.exp(job + 0.01 * rng.normal()) },
      },
    };
  });
}

describe('between-job variance', () => {
  it('is the prior, with its degrees of freedom, while no past baseline adds evidence', () => {
    for (const n of [0, 1]) {
      const b = betweenJobVariance(history(n, 0.2, 1), defaultNoisePriors);
      expect(b.source).toBe('prior');
      expect(cvFromLogVariance(b.perMetric.p50.variance)).toBeCloseTo(0.5, 10);
      expect(b.perMetric.p50.df).toBe(10);
      expect(b.perMetric.p50.historyDf).toBe(0);
      expect(Math.sqrt(b.perMetric.error_rate.variance)).toBeCloseTo(0.001, 10);
    }
  });
  it('blends the history in from 2 past baselines, pooled over series, with (jobs − 1) degrees of freedom', () => {
    let total = 0;
    for (let k = 0; k < 20; k++) {
      const b = betweenJobVariance(history(40, 0.2, deriveSeed(2, k)), defaultNoisePriors);
      expect(b.source).toBe('history');
      expect(b.perMetric.p50.df).toBe(10 + 39);
      expect(b.perMetric.p50.historyDf).toBe(39);
      expect(b.perMetric.p50.source).toBe('history');
      total += b.perMetric.p50.variance / 20;
    }
    // (10 × prior + 39 × history) / 49, the history at 20 % CV
    const expected = (10 * Math.log1p(0.5 ** 2) + 39 * Math.log1p(0.2 ** 2)) / 49;
    expect(total).toBeGreaterThan(expected * 0.9);
    expect(total).toBeLessThan(expected * 1.1);
    expect(betweenJobVariance(history(2, 0.2, 5), defaultNoisePriors).perMetric.p50.df).toBe(11);
  });
  it('keeps the prior per metric when the history lacks it', () => {
    const b = betweenJobVariance(history(10, 0.2, 3), defaultNoisePriors);
    expect(b.perMetric.throughput.source).toBe('prior');
    expect(b.perMetric.throughput.historyDf).toBe(0);
    expect(b.perMetric.error_rate.source).toBe('history');
    // nine past error rates of 0 pull the prior's 0.1 pp down by their weight: 10 / 19 of its variance
    expect(b.perMetric.error_rate.variance).toBeCloseTo((10 * 0.001 ** 2) / 19, 15);
  });
  it('takes a prior of 0 degrees of freedom as known exactly: the history does not move it', () => {
    const b = betweenJobVariance(history(40, 0.2, 4), { ...defaultNoisePriors, betweenJobPriorDf: 0 });
    expect(b.source).toBe('prior');
    expect(b.perMetric.p50.df).toBe(Number.POSITIVE_INFINITY);
    expect(cvFromLogVariance(b.perMetric.p50.variance)).toBeCloseTo(0.5, 10);
  });
  it('leaves out figures that cannot be judged: not finite, negative, 0 on a log scale, a series seen once', () => {
    const entry = (i: number, headline: HistoryEntry['headline']): HistoryEntry => ({
      commit: `c${i}`,
      timeMs: i,
      runs: 3,
      headline,
    });
    const history = [
      entry(1, { a: { p50: 10, p90: 0, error_rate: 0.01 }, b: { error_rate: Number.NaN }, c: { p50: 5 } }),
      entry(2, { a: { p50: 20, p90: 30, error_rate: 0.03 }, b: { error_rate: 0.05 } }),
      entry(3, {
        a: { p50: 40, p90: 60, error_rate: 0.02 },
        b: { error_rate: -0.1, p99: Number.POSITIVE_INFINITY },
      }),
    ];
    const b = betweenJobVariance(history, defaultNoisePriors).perMetric;
    const prior = Math.log1p(0.5 ** 2);
    // p50 of a: ln 10, ln 20, ln 40 (variance ln²2, 2 df); c's single figure adds nothing
    expect(b.p50.variance).toBeCloseTo((10 * prior + 2 * Math.LN2 ** 2) / 12, 14);
    expect(b.p50.df).toBe(12);
    // p90 of a: the 0 ms figure is left out, ln 30 and ln 60 remain (variance ln²2 / 2, 1 df)
    expect(b.p90.variance).toBeCloseTo((10 * prior + Math.LN2 ** 2 / 2) / 11, 14);
    expect(b.p90.historyDf).toBe(1);
    // error rate: a's three figures (variance 1e-4, 2 df); b keeps only 0.05, too few to say anything
    expect(b.error_rate.variance).toBeCloseTo((10 * 0.001 ** 2 + 2 * 1e-4) / 12, 15);
    expect(b.error_rate.df).toBe(12);
    expect(b.p99.source).toBe('prior');
  });
});
