import { describe, expect, it } from 'vitest';
import { LatencyHistogram } from '../../src/results/histogram.ts';
import { readK6Json } from '../../src/results/k6-json.ts';
import { mergeRuns, mergeSeries } from '../../src/results/merge.ts';
import { readRunFile } from '../../src/results/read-run-file.ts';
import { seriesFromBuckets } from '../../src/results/run-accumulator.ts';
import {
  type RunResult,
  type SecondBucket,
  type SeriesKey,
  type SeriesResult,
  seriesId,
  type ThresholdResult,
} from '../../src/results/types.ts';
import { fixtureJson, fixtureSummaryPath } from './helpers.ts';

// two repeats of one test, the rerun starting after the first ended
const first = await readK6Json(fixtureJson('arrival-base'));
const rerun = await readK6Json(fixtureJson('arrival-base-rerun'));

/** `first` as a run without per-second totals (as saved before perf-gate kept them), over startMs…endMs. */
function spanRun(startMs: number, endMs: number, maxVUs: number, maxVUsAllocated?: number): RunResult {
  const { secondTotals: _seconds, ...run } = first;
  const { maxVUsAllocated: _allocated, ...counts } = first.totals;
  return {
    ...run,
    sources: [`${startMs}.json`],
    startMs,
    endMs,
    totals: { ...counts, maxVUs, ...(maxVUsAllocated === undefined ? {} : { maxVUsAllocated }) },
  };
}

/** `first`'s counts twice over (each run of `spanRun` holds them once), with these VUs. */
const twiceTotals = (maxVUs: number, maxVUsAllocated?: number) => ({
  iterations: 2 * first.totals.iterations,
  droppedIterations: 2 * first.totals.droppedIterations,
  checksPassed: 2 * first.totals.checksPassed,
  checksFailed: 2 * first.totals.checksFailed,
  maxVUs,
  ...(maxVUsAllocated === undefined ? {} : { maxVUsAllocated }),
});

describe('mergeRuns without per-second totals: VUs by the runs’ spans', () => {
  it('runs whose spans overlap ran at the same time: their VU maxima add, and so do the counts', () => {
    const merged = mergeRuns([spanRun(1000, 5000, 3, 4), spanRun(2000, 6000, 5, 6)]);
    expect(merged.totals).toStrictEqual(twiceTotals(8, 10));
    expect(merged.secondTotals).toBeUndefined();
  });

  it('runs one after another (one ending as the next starts) are repeats: the highest VUs win', () => {
    expect(mergeRuns([spanRun(1000, 2000, 3, 9), spanRun(2000, 3000, 5, 6)]).totals).toStrictEqual(
      twiceTotals(5, 9),
    );
    // allocated VUs known for some runs only: of those; for none: left out, not undefined
    expect(mergeRuns([spanRun(1000, 2000, 3), spanRun(5000, 6000, 2, 6)]).totals).toStrictEqual(
      twiceTotals(3, 6),
    );
    expect(mergeRuns([spanRun(1000, 2000, 3), spanRun(5000, 6000, 2)]).totals).toStrictEqual(twiceTotals(3));
  });

  it('of three runs, the two that overlap add their allocated VUs though the third ran apart', () => {
    const merged = mergeRuns([spanRun(1000, 5000, 1, 4), spanRun(2000, 6000, 1, 6), spanRun(9000, 9500, 1)]);
    expect(merged.totals.maxVUsAllocated).toBe(10);
  });

  it('two segments run together and a repeat after them: the segments add, the repeat stands apart', () => {
    const segments = [spanRun(1000, 5000, 3), spanRun(2000, 6000, 4)];
    // the repeat's 6 VUs do not join the segments' 3 + 4, nor do theirs join its
    expect(mergeRuns([...segments, spanRun(9000, 9500, 6)]).totals.maxVUs).toBe(7);
    expect(mergeRuns([spanRun(9000, 9500, 9), ...segments]).totals.maxVUs).toBe(9);
    // a chain: the first and last never ran at the same time, so at most two of the three did (runs in any order)
    const chain = [spanRun(5500, 8000, 2), spanRun(1000, 5000, 3), spanRun(4000, 6000, 4)];
    expect(mergeRuns(chain).totals.maxVUs).toBe(7);
    expect(mergeRuns([...chain, spanRun(7000, 9000, 8)]).totals.maxVUs).toBe(10);
    expect(mergeRuns([...chain, spanRun(8000, 9000, 8)]).totals.maxVUs).toBe(8);
  });

  it('one part without per-second totals makes the whole merge by spans', () => {
    const apart = spanRun(first.endMs + 60_000, first.endMs + 70_000, 7);
    const merged = mergeRuns([first, apart]);
    expect(merged.secondTotals).toBeUndefined();
    expect(merged.totals.maxVUs).toBe(7);
    expect(merged.totals.maxVUsAllocated).toBe(first.totals.maxVUsAllocated);
  });
});

