import { describe, expect, it } from 'vitest';
import { LatencyHistogram } from '../../src/results/histogram.ts';
import type { RunResult, SecondBucket, SeriesResult } from '../../src/results/types.ts';
import { disturbedSeconds, screenDisturbances, sidesOf } from '../../src/stats/disturbance.ts';

/** 1.15×, the smallest slowdown that counts (MIN_FACTOR), as an ln level */
const T = Math.log(1.15);
const from100 = (levels: number[]) => levels.map((_, i) => 100 + i);

describe('disturbedSeconds (hand-computed profiles)', () => {
  it('measures the stretch from the lower quartile of the known levels, interpolated', () => {
    // sorted: 0.01 … 0.06, 1, 1; lower quartile at rank 1.75 → 0.02 + 0.75·0.01 = 0.0275; noise below 1.15×
    const levels = [0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 1, 1];
    const found = disturbedSeconds(from100(levels), levels);
    expect(found?.seconds).toEqual([106, 107]);
    expect(found?.factor).toBeCloseTo(Math.exp(1 - 0.0275), 12);
  });

  it('needs eight known seconds, NaN ones not counted', () => {
    const levels = [Number.NaN, 0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 1, 1];
    const found = disturbedSeconds(from100(levels), levels);
    expect(found?.seconds).toEqual([107, 108]);
    expect(found?.factor).toBeCloseTo(Math.exp(1 - 0.0275), 12);
    const seven = [Number.NaN, 0.02, 0.03, 0.04, 0.05, 0.06, 1, 1];
    expect(disturbedSeconds(from100(seven), seven)).toBeUndefined();
  });

  it('wants seconds strictly more than 1.15× the centre; a calm run has none', () => {
    const levels = [0, 0, 0, 0, 0, 0, 0, 0, T, T];
    expect(disturbedSeconds(from100(levels), levels)).toBeUndefined();
  });

  it('raises the bar to five robust sds of the successive differences when the run is noisy', () => {
    // |Δ| median 0.1 → sd 0.1/(0.6745·√2) = 0.1048, threshold 0.524 above the centre 0: the 0.5 pair is noise
    const levels = [0, 0.1, 0, 0.1, 0.5, 0.5, 0.1, 0, 0.1, 0, 0.1, 0.8, 0.8, 0.1, 0, 0.1, 0];
    const found = disturbedSeconds(from100(levels), levels);
    expect(found?.seconds).toEqual([111, 112]);
    expect(found?.factor).toBeCloseTo(Math.exp(0.8), 12);
  });

  it('takes in a partly slowed second on either side of the stretch', () => {
    const levels = [0, 0, 0, 0, 0, 0, 0, 0, 0.1, 1, 1, 0.1, 0, 0];
    const found = disturbedSeconds(from100(levels), levels);
    expect(found?.seconds).toEqual([108, 109, 110, 111]);
    expect(found?.factor).toBeCloseTo(Math.exp(2.2 / 4), 12);
  });

  it('flags a partly slowed second between two stretches once', () => {
    const levels = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0.1, 1, 1, 0, 0];
    const found = disturbedSeconds(from100(levels), levels);
    expect(found?.seconds).toEqual([108, 109, 110, 111, 112]);
    expect(found?.factor).toBeCloseTo(Math.exp(4.1 / 5), 12);
  });

  it('takes in a neighbour second only when it stands more than half the threshold above the centre', () => {
    const atHalf = [0, 0, 0, 0, 0, 0, 0, 0, T / 2, 1, 1, T / 2, 0, 0];
    expect(disturbedSeconds(from100(atHalf), atHalf)?.seconds).toEqual([109, 110]);
    // the same above a centre of 1: neighbours at the centre stay out
    const raised = [1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 1, 1];
    const found = disturbedSeconds(from100(raised), raised);
    expect(found?.seconds).toEqual([108, 109]);
    expect(found?.factor).toBeCloseTo(Math.E, 12);
  });
});

describe('sidesOf', () => {
  const hit = { seconds: [1, 2], factor: 2 };
  it('keeps a stretch every run of one side shows only from three runs on', () => {
    expect(sidesOf([hit, hit], [undefined, undefined]).leftOut).toEqual({ baseline: true, candidate: true });
    expect(sidesOf([hit, hit, hit], [undefined, undefined, undefined]).leftOut).toEqual({
      baseline: false,
      candidate: true,
    });
    // …and none of the other's
    expect(sidesOf([hit, hit, hit], [hit, undefined]).leftOut).toEqual({ baseline: true, candidate: true });
  });
});

