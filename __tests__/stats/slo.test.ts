import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/results/types.ts';
import { compareRuns } from '../../src/stats/compare.ts';
import { defaultNoisePriors, resolveGateOptions } from '../../src/stats/defaults.ts';
import { studentTQuantile } from '../../src/stats/distributions.ts';
import { runToRunPrior, withinParts } from '../../src/stats/metric-estimate.ts';
import { METRIC_SPECS } from '../../src/stats/metrics.ts';
import { adjustedErrorRate, pooledValue } from '../../src/stats/pooled.ts';
import { runSeriesMetrics } from '../../src/stats/run-metrics.ts';
import { evaluateSlos } from '../../src/stats/slo.ts';
import type { SloSpec } from '../../src/stats/types.ts';
import { unitVariance } from '../../src/stats/variance.ts';
import { asSummary, makeRuns, ORDERS, USERS, withFailures } from './helpers.ts';

const baseline = makeRuns(3, { seed: 101 });
const candidate = makeRuns(3, { seed: 102 });

function judge(slos: SloSpec[], cand = candidate) {
  return compareRuns({ baseline, candidate: cand, design: 'same-job' }, resolveGateOptions({ slos }));
}

describe('SLOs', () => {
  it('met: the whole interval is below the limit', () => {
    const c = judge([{ series: USERS, metric: 'p99', limit: 30 }]);
    expect(c.slos).toHaveLength(1);
    expect(c.slos[0]).toMatchObject({ seriesId: USERS, status: 'met' });
    expect(c.slos[0]!.interval[1]).toBeLessThan(30);
    expect(c.slos[0]!.interval[0]).toBeLessThan(c.slos[0]!.estimate);
  });

  it('breached: the whole interval is above the limit, and the verdict fails', () => {
    const c = judge([{ series: USERS, metric: 'p99', limit: 5 }]);
    expect(c.slos[0]!.status).toBe('breached');
    expect(c.verdict).toBe('fail');
    expect(c.reasons.some((r) => r.includes('SLO P99 < 5.00 ms breached'))).toBe(true);
  });

  it('inconclusive: a P99 above the limit only by noise is not a breach', () => {
    const p99 = judge([{ series: USERS, metric: 'p99', limit: 1000 }]).slos[0]!.estimate;
    const c = judge([{ series: USERS, metric: 'p99', limit: p99 * 0.995 }]);
    expect(c.slos[0]!.estimate).toBeGreaterThan(c.slos[0]!.spec.limit);
    expect(c.slos[0]!.status).toBe('inconclusive');
    expect(c.slos[0]!.reason).toMatch(/contains the limit/);
    expect(c.verdict).not.toBe('pass');
  });

  it("'*' applies to every series; throughput is a lower bound; error rate judged as a fraction", () => {
    const c = judge(
      [
        { series: '*', metric: 'throughput', limit: 10 },
        { series: ORDERS, metric: 'error_rate', limit: 0.01 },
      ],
      candidate.map((r) => withFailures(r, 0.05)),
    );
    expect(c.slos.map((s) => [s.seriesId, s.spec.metric, s.status])).toEqual([
      [USERS, 'throughput', 'met'],
      [ORDERS, 'throughput', 'met'],
      [ORDERS, 'error_rate', 'breached'],
    ]);
    // Bonferroni across the three checks
    for (const s of c.slos) expect(s.confidence).toBeCloseTo(1 - 0.05 / 3, 10);
  });

  it('an SLO naming no series of the candidate is a warning, and a thin P99 cannot be judged', () => {
    const c = judge([{ series: 'GET /nowhere', metric: 'p50', limit: 10 }]);
    expect(c.slos).toEqual([]);
    expect(c.warnings.some((w) => w.includes("SLO on 'GET /nowhere'"))).toBe(true);
    const short = makeRuns(1, { seed: 103, seconds: 5, loadModel: 'open' });
    const thin = compareRuns(
      { baseline: short, candidate: short, design: 'same-job' },
      resolveGateOptions({ slos: [{ series: USERS, metric: 'p99', limit: 100 }] }),
    );
    expect(thin.slos[0]).toMatchObject({ status: 'inconclusive' });
    expect(thin.slos[0]!.reason).toMatch(/too thin/);
  });
});