describe('mergeRuns: the other fields', () => {
  it('names every source of a summary export in its refusal', async () => {
    const summary = await readRunFile(fixtureSummaryPath('arrival-base'));
    expect(() => mergeRuns([first, { ...summary, sources: ['a.json', 'b.json'] }])).toThrow(
      new Error(
        'cannot merge a.json, b.json: a k6 summary holds quantiles only, and quantiles do not add ' +
          '(use --out json for runs that are to be merged)',
      ),
    );
  });

  it('per-second totals come out in time order whatever the order of the runs', () => {
    expect(rerun.startMs).toBeGreaterThan(first.endMs);
    const merged = mergeRuns([rerun, first]);
    expect([...merged.secondTotals!.keys()]).toEqual([
      ...first.secondTotals!.keys(),
      ...rerun.secondTotals!.keys(),
    ]);
  });

  it('keeps the files cut short of any part', () => {
    expect(mergeRuns([{ ...first, cutFiles: ['a.json'] }, rerun]).cutFiles).toEqual(['a.json']);
  });

  it('a merged run has the fields its parts have, none set to undefined', () => {
    const { loadModelSource: _source, ...bare } = first;
    const merged = mergeRuns([bare, { ...bare, sources: ['b.json'] }]);
    expect(Object.keys(merged).sort()).toEqual(Object.keys(bare).sort());
  });

  it('keeps the engine version all parts agree on, drops it with a warning otherwise', () => {
    const version = (engineVersion: string) => ({ ...rerun, engineVersion });
    expect(mergeRuns([{ ...first, engineVersion: 'k6 v0.49.0' }, version('k6 v0.49.0')]).engineVersion).toBe(
      'k6 v0.49.0',
    );
    const disagree = mergeRuns([{ ...first, engineVersion: 'k6 v0.49.0' }, version('k6 v0.50.0')]);
    expect(disagree.engineVersion).toBeUndefined();
    expect(disagree.warnings).toEqual([
      'merged runs disagree on the engine version (k6 v0.49.0, k6 v0.50.0): dropped it',
    ]);
  });

  it('takes the load model, and what decided it, from the first part that knew it', () => {
    const merged = mergeRuns([
      { ...first, loadModel: 'unknown', loadModelSource: 'unknown' },
      { ...rerun, loadModel: 'open', loadModelSource: 'input' },
      { ...rerun, loadModel: 'open', loadModelSource: 'k6-inspect' },
    ]);
    expect([merged.loadModel, merged.loadModelSource]).toEqual(['open', 'input']);
  });
});

