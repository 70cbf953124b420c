import { addTotals, emptyTotals, seriesFromBuckets } from './run-accumulator.ts';
import type { RunResult, RunTotals, SecondBucket, SeriesResult, ThresholdResult } from './types.ts';

/**
 * Merges several RunResults of one test into one: the k6 instances of a distributed test (`--execution-segment`,
 * running at the same time) or repeats of it (one after another). Pure.
 *
 * - Series merge by id: counts add, histograms merge exactly (same accuracy), per-second buckets add by epoch
 *   second, so concurrent segments add up second by second and repeats simply sit side by side.
 * - Totals add. VUs: with per-second totals (distribution fidelity) the merged `maxVUs` is the highest sum over
 *   instances within one second, which is right for both cases: concurrent segments add, repeats do not overlap
 *   and keep the highest. Without them, runs whose time ranges overlap are taken as concurrent (their maxima
 *   add, over the time they overlap) and the others as repeats: the highest sum at any moment wins.
 * - `startMs`/`endMs` span all runs; for repeats that includes the gaps between them (throughput is better read
 *   from the per-second buckets).
 * - Thresholds, skipped counts and warnings are united; a threshold counts as crossed when any run crossed it.
 * - `targetRate` and `engineVersion` are kept when all runs agree, dropped with a warning otherwise.
 * Summary-fidelity runs cannot be merged: quantiles do not add.
 */
export function mergeRuns(runs: RunResult[]): RunResult {
  if (runs.length === 0) throw new Error('mergeRuns: no runs to merge');
  const summary = runs.find((r) => r.fidelity !== 'distribution');
  if (summary !== undefined) {
    throw new Error(
      `cannot merge ${summary.sources.join(', ')}: a k6 summary holds quantiles only, and quantiles do not add ` +
        '(use --out json for runs that are to be merged)',
    );
  }
  const engines = new Set(runs.map((r) => r.engine));
  if (engines.size > 1) throw new Error(`cannot merge runs of different engines: ${[...engines].join(', ')}`);
  if (runs.length === 1) return runs[0]!;

  const warnings = unite(runs.flatMap((r) => r.warnings));
  const merged: RunResult = {
    engine: runs[0]!.engine,
    fidelity: 'distribution',
    ...mergeLoadModel(runs),
    sources: runs.flatMap((r) => r.sources),
    startMs: Math.min(...runs.map((r) => r.startMs)),
    endMs: Math.max(...runs.map((r) => r.endMs)),
    series: mergeSeries(runs.map((r) => r.series)),
    lifecycle: mergeSeries(runs.map((r) => r.lifecycle)),
    totals: emptyTotals(),
    thresholds: mergeThresholds(runs.map((r) => r.thresholds)),
    skipped: addCounts(runs.map((r) => r.skipped)),
    warnings,
  };
  const cutFiles = runs.flatMap((r) => r.cutFiles ?? []);
  if (cutFiles.length > 0) merged.cutFiles = cutFiles;
  if (runs.every((r) => r.secondTotals !== undefined)) {
    const secondTotals = new Map<number, RunTotals>();
    for (const run of runs) {
      for (const [second, t] of run.secondTotals!) {
        let into = secondTotals.get(second);
        if (into === undefined) {
          into = emptyTotals();
          secondTotals.set(second, into);
        }
        addTotals(into, t, 'sum'); // instances active in the same second: their VUs add
      }
    }
    merged.secondTotals = new Map([...secondTotals].sort((a, b) => a[0] - b[0]));
    for (const t of merged.secondTotals.values()) addTotals(merged.totals, t, 'max');
  } else {
    merged.totals = totalsByOverlap(runs);
  }
  const same = <T>(what: string, values: (T | undefined)[]): T | undefined => {
    const distinct = new Set(values);
    if (distinct.size === 1) return values[0];
    const shown = [...distinct].map((v) => (v === undefined ? 'none' : String(v)));
    warnings.push(`merged runs disagree on ${what} (${shown.join(', ')}): dropped it`);
    return undefined;
  };
  const targetRate = same(
    'the target rate',
    runs.map((r) => r.targetRate),
  );
  if (targetRate !== undefined) merged.targetRate = targetRate;
  const engineVersion = same(
    'the engine version',
    runs.map((r) => r.engineVersion),
  );
  if (engineVersion !== undefined) merged.engineVersion = engineVersion;
  return merged;
}

