import { describe, expect, it } from 'vitest';
import { LatencyHistogram } from '../../src/results/histogram.ts';
import type { RunResult, SecondBucket, SeriesResult } from '../../src/results/types.ts';
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
    // k6's own keys, p(90); a reported 0 ms is not comparable in relative terms
    const k6Keys: RunResult = {
      ...run,
      series: new Map([
        [USERS, { ...run.series.get(USERS)!, reportedQuantiles: { p50: 0, 'p(90)': 12 } } as SeriesResult],
      ]),
    };
    const mk = runSeriesMetrics(k6Keys, k6Keys.series.get(USERS)!);
    expect(mk.p90).toEqual({ value: 12, requests: mk.p90.requests });
    expect(mk.p50).toEqual({ value: 0, requests: mk.p50.requests, unavailable: 'P50 is 0 ms' });
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

/** A histogram of `values`: [latency ms, how many] pairs. */
function histogram(values: [number, number][]): LatencyHistogram {
  const h = new LatencyHistogram();
  for (const [ms, weight] of values) h.record(ms, weight);
  return h;
}

/**
 * A distribution run of one hand-made series over `durationS` seconds: `seconds[t]` is second t's request
 * count and latencies (the series' histogram is all of them merged).
 */
function handRun(
  seconds: { requests: number; latency: [number, number][] }[],
  durationS = seconds.length,
): { run: RunResult; series: SeriesResult } {
  const base = makeRuns(1, { seed: 207 })[0]!;
  const buckets = seconds.map(
    (s): SecondBucket => ({ requests: s.requests, failed: 0, latency: histogram(s.latency) }),
  );
  const series: SeriesResult = {
    ...base.series.get(USERS)!,
    requests: seconds.reduce((a, s) => a + s.requests, 0),
    failed: 0,
    latency: LatencyHistogram.merged(buckets.map((b) => b.latency)),
    seconds: new Map(buckets.map((b, t) => [1_700_000_000 + t, b])),
  };
  const run = { ...base, endMs: base.startMs + durationS * 1000, series: new Map([[USERS, series]]) };
  return { run, series };
}

describe('per-run figures from hand-made seconds', () => {
  it('the requests at exactly the quantile count as at or below it', () => {
    // P50 of 5 ms ×20, 10 ms ×1, 20 ms ×20 is the 10 ms request. Split over two seconds, the share at or
    // below it is 21/21 and 0/20: residuals ±21·20/41, OBM variance of the share 4·(420/41)²/41². In one
    // second there is no spread and the binomial 0.25/41 is the variance; the slope is the same in both.
    const latency = (values: [number, number][]) => ({
      requests: values.reduce((a, [, n]) => a + n, 0),
      latency: values,
    });
    const split = handRun([
      latency([
        [5, 20],
        [10, 1],
      ]),
      latency([[20, 20]]),
    ]);
    const whole = handRun([
      latency([
        [5, 20],
        [10, 1],
        [20, 20],
      ]),
    ]);
    const p50 = ({ run, series }: { run: RunResult; series: SeriesResult }) =>
      runSeriesMetrics(run, series).p50;
    expect(p50(split).value).toBe(whole.series.latency.quantile(0.5));
    expect(p50(split).withinVar! / p50(whole).withinVar!).toBeCloseTo((16 * 420 ** 2) / 41 ** 3, 9);
    expect(p50(split).withinDf).toBe(2);
    expect(p50(whole).withinDf).toBe(1);
  });

  it('a bracket reaching 0 ms reads the slope on the upper side of the quantile', () => {
    // 0 ms ×45, 10 ms ×10, 20 ms ×46 in one second: P50 is 10 ms, P50 ± 1.96·√(0.25/101) reads 0 ms and
    // 20 ms. The slope ln(20/10)/span times the binomial standard error (span/1.96) is ln 2/1.96.
    const { run, series } = handRun([
      {
        requests: 101,
        latency: [
          [0, 45],
          [10, 10],
          [20, 46],
        ],
      },
    ]);
    const p50 = runSeriesMetrics(run, series).p50;
    expect(p50.value).toBeCloseTo(10, 1);
    expect(p50.withinVar).toBeCloseTo((Math.log(2) / 1.96) ** 2, 2);
  });

  it('without per-second latencies a quantile has no within-run variance', () => {
    const noLatency = handRun([
      { requests: 10, latency: [] },
      { requests: 10, latency: [] },
    ]);
    const h = histogram([
      [5, 10],
      [10, 10],
    ]);
    const noSeconds = { ...noLatency.series, latency: h, seconds: new Map() };
    for (const series of [{ ...noLatency.series, latency: h }, noSeconds]) {
      const p50 = runSeriesMetrics(noLatency.run, series).p50;
      expect(p50).toEqual({ value: h.quantile(0.5), requests: 20 });
    }
  });

  it('a series without requests, or a run without duration, gives no figure and says why', () => {
    const empty = handRun([]);
    const m = runSeriesMetrics(empty.run, empty.series);
    expect(m.p50).toEqual({ value: Number.NaN, requests: 0, unavailable: 'no requests' });
    expect(m.error_rate).toEqual({ value: Number.NaN, requests: 0, unavailable: 'no requests' });
    const instant = handRun([{ requests: 10, latency: [[5, 10]] }], 0);
    expect(runSeriesMetrics(instant.run, instant.series).throughput).toEqual({
      value: Number.NaN,
      requests: 10,
      unavailable: 'the run has no measured duration',
    });
  });

  it('the partial first and last seconds stay out of the throughput spread from four seconds on', () => {
    // whole seconds 10 and 20: OBM variance of their sum 2·((10−15)² + (20−15)²) = 100, over 30²
    const { run, series } = handRun([1, 10, 20, 3].map((requests) => ({ requests, latency: [] })));
    expect(runSeriesMetrics(run, series).throughput).toEqual({
      value: 34 / 4,
      requests: 34,
      withinVar: 100 / 900,
      withinDf: 2,
    });
  });

  it('the same series in another run is measured again, not taken from the cache', () => {
    const { run, series } = handRun([{ requests: 100, latency: [[5, 100]] }], 10);
    expect(runSeriesMetrics(run, series).throughput.value).toBe(10);
    const longer = { ...run, endMs: run.startMs + 20_000 };
    expect(runSeriesMetrics(longer, series).throughput.value).toBe(5);
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