describe('mergeRuns: thresholds', () => {
  const withThresholds = (run: RunResult, thresholds: ThresholdResult[]): RunResult => ({
    ...run,
    thresholds,
  });

  it('unites the expressions of one metric, the first part’s first', () => {
    const merged = mergeRuns([
      withThresholds(first, [{ metric: 'http_req_duration', expressions: ['p(95)<200'] }]),
      withThresholds(rerun, [{ metric: 'http_req_duration', expressions: ['p(99)<500', 'p(95)<200'] }]),
    ]);
    expect(merged.thresholds).toStrictEqual([
      { metric: 'http_req_duration', expressions: ['p(95)<200', 'p(99)<500'] },
    ]);
  });

  it('crossed when either part crossed it, else unknown when either does not say, in either order', () => {
    // an outcome the source does not give can be a field set to undefined (mergeThresholdOutcomes in engine/k6/thresholds.ts)
    const merge = (a: boolean | undefined, b: boolean | undefined) =>
      mergeRuns([
        withThresholds(first, [{ metric: 'm', expressions: ['e'], crossed: a }]),
        withThresholds(rerun, [{ metric: 'm', expressions: ['e'], crossed: b }]),
      ]).thresholds;
    const crossed = [{ metric: 'm', expressions: ['e'], crossed: true }];
    const unknown = [{ metric: 'm', expressions: ['e'] }];
    expect(merge(false, true)).toStrictEqual(crossed);
    expect(merge(true, false)).toStrictEqual(crossed);
    expect(merge(true, undefined)).toStrictEqual(crossed);
    expect(merge(undefined, true)).toStrictEqual(crossed);
    expect(merge(false, undefined)).toStrictEqual(unknown);
    expect(merge(undefined, false)).toStrictEqual(unknown);
    expect(merge(false, false)).toStrictEqual([{ metric: 'm', expressions: ['e'], crossed: false }]);
  });
});

describe('mergeSeries', () => {
  const key = (name: string): SeriesKey => ({ scenario: '', group: '', method: 'GET', name });
  const histogram = (values: number[]): LatencyHistogram => {
    const h = new LatencyHistogram();
    for (const v of values) h.record(v);
    return h;
  };
  /** A series with one bucket per entry of `seconds` (epoch second → latencies), one failure per bucket. */
  const bySecond = (name: string, seconds: [number, number[]][]): Map<string, SeriesResult> => {
    const buckets = seconds.map(([t, values]): [number, SecondBucket] => [
      t,
      { requests: values.length, failed: 1, latency: histogram(values) },
    ]);
    const s = seriesFromBuckets(key(name), new Map(buckets));
    return new Map([[s.id, s]]);
  };

  it('orders series by id and their seconds by time, whatever the order of the parts', () => {
    const merged = mergeSeries([
      bySecond('/b', [[20, [5]]]),
      bySecond('/a', [[20, [5]]]),
      bySecond('/b', [[10, [7]]]),
    ]);
    expect([...merged.keys()]).toEqual(['GET /a', 'GET /b']);
    expect([...merged.get('GET /b')!.seconds.keys()]).toEqual([10, 20]);
  });

  it('a series without per-second buckets adds its own whole-run figures', () => {
    const id = seriesId(key('/a'));
    const wholeRun = (values: number[], failed: number): Map<string, SeriesResult> =>
      new Map([
        [
          id,
          {
            key: key('/a'),
            id,
            requests: values.length,
            failed,
            latency: histogram(values),
            seconds: new Map(),
          },
        ],
      ]);
    const withBuckets = mergeSeries([bySecond('/a', [[10, [1, 2]]]), wholeRun([3, 4, 5], 2)]).get(id)!;
    expect([withBuckets.requests, withBuckets.failed, withBuckets.latency.count]).toEqual([5, 3, 5]);
    expect([withBuckets.latency.min, withBuckets.latency.max]).toEqual([1, 5]);
    expect([...withBuckets.seconds.keys()]).toEqual([10]);
    const without = mergeSeries([wholeRun([3, 4, 5], 2), wholeRun([6], 1)]).get(id)!;
    expect([without.requests, without.failed, without.latency.count]).toEqual([4, 3, 4]);
    expect([without.latency.min, without.latency.max]).toEqual([3, 6]);
    expect(without.seconds.size).toBe(0);
  });
});