/** A distribution run of hand-made per-second buckets: series id → [epoch second, latencies (ms), failed]. */
function runOf(series: Record<string, Array<[number, number[], number?]>>): RunResult {
  const map = new Map<string, SeriesResult>();
  for (const [id, rows] of Object.entries(series)) {
    const seconds = new Map<number, SecondBucket>();
    const latency = new LatencyHistogram();
    let requests = 0;
    let failed = 0;
    for (const [t, values, fails = 0] of rows) {
      const h = new LatencyHistogram();
      for (const v of values) h.record(v);
      latency.merge(h);
      seconds.set(t, { requests: values.length, failed: fails, latency: h });
      requests += values.length;
      failed += fails;
    }
    map.set(id, {
      key: { scenario: 'default', group: '', method: 'GET', name: id },
      id,
      requests,
      failed,
      latency,
      seconds,
    });
  }
  return {
    engine: 'k6',
    fidelity: 'distribution',
    loadModel: 'closed',
    sources: ['hand-made'],
    startMs: 100_000,
    endMs: 112_000,
    series: map,
    lifecycle: new Map(),
    totals: { iterations: 0, droppedIterations: 0, checksPassed: 0, checksFailed: 0, maxVUs: 0 },
    thresholds: [],
    skipped: {},
    warnings: [],
  };
}

const ten = (ms: number) => Array<number>(10).fill(ms);
/** seconds 100…111 of ten requests at `ms`, with the seconds in `slow` at `slowMs`, recorded out of order */
function rows(
  ms: number,
  slow: number[],
  slowMs: number[] | number,
  failed = 0,
): Array<[number, number[], number]> {
  const order = [105, 108, 100, 111, 103, 109, 101, 110, 104, 102, 107, 106];
  return order.map((t) => [
    t,
    slow.includes(t) ? (typeof slowMs === 'number' ? ten(slowMs) : slowMs) : ten(ms),
    failed,
  ]);
}

describe('screenDisturbances on hand-made runs', () => {
  it('orders the seconds, finds the slow pair and leaves it out, renumbering the rest without gaps', () => {
    const run = runOf({
      a: rows(10, [108, 109], 20, 1),
      // one request in each disturbed second only: the series loses all its seconds
      b: [
        [108, [10]],
        [109, [10]],
      ],
    });
    const screened = screenDisturbances([run], []);
    expect(screened.disturbances).toEqual([
      { side: 'baseline', run: 1, seconds: 2, factor: expect.closeTo(2, 2), leftOut: true },
    ]);
    const out = screened.baseline[0]!;
    expect(out.endMs).toBe(110_000);
    const a = out.series.get('a')!;
    const original = run.series.get('a')!.seconds;
    expect([...a.seconds.keys()]).toEqual([100, 101, 102, 103, 104, 105, 106, 107, 108, 109]);
    expect(a.seconds.get(100)).toBe(original.get(100));
    expect(a.seconds.get(107)).toBe(original.get(107));
    expect(a.seconds.get(108)).toBe(original.get(110));
    expect(a.seconds.get(109)).toBe(original.get(111));
    expect(a).toMatchObject({ requests: 100, failed: 10 });
    expect(a.latency.count).toBe(100);
    const b = out.series.get('b')!;
    expect(b).toMatchObject({ requests: 0, failed: 0 });
    expect(b.seconds.size).toBe(0);
  });

  it('leaves out of the profile the series at zero latency, seconds at zero, and seconds under ten requests', () => {
    const run = runOf({
      a: rows(10, [108, 109], 20),
      // median 0 over the run: no ratio to it
      zero: rows(0, [108, 109], 5),
      // a different median (40 ms) and zero in the slow seconds
      c: rows(40, [108, 109], 0),
      // nine requests a second: too few to count, however slow
      quiet: rows(10, [102, 103], Array<number>(9).fill(100)).map(([t, v, f]) => [t, v.slice(0, 9), f]),
    });
    const [found] = screenDisturbances([], [run]).disturbances;
    expect(found).toEqual({
      side: 'candidate',
      run: 1,
      seconds: 2,
      factor: expect.closeTo(2, 2),
      leftOut: true,
    });
  });

  it('does not look into summary runs', () => {
    const run = { ...runOf({ a: rows(10, [108, 109], 20) }), fidelity: 'summary' as const };
    const screened = screenDisturbances([run], []);
    expect(screened.disturbances).toEqual([]);
    expect(screened.baseline[0]).toBe(run);
  });
});