/** The model the parts agree on, and what decided it in the first part that knew it. */
function mergeLoadModel(runs: RunResult[]): Pick<RunResult, 'loadModel' | 'loadModelSource'> {
  const known = new Set(runs.map((r) => r.loadModel).filter((m) => m !== 'unknown'));
  if (known.size > 1) throw new Error(`cannot merge runs of different load models: ${[...known].join(', ')}`);
  const decided = runs.find((r) => r.loadModel !== 'unknown') ?? runs[0]!;
  return decided.loadModelSource === undefined
    ? { loadModel: decided.loadModel }
    : { loadModel: decided.loadModel, loadModelSource: decided.loadModelSource };
}

export function mergeSeries(maps: Map<string, SeriesResult>[]): Map<string, SeriesResult> {
  const byId = new Map<string, { key: SeriesResult['key']; seconds: Map<number, SecondBucket> }>();
  for (const map of maps) {
    for (const [id, s] of map) {
      let acc = byId.get(id);
      if (acc === undefined) {
        acc = { key: s.key, seconds: new Map() };
        byId.set(id, acc);
      }
      for (const [second, b] of s.seconds) {
        const into = acc.seconds.get(second);
        if (into === undefined) {
          acc.seconds.set(second, { requests: b.requests, failed: b.failed, latency: b.latency.clone() });
        } else {
          into.requests += b.requests;
          into.failed += b.failed;
          into.latency.merge(b.latency);
        }
      }
    }
  }
  const out = new Map<string, SeriesResult>();
  for (const id of [...byId.keys()].sort()) {
    const acc = byId.get(id)!;
    out.set(id, seriesFromBuckets(acc.key, new Map([...acc.seconds].sort((a, b) => a[0] - b[0]))));
  }
  // a series that has no per-second buckets at all (not produced by our readers) keeps its own figures
  for (const map of maps) {
    for (const [id, s] of map) {
      if (s.seconds.size > 0) continue;
      const o = out.get(id)!;
      o.requests += s.requests;
      o.failed += s.failed;
      o.latency.merge(s.latency); // o.latency is the merged series' own histogram, never an input's
    }
  }
  return out;
}

function totalsByOverlap(runs: RunResult[]): RunTotals {
  const totals = emptyTotals();
  for (const r of runs) addTotals(totals, { ...r.totals, maxVUs: 0, maxVUsAllocated: undefined }, 'max');
  totals.maxVUs = peakConcurrent(runs, (t) => t.maxVUs) ?? 0;
  const allocated = peakConcurrent(runs, (t) => t.maxVUsAllocated);
  if (allocated !== undefined) totals.maxVUsAllocated = allocated;
  return totals;
}

/**
 * The highest sum of the runs' figures at any moment, reading each run's figure as held over its whole span
 * (runs that overlap ran at the same time and add; a run that ends as another starts does not overlap it);
 * undefined when no run has the figure.
 */
function peakConcurrent(runs: RunResult[], pick: (t: RunTotals) => number | undefined): number | undefined {
  const events: Array<[ms: number, change: number]> = [];
  for (const r of runs) {
    const value = pick(r.totals);
    if (value !== undefined) events.push([r.startMs, value], [r.endMs, -value]);
  }
  if (events.length === 0) return undefined;
  // at the same moment, ends before starts
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let now = 0;
  let peak = 0;
  for (const [, change] of events) {
    now += change;
    peak = Math.max(peak, now);
  }
  return peak;
}

function mergeThresholds(lists: ThresholdResult[][]): ThresholdResult[] {
  const byMetric = new Map<string, ThresholdResult>();
  for (const list of lists) {
    for (const t of list) {
      const into = byMetric.get(t.metric);
      if (into === undefined) {
        byMetric.set(t.metric, { ...t, expressions: [...t.expressions] });
        continue;
      }
      for (const e of t.expressions) if (!into.expressions.includes(e)) into.expressions.push(e);
      if (t.crossed === true || into.crossed === true) into.crossed = true;
      else if (t.crossed === undefined || into.crossed === undefined) delete into.crossed;
    }
  }
  return [...byMetric.values()];
}

function addCounts(records: Record<string, number>[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of records) for (const [k, v] of Object.entries(r)) out[k] = (out[k] ?? 0) + v;
  return out;
}

function unite(items: string[]): string[] {
  return [...new Set(items)];
}
