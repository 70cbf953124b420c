import { describe, expect, it } from 'vitest';
import { betweenJobVariance, cvFromLogVariance } from '../../src/stats/between-job.ts';
import { compareRuns } from '../../src/stats/compare.ts';
import { defaultNoisePriors, resolveGateOptions } from '../../src/stats/defaults.ts';
import { deriveSeed, mulberry32, type Rng } from '../../src/stats/rng.ts';
import type { Comparison, HistoryEntry } from '../../src/stats/types.ts';
import { makeRuns, metric, USERS, withChange } from './helpers.ts';

/**
 * The calibration's `between-50-4x` cell (bench/calibration/cells.ts): a job's machine is ×0.5, ×1 or ×2
 * (15 / 70 / 15 %) with 25 % per-job spread on top, ~50 % CV between jobs.
 */
function jobFactor(rng: Rng): number {
  const u = rng.next();
  const cluster = u < 0.15 ? -Math.LN2 : u < 0.85 ? 0 : Math.LN2;
  return cluster + 0.25 * rng.normal();
}

/** `n` past baselines whose figures move by the jobs' machine factors. */
function history(n: number, rng: Rng): HistoryEntry[] {
  return Array.from({ length: n }, (_, i) => {
    const job = jobFactor(rng);
    return {
      commit: `c${i}`,
      timeMs: i,
      runs: 3,
      headline: {
        [USERS]: { p50: 8 * Math.exp(job), p99: 12 * Math.exp(job), throughput: 100 * Math.exp(-job) },
      },
    };
  });
}

describe('the between-job prior blended with the history', () => {
  it('moves by one baseline’s weight per baseline: no jump between n and n + 1 past baselines', () => {
    const all = history(30, mulberry32(7));
    const runs = {
      baseline: makeRuns(3, { seed: 1, seconds: 10 }),
      candidate: makeRuns(3, { seed: 2, seconds: 10 }),
    };
    let previous: { df: number; variance: number; floor: number } | undefined;
    for (let n = 0; n <= all.length; n++) {
      const p50 = betweenJobVariance(all.slice(0, n), defaultNoisePriors).perMetric.p50;
      const c = compareRuns({ ...runs, design: 'cached', history: all.slice(0, n) }, resolveGateOptions({}));
      const floor = Math.log1p(metric(c, USERS, 'p50').noiseFloor);
      expect(p50.df).toBe(defaultNoisePriors.betweenJobPriorDf + Math.max(0, n - 1));
      if (previous) {
        // One more baseline carries 1/df of the weight: the variance moves by a bounded share of itself, and
        // the interval's half-width (log scale) with it. The old rule jumped ×1.6 at 5 baselines.
        expect(p50.variance / previous.variance, `n = ${n}`).toBeGreaterThan(0.75);
        expect(p50.variance / previous.variance, `n = ${n}`).toBeLessThan(1.35);
        expect(floor / previous.floor, `n = ${n}`).toBeGreaterThan(0.85);
        expect(floor / previous.floor, `n = ${n}`).toBeLessThan(1.15);
      }
      previous = { df: p50.df, variance: p50.variance, floor };
    }
  }, 60_000);

  it('is the df-weighted mean of the prior and the history, so a long history takes over', () => {
    const entries = history(400, mulberry32(8));
    const b = betweenJobVariance(entries, defaultNoisePriors);
    const logs = entries.map((e) => Math.log(e.headline[USERS]!.p50!));
    const mean = logs.reduce((a, v) => a + v, 0) / logs.length;
    const spread = logs.reduce((a, v) => a + (v - mean) ** 2, 0) / (logs.length - 1);
    const prior = Math.log1p(defaultNoisePriors.betweenJobCv ** 2);
    const priorDf = defaultNoisePriors.betweenJobPriorDf;
    expect(b.perMetric.p50.variance).toBeCloseTo((priorDf * prior + 399 * spread) / (priorDf + 399), 12);
    expect(b.perMetric.p50.df).toBe(priorDf + 399);
    expect(cvFromLogVariance(b.perMetric.p50.variance)).toBeCloseTo(cvFromLogVariance(spread), 1);
  });
});

describe('the cached design with ~50% CV between jobs and machines 4× apart', () => {
  // Each side on a job of its own (its machine factor on all 3 runs), judged with 0–4 past baselines from
  // the same jobs. Targets of issue 11: A/A fail ≤ 1 % and false pass ≤ 1 %; the simulation's rates are
  // well below (the bench's cell: `npm run bench:stats -- --cells between-50-4x --design cached`).
  const TRIALS = 25;
  function trial(i: number, scale: number): Comparison {
    const rng = mulberry32(deriveSeed(50, i));
    const side = (seed: number, s: number) => {
      const job = jobFactor(rng);
      return makeRuns(3, {
        seed,
        seconds: 10,
        drift: [job, job, job],
        endpoints: withChange(0, { scale: s }),
      });
    };
    const baseline = side(deriveSeed(51, i), 1);
    const candidate = side(deriveSeed(52, i), scale);
    return compareRuns(
      { baseline, candidate, design: 'cached', history: history(i % 5, rng) },
      resolveGateOptions({ seed: i }),
    );
  }

  it('never fails an unchanged build, and never passes one 20% slower', () => {
    const aa = Array.from({ length: TRIALS }, (_, i) => trial(i, 1));
    const slower = Array.from({ length: TRIALS }, (_, i) => trial(i, 1.2));
    expect(aa.filter((c) => c.verdict === 'fail')).toHaveLength(0);
    expect(slower.filter((c) => c.verdict === 'pass')).toHaveLength(0);
    // the honest answer is "inconclusive" and a wide floor, not a pass
    expect(aa.filter((c) => c.verdict === 'inconclusive').length).toBe(TRIALS);
  }, 120_000);
});