describe('SLO intervals (evaluateSlos)', () => {
  const options = (slos: SloSpec[], o: { minRequestsForP99?: number } = {}) =>
    resolveGateOptions({ slos, ...o });
  const evaluate = (slos: SloSpec[], runs = candidate, o: { minRequestsForP99?: number } = {}) => {
    const warnings: string[] = [];
    const results = evaluateSlos(runs, [USERS, ORDERS], options(slos, o), defaultNoisePriors, warnings);
    return { results, warnings };
  };

  /** The interval the module documents, from its building blocks: t at the Bonferroni level, n runs. */
  function expectedInterval(runs: RunResult[], seriesId: string, metric: SloSpec['metric'], checks: number) {
    const spec = METRIC_SPECS[metric];
    const per = runs.map((r) => runSeriesMetrics(r, r.series.get(seriesId)!)[metric]);
    const log = spec.scale === 'log';
    const unit = unitVariance({
      values: per.map((m) => (log ? Math.log(m.value) : m.value)),
      within: withinParts(per),
      prior: runToRunPrior(spec, defaultNoisePriors),
    })!;
    const confidence = 1 - 0.05 / checks;
    const half = studentTQuantile(1 - (1 - confidence) / 2, unit.df) * Math.sqrt(unit.variance / per.length);
    if (!log) {
      const centre = adjustedErrorRate(runs, seriesId);
      return [Math.max(0, centre - half), centre + half];
    }
    const centre = Math.log(pooledValue(runs, seriesId, metric));
    return [Math.exp(centre - half), Math.exp(centre + half)];
  }

  it('is the candidate’s figure ± t·se at the Bonferroni level, on the log scale for latency', () => {
    const { results } = evaluate([
      { series: USERS, metric: 'p99', limit: 1000 },
      { series: ORDERS, metric: 'p50', limit: 1000 },
    ]);
    expect(results[0]!.confidence).toBeCloseTo(1 - 0.05 / 2, 12);
    const [lo, hi] = expectedInterval(candidate, USERS, 'p99', 2);
    expect(results[0]!.interval[0]).toBeCloseTo(lo!, 9);
    expect(results[0]!.interval[1]).toBeCloseTo(hi!, 9);
    expect(results[0]!.interval[1]).toBeGreaterThan(results[0]!.estimate);
    const [lo50, hi50] = expectedInterval(candidate, ORDERS, 'p50', 2);
    expect(results[1]!.interval).toEqual([expect.closeTo(lo50!, 9), expect.closeTo(hi50!, 9)]);
  });

  it('an error rate’s interval is linear around the adjusted rate, and not below 0', () => {
    const failing = candidate.map((r) => withFailures(r, 0.05));
    const { results } = evaluate([{ series: USERS, metric: 'error_rate', limit: 0.5 }], failing);
    const [lo, hi] = expectedInterval(failing, USERS, 'error_rate', 1);
    expect(lo).toBeGreaterThan(0);
    expect(results[0]!.interval).toEqual([expect.closeTo(lo!, 12), expect.closeTo(hi!, 12)]);
    expect(results[0]).toMatchObject({ status: 'met' });
    const clean = evaluate([{ series: USERS, metric: 'error_rate', limit: 0.5 }]).results[0]!;
    expect(clean.interval[0]).toBe(0);
  });

  it('a latency limit at the interval’s top is met; at its bottom, not breached', () => {
    const [lo, hi] = evaluate([{ series: USERS, metric: 'p50', limit: 1000 }]).results[0]!.interval;
    const met = evaluate([{ series: USERS, metric: 'p50', limit: hi }]).results[0]!;
    expect(met.status).toBe('met');
    expect(met).not.toHaveProperty('reason');
    const open = evaluate([{ series: USERS, metric: 'p50', limit: lo }]).results[0]!;
    expect(open.status).toBe('inconclusive');
    expect(open.reason).toMatch(/^the interval .* contains the limit/);
    const breached = evaluate([{ series: USERS, metric: 'p50', limit: lo * 0.999 }]).results[0]!;
    expect(breached.status).toBe('breached');
    expect(breached).not.toHaveProperty('reason');
  });

  it('throughput is a floor: breached below the whole interval, met at its bottom, open at its top', () => {
    const [lo, hi] = evaluate([{ series: USERS, metric: 'throughput', limit: 1 }]).results[0]!.interval;
    const status = (limit: number) =>
      evaluate([{ series: USERS, metric: 'throughput', limit }]).results[0]!.status;
    expect(status(lo)).toBe('met');
    expect(status(hi)).toBe('inconclusive');
    expect(status((lo + hi) / 2)).toBe('inconclusive');
    expect(status(hi * 1.001)).toBe('breached');
  });

  it('a quantile needs enough requests in its thinnest run, not its busiest', () => {
    const mixed = [...makeRuns(1, { seed: 104, seconds: 5 }), ...makeRuns(2, { seed: 105 })];
    const fewest = Math.min(...mixed.map((r) => r.series.get(USERS)!.requests));
    const most = Math.max(...mixed.map((r) => r.series.get(USERS)!.requests));
    const thin = evaluate([{ series: USERS, metric: 'p99', limit: 1000 }], mixed, {
      minRequestsForP99: most,
    });
    expect(thin.results[0]!.status).toBe('inconclusive');
    expect(thin.results[0]!.reason).toBe(`too thin: ${fewest} requests per run, a P99 needs ≥ ${most}`);
    // exactly enough is enough
    const enough = evaluate([{ series: USERS, metric: 'p99', limit: 1000 }], mixed, {
      minRequestsForP99: fewest,
    });
    expect(enough.results[0]!.status).toBe('met');
  });

  it('a figure a run cannot give, and one summary run, leave the SLO inconclusive with the reason', () => {
    const noP95 = candidate.map((r) => {
      const s = asSummary(r);
      for (const series of s.series.values()) delete series.reportedQuantiles!.p95;
      return s;
    });
    const missing = evaluate([{ series: USERS, metric: 'p95', limit: 1000 }], noP95).results[0]!;
    expect(missing).toMatchObject({
      status: 'inconclusive',
      reason: 'no figure: the summary reports no P95',
    });
    expect(missing.interval.every(Number.isNaN)).toBe(true);
    const one = evaluate([{ series: USERS, metric: 'p50', limit: 1000 }], [asSummary(candidate[0]!)])
      .results[0]!;
    expect(one).toMatchObject({
      status: 'inconclusive',
      reason: 'summary-fidelity result with one run: its uncertainty is unknown',
    });
  });

  it('reads a series from the runs that have it', () => {
    const partial = [
      candidate[0]!,
      { ...candidate[1]!, series: new Map([[ORDERS, candidate[1]!.series.get(ORDERS)!]]) },
    ];
    const warnings: string[] = [];
    const [users] = evaluateSlos(
      partial,
      [USERS],
      options([{ series: USERS, metric: 'p50', limit: 1000 }]),
      defaultNoisePriors,
      warnings,
    );
    expect(users!.estimate).toBeCloseTo(pooledValue([candidate[0]!], USERS, 'p50'), 9);
  });
});
