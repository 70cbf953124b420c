import { describe, expect, it } from 'vitest';
import { LatencyHistogram } from '../../src/results/histogram.ts';
import type { RunResult, SeriesResult } from '../../src/results/types.ts';
import { headlineFigures } from '../../src/stats/history-figures.ts';
import { adjustedErrorRate, pooledValue } from '../../src/stats/pooled.ts';
import { runSeriesMetrics } from '../../src/stats/run-metrics.ts';
import { asSummary, makeRuns, USERS } from './helpers.ts';

describe('per-run figures', () => {
  it('the within-run variance of log P50 and log P99 matches their run-to-run spread', () => {
    // 200 runs without drift: what varies from run to run is exactly the within-run sampling and bursts.
    // (With 60 runs the spread itself is uncertain by ±18%, enough for a change of the simulator's draws to
    // move one seed's ratio below 0.6; with 200, ±10%.)
    const runs = makeRuns(200, { seed: 201 });
    for (const metric of ['p50', 'p99'] as const) {
      const per = runs.map((r) => runSeriesMetrics(r, r.series.get(USERS)!)[metric]);
      const logs = per.map((m) => Math.log(m.value));
      const mean = logs.reduce((a, v) => a + v, 0) / logs.length;
      const actual = logs.reduce((a, v) => a + (v - mean) ** 2, 0) / (logs.length - 1);
      const estimated = per.reduce((a, m) => a + m.withinVar!, 0) / per.length;
      expect(estimated / actual).toBeGreaterThan(0.6);
      expect(estimated / actual).toBeLessThan(1.7);
    }
  });

  it('bursts make the estimate larger than the independent-requests formula', () => {
    const calm = makeRuns(1, { seed: 202, bursts: { enter: 0, exit: 1, logFactor: 0 } })[0]!;
    const bursty = makeRuns(1, {
      seed: 202,
      bursts: { enter: 0.2, exit: 0.3, logFactor: Math.log(1.5) },
    })[0]!;
    const v = (r: RunResult) => runSeriesMetrics(r, r.series.get(USERS)!).p50.withinVar!;
    expect(v(bursty)).toBeGreaterThan(3 * v(calm));
  });

  it('throughput and error rate per run', () => {
    const runs = makeRuns(2, { seed: 203, loadModel: 'open', rate: 50 });
    const m = runSeriesMetrics(runs[0]!, runs[0]!.series.get(USERS)!);
    expect(m.throughput.value).toBeCloseTo(50, 6);
    expect(m.error_rate.value).toBe(0);
    expect(m.error_rate.withinVar).toBeGreaterThan(0);
    expect(runs.map((r) => runSeriesMetrics(r, r.series.get(USERS)!).throughput.value)).toEqual([50, 50]);
  });

  it('summary fidelity: reported quantiles, no within-run variance', () => {
    const run = asSummary(makeRuns(1, { seed: 204 })[0]!);
    const m = runSeriesMetrics(run, run.series.get(USERS)!);
    expect(m.p99.value).toBe(run.series.get(USERS)!.reportedQuantiles!.p99);
    expect(m.p99.withinVar).toBeUndefined();
    expect(m.throughput.withinVar).toBeUndefined();
    const missing: RunResult = {
      ...run,
      series: new Map([
        [USERS, { ...run.series.get(USERS)!, reportedQuantiles: { med: 7 } } as SeriesResult],
      ]),
    };
    const mm = runSeriesMetrics(missing, missing.series.get(USERS)!);
    expect(mm.p50.value).toBe(7);
    expect(mm.p99.unavailable).toMatch(/reports no P99/);
  });

  it('a quantile of 0 ms (requests that never connected) is not comparable in relative terms', () => {
    const run = makeRuns(1, { seed: 205 })[0]!;
    const zeros = new LatencyHistogram();
    zeros.record(0, 900);
    zeros.record(5, 100);
    const series = { ...run.series.get(USERS)!, latency: zeros };
    const m = runSeriesMetrics(run, series);
    expect(m.p50.unavailable).toMatch(/0 ms/);
    expect(m.p99.unavailable).toBeUndefined();
  });
});

describe('pooled and headline figures', () => {
  const runs = makeRuns(2, { seed: 206 });
  it('pools quantiles over merged histograms and rates over totals', () => {
    const merged = new LatencyHistogram()
      .merge(runs[0]!.series.get(USERS)!.latency)
      .merge(runs[1]!.series.get(USERS)!.latency);
    expect(pooledValue(runs, USERS, 'p90')).toBe(merged.quantile(0.9));
    const requests = runs.reduce((a, r) => a + r.series.get(USERS)!.requests, 0);
    const seconds = runs.reduce((a, r) => a + (r.endMs - r.startMs) / 1000, 0);
    expect(pooledValue(runs, USERS, 'throughput')).toBeCloseTo(requests / seconds, 10);
  });
  it('pools a mix of distribution and summary runs as the geometric mean of their own figures', () => {
    const p90 = (r: RunResult) => r.series.get(USERS)!.latency.quantile(0.9);
    expect(p90(runs[0]!)).not.toBeCloseTo(p90(runs[1]!), 3);
    const mixed = [runs[0]!, asSummary(runs[1]!)];
    expect(pooledValue(mixed, USERS, 'p90')).toBeCloseTo(Math.sqrt(p90(runs[0]!) * p90(runs[1]!)), 9);
  });
  it('the error rate pools failures over requests; no measured time or no requests gives no figure', () => {
    const failing = (run: RunResult, failed: number) => ({
      ...run,
      series: new Map([[USERS, { ...run.series.get(USERS)!, requests: 200, failed }]]),
    });
    const two = [failing(runs[0]!, 3), failing(runs[1]!, 7)];
    expect(pooledValue(two, USERS, 'error_rate')).toBe(10 / 400);
    expect(
      pooledValue(
        [failing(runs[0]!, 0)].map((r) => ({
          ...r,
          series: new Map([[USERS, { ...r.series.get(USERS)!, requests: 0 }]]),
        })),
        USERS,
        'error_rate',
      ),
    ).toBeNaN();
    expect(
      pooledValue(
        runs.map((r) => ({ ...r, endMs: r.startMs })),
        USERS,
        'throughput',
      ),
    ).toBeNaN();
    expect(pooledValue(runs, 'default › GET /nowhere', 'p50')).toBeNaN();
    // Agresti–Caffo: one failure and one success added; a run without the series adds nothing
    const without = { ...runs[0]!, series: new Map() };
    expect(adjustedErrorRate([two[0]!, without, two[1]!], USERS)).toBe(11 / 402);
    expect(adjustedErrorRate([without], USERS)).toBe(1 / 2);
  });
  it('headline figures: every series, every metric, finite values only', () => {
    const h = headlineFigures(runs);
    expect(Object.keys(h).sort()).toEqual([...runs[0]!.series.keys()].sort());
    expect(Object.keys(h[USERS]!).sort()).toEqual(['error_rate', 'p50', 'p90', 'p95', 'p99', 'throughput']);
    expect(h[USERS]!.p50).toBe(pooledValue(runs, USERS, 'p50'));
    const noDuration = runs.map((r) => ({ ...r, endMs: r.startMs }));
    expect(headlineFigures(noDuration)[USERS]!.throughput).toBeUndefined();
  });
});
