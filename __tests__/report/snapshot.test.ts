import { describe, expect, it } from 'vitest';
import { snapshotSeries } from '../../src/report/snapshot.ts';
import { LatencyHistogram } from '../../src/results/histogram.ts';
import type { RunResult, SeriesResult } from '../../src/results/types.ts';
import { seriesId } from '../../src/results/types.ts';
import { key } from './fixtures.ts';

function seriesOf(name: string, latencies: number[], failed: number): SeriesResult {
  const k = key('GET', name);
  const latency = new LatencyHistogram();
  for (const v of latencies) latency.record(v);
  return { key: k, id: seriesId(k), requests: latencies.length, failed, latency, seconds: new Map() };
}

function run(
  series: SeriesResult[],
  seconds: number,
  fidelity: RunResult['fidelity'] = 'distribution',
): RunResult {
  return {
    engine: 'embedded',
    fidelity,
    loadModel: 'open',
    sources: ['embedded'],
    startMs: 0,
    endMs: seconds * 1000,
    series: new Map(series.map((s) => [s.id, s])),
    lifecycle: new Map(),
    totals: { iterations: 0, droppedIterations: 0, checksPassed: 0, checksFailed: 0, maxVUs: 1 },
    thresholds: [],
    skipped: {},
    warnings: [],
  };
}

/** 1 … n ms, one request each */
const ramp = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('snapshotSeries', () => {
  it('pools runs: quantiles of the merged histograms, throughput over the summed time, error rate', () => {
    const out = snapshotSeries([
      run([seriesOf('/a', ramp(100), 2)], 10),
      run([seriesOf('/a', ramp(100), 3)], 10),
    ]);
    expect(out).toHaveLength(1);
    const a = out[0]!;
    expect(a.requests).toBe(200);
    expect(a.values.throughput).toBeCloseTo(10, 9);
    expect(a.values.error_rate).toBeCloseTo(5 / 200, 12);
    expect(a.values.p50).toBeCloseTo(50.5, 0);
    expect(a.values.p99).toBeCloseTo(99, 0);
  });

  it('lists series of every run, sorted by id', () => {
    const out = snapshotSeries([
      run([seriesOf('/b', ramp(10), 0)], 1),
      run([seriesOf('/a', ramp(10), 0)], 1),
    ]);
    expect(out.map((s) => s.key.name)).toEqual(['/a', '/b']);
  });

  it('uses the quantiles k6 reported for summary-fidelity runs (geometric mean over runs)', () => {
    const s1 = {
      ...seriesOf('/a', [], 0),
      requests: 50,
      reportedQuantiles: { p50: 4, p90: 9, p95: 10, p99: 12.5 },
    };
    const s2 = { ...s1, reportedQuantiles: { p50: 9, p90: 9, p95: 10, p99: 12.5 } };
    const one = snapshotSeries([run([s1], 5, 'summary')])[0]!.values;
    expect(one.p50).toBeCloseTo(4, 9);
    expect(one.p99).toBeCloseTo(12.5, 9);
    expect(one.throughput).toBeCloseTo(10, 9);
    expect(snapshotSeries([run([s1], 5, 'summary'), run([s2], 5, 'summary')])[0]!.values.p50).toBeCloseTo(
      6,
      9,
    );
  });

  it('leaves out figures that cannot be computed instead of writing NaN', () => {
    const out = snapshotSeries([run([seriesOf('/a', ramp(10), 0)], 0)]);
    expect(out[0]!.values.throughput).toBeUndefined();
    expect(out[0]!.values.p50).toBeCloseTo(5.5, 0);
  });

  it('refuses an empty list of runs', () => {
    expect(() => snapshotSeries([])).toThrow(/no runs/);
  });
});
