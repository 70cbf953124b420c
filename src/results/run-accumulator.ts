import { LatencyHistogram } from './histogram.ts';
import {
  type EngineName,
  type LoadModel,
  type LoadModelSource,
  type RunResult,
  type RunTotals,
  type SecondBucket,
  type SeriesKey,
  type SeriesResult,
  seriesId,
  type ThresholdResult,
} from './types.ts';

/**
 * Collects request samples and run totals into per-second buckets while a run file is read, and turns them
 * into a `RunResult` at the end. Knows nothing about file formats: the k6 reader (and anything else that
 * produces samples) feeds it through `tagSet()`, `request()`, `failure()` and the totals methods.
 */

/** A series' samples as they arrive, bucketed by epoch second. */
export interface SeriesAccumulator {
  key: SeriesKey;
  id: string;
  lifecycle: boolean;
  seconds: Map<number, SecondBucket>;
  /** the bucket of the last sample, which the next sample most likely shares */
  lastSecond: number;
  lastBucket: SecondBucket;
  /** latencies not yet recorded into `pendingBucket` (see `flushPending`) */
  pending: Float64Array;
  pendingCount: number;
  pendingBucket: SecondBucket;
}

/**
 * Latencies are recorded into a bucket's histogram in batches of up to this many (`recordMany`), which widens
 * the histogram's store once per batch rather than once per new extreme.
 */
const PENDING = 256;

/**
 * Stands for "no bucket yet" so the bucket fields always hold a bucket: fields that change from undefined to
 * an object make V8 throw away the optimised reader code once more while the file is being read.
 */
const NO_BUCKET: SecondBucket = { requests: 0, failed: 0, latency: new LatencyHistogram() };

/** Records the pending latencies into their bucket (with none pending, `recordMany` changes nothing). */
function flushPending(series: SeriesAccumulator): void {
  series.pendingBucket.latency.recordMany(series.pending, series.pendingCount);
  series.pendingCount = 0;
}

/** One distinct combination of the tags that matter, resolved once and then reused for every sample. */
export interface TagSet {
  series: SeriesAccumulator;
  /** k6 tagged the request `expected_response:false` */
  failed: boolean;
  /** the request carries an `expected_response` tag, so failures come from it and not from `http_req_failed` */
  hasExpectedResponse: boolean;
}

export interface RequestTags {
  scenario?: string | undefined;
  group?: string | undefined;
  method?: string | undefined;
  name?: string | undefined;
  url?: string | undefined;
  expectedResponse?: string | undefined;
}

/** Series names beyond this many fold into one per scenario, group and method (see `foldedName`). */
const DEFAULT_MAX_SERIES = 1000;
const FOLDED_NAME = '(other names)';

function isLifecycleGroup(group: string): boolean {
  return (
    group === '::setup' ||
    group === '::teardown' ||
    group.startsWith('::setup::') ||
    group.startsWith('::teardown::')
  );
}

/**
 * One second's totals while reading. Every field exists from the start (no optional `maxVUsAllocated`), so all
 * of them share one shape and the reader's optimised code stays valid; -1 stands for "no vus_max sample".
 */
class SecondTotals {
  iterations = 0;
  droppedIterations = 0;
  checksPassed = 0;
  checksFailed = 0;
  maxVUs = 0;
  maxVUsAllocated = -1;

  toRunTotals(): RunTotals {
    const { maxVUsAllocated, ...rest } = this;
    return maxVUsAllocated < 0 ? { ...rest } : { ...rest, maxVUsAllocated };
  }
}

export function emptyTotals(): RunTotals {
  return { iterations: 0, droppedIterations: 0, checksPassed: 0, checksFailed: 0, maxVUs: 0 };
}

export interface FinishOptions {
  engine: EngineName;
  sources: string[];
  loadModel: LoadModel;
  loadModelSource: LoadModelSource;
  targetRate?: number | undefined;
  engineVersion?: string | undefined;
}

export class RunAccumulator {
  private readonly tagSets = new Map<string, TagSet>();
  private readonly series = new Map<string, SeriesAccumulator>();
  private readonly lifecycle = new Map<string, SeriesAccumulator>();
  private readonly foldedNames = new Set<string>();
  private readonly maxSeries: number;
  private readonly secondTotals = new Map<number, SecondTotals>();
  private lastTotalsSecond = Number.NaN;
  private lastTotals: SecondTotals = new SecondTotals();
  private readonly thresholds = new Map<string, ThresholdResult>();
  private readonly skipped = new Map<string, number>();
  private readonly warnings: string[] = [];
  private firstMs = Number.POSITIVE_INFINITY;
  private lastMs = Number.NEGATIVE_INFINITY;
  /** requests without an `expected_response` tag, and `http_req_failed` samples seen at all */
  requestsWithoutExpectedResponse = 0;
  failureSamples = 0;

  constructor(maxSeries = DEFAULT_MAX_SERIES) {
    this.maxSeries = maxSeries;
  }

  /** The tag set of these request tags (created on first use). */
  tagSet(tags: RequestTags): TagSet {
    const scenario = tags.scenario ?? '';
    const group = tags.group ?? '';
    const method = tags.method ?? '';
    const name = tags.name ?? tags.url ?? '';
    const expected = tags.expectedResponse;
    const cacheKey = `${scenario}\u0000${group}\u0000${method}\u0000${name}\u0000${expected ?? '\u0001'}`;
    let set = this.tagSets.get(cacheKey);
    if (set === undefined) {
      set = {
        series: this.seriesFor({ scenario, group, method, name }),
        failed: expected === 'false',
        hasExpectedResponse: expected !== undefined,
      };
      this.tagSets.set(cacheKey, set);
    }
    return set;
  }

  /** One `http_req_duration` sample. */
  request(tags: TagSet, second: number, msInSecond: number, durationMs: number): void {
    const series = tags.series;
    const bucket = this.bucketFor(series, second);
    bucket.requests++;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, flushing at every sample records the same latencies into the same histogram in the same order (recordMany is record one by one; requests() and finish() flush first), only in smaller batches
    if (series.pendingBucket !== bucket || series.pendingCount === PENDING) {
      flushPending(series);
      series.pendingBucket = bucket;
    }
    series.pending[series.pendingCount++] = durationMs;
    if (tags.failed) bucket.failed++;
    if (!tags.hasExpectedResponse) this.requestsWithoutExpectedResponse++;
    if (!series.lifecycle) {
      const ms = second * 1000 + msInSecond;
      this.spans(ms, ms);
    }
  }

  /** Widens the run's span of requests (epoch ms) to take in `firstMs`…`lastMs`. */
  private spans(firstMs: number, lastMs: number): void {
    // Stryker disable next-line EqualityOperator: equivalent, on a tie it assigns the number it already holds
    if (firstMs < this.firstMs) this.firstMs = firstMs;
    // Stryker disable next-line EqualityOperator: equivalent, on a tie it assigns the number it already holds
    if (lastMs > this.lastMs) this.lastMs = lastMs;
  }

  /**
   * `request` for `count` samples of one second counted elsewhere (the JMeter CSV reader's WebAssembly pass),
   * `failed` of them failures, the first at `firstMs` and the last at `lastMs`: returns the histogram their
   * latencies go into.
   */
  requests(
    tags: TagSet,
    second: number,
    count: number,
    failed: number,
    firstMs: number,
    lastMs: number,
  ): LatencyHistogram {
    const series = tags.series;
    const bucket = this.bucketFor(series, second);
    // the caller records the batch's latencies next: the series' single requests before it go in first
    flushPending(series);
    bucket.requests += count;
    bucket.failed += failed;
    if (!tags.hasExpectedResponse) this.requestsWithoutExpectedResponse += count;
    if (!series.lifecycle) this.spans(firstMs, lastMs);
    return bucket.latency;
  }

  /** A failed request known only from its `http_req_failed` sample (no `expected_response` tag). */
  failure(tags: TagSet, second: number): void {
    this.bucketFor(tags.series, second).failed++;
  }

  totalsAt(second: number): SecondTotals {
    // Stryker disable next-line ConditionalExpression: equivalent, `lastTotals` is the entry of `lastTotalsSecond` in `secondTotals`, so looking it up again finds the same one (only slower)
    if (second === this.lastTotalsSecond) return this.lastTotals;
    let totals = this.secondTotals.get(second);
    if (totals === undefined) {
      totals = new SecondTotals();
      this.secondTotals.set(second, totals);
    }
    this.lastTotalsSecond = second;
    this.lastTotals = totals;
    return totals;
  }

  threshold(metric: string, expressions: string[]): void {
    if (expressions.length === 0) return;
    const existing = this.thresholds.get(metric);
    if (existing === undefined) {
      this.thresholds.set(metric, { metric, expressions: [...expressions] });
    } else {
      for (const e of expressions) if (!existing.expressions.includes(e)) existing.expressions.push(e);
    }
  }

  skip(reason: string, count = 1): void {
    if (count > 0) this.skipped.set(reason, (this.skipped.get(reason) ?? 0) + count);
  }

  warn(message: string): void {
    this.warnings.push(message);
  }

  /** Measured (non-lifecycle) series seen so far. */
  get seriesCount(): number {
    return this.series.size;
  }

  finish(options: FinishOptions): RunResult {
    for (const series of this.series.values()) flushPending(series);
    for (const series of this.lifecycle.values()) flushPending(series);
    const secondTotals = new Map<number, RunTotals>();
    for (const second of [...this.secondTotals.keys()].sort((a, b) => a - b)) {
      secondTotals.set(second, this.secondTotals.get(second)!.toRunTotals());
    }
    const totals = emptyTotals();
    for (const t of secondTotals.values()) addTotals(totals, t, 'max');
    if (this.foldedNames.size > 0) {
      this.warn(
        `more than ${this.maxSeries} distinct requests: ${this.foldedNames.size} further names were folded into ` +
          `'${FOLDED_NAME}'; give dynamic URLs a fixed \`name\` tag (k6 URL grouping) to compare them one by one`,
      );
    }
    const run: RunResult = {
      engine: options.engine,
      fidelity: 'distribution',
      loadModel: options.loadModel,
      loadModelSource: options.loadModelSource,
      sources: options.sources,
      startMs: this.firstMs,
      endMs: this.lastMs,
      series: finishSeries(this.series),
      lifecycle: finishSeries(this.lifecycle),
      totals,
      secondTotals,
      thresholds: [...this.thresholds.values()],
      skipped: Object.fromEntries(this.skipped),
      warnings: this.warnings,
    };
    if (options.targetRate !== undefined) run.targetRate = options.targetRate;
    if (options.engineVersion !== undefined) run.engineVersion = options.engineVersion;
    return run;
  }

  private seriesFor(requested: SeriesKey): SeriesAccumulator {
    const lifecycle = isLifecycleGroup(requested.group);
    const map = lifecycle ? this.lifecycle : this.series;
    let key = requested;
    let id = seriesId(key);
    if (!lifecycle && !map.has(id) && map.size >= this.maxSeries) {
      this.foldedNames.add(key.name);
      key = { ...key, name: FOLDED_NAME };
      id = seriesId(key);
    }
    let series = map.get(id);
    if (series === undefined) {
      series = {
        key,
        id,
        lifecycle,
        seconds: new Map(),
        lastSecond: Number.NaN,
        lastBucket: NO_BUCKET,
        pending: new Float64Array(PENDING),
        pendingCount: 0,
        pendingBucket: NO_BUCKET,
      };
      map.set(id, series);
    }
    return series;
  }

  private bucketFor(series: SeriesAccumulator, second: number): SecondBucket {
    // samples come second by second: most are in the last second's bucket
    // Stryker disable next-line ConditionalExpression: equivalent, `lastBucket` is the bucket of `lastSecond` in `seconds`, so looking it up again finds the same bucket (only slower)
    if (series.lastSecond === second) return series.lastBucket;
    let bucket = series.seconds.get(second);
    if (bucket === undefined) {
      bucket = { requests: 0, failed: 0, latency: new LatencyHistogram() };
      series.seconds.set(second, bucket);
    }
    series.lastSecond = second;
    series.lastBucket = bucket;
    return bucket;
  }
}

/**
 * Adds `from` into `into`. `vus` says how VU gauges combine: 'max' for the same instance over time, 'sum' for
 * concurrent instances within one second.
 */
export function addTotals(into: RunTotals, from: RunTotals, vus: 'max' | 'sum'): void {
  into.iterations += from.iterations;
  into.droppedIterations += from.droppedIterations;
  into.checksPassed += from.checksPassed;
  into.checksFailed += from.checksFailed;
  const combine = vus === 'max' ? Math.max : (a: number, b: number) => a + b;
  into.maxVUs = combine(into.maxVUs, from.maxVUs);
  if (from.maxVUsAllocated !== undefined) {
    into.maxVUsAllocated = combine(into.maxVUsAllocated ?? 0, from.maxVUsAllocated);
  }
}

/** Whole-series figures from the per-second buckets. */
export function seriesFromBuckets(key: SeriesKey, seconds: Map<number, SecondBucket>): SeriesResult {
  let requests = 0;
  let failed = 0;
  for (const bucket of seconds.values()) {
    requests += bucket.requests;
    failed += bucket.failed;
  }
  const latency = LatencyHistogram.merged([...seconds.values()].map((b) => b.latency));
  return { key, id: seriesId(key), requests, failed, latency, seconds };
}

/** The series sorted by id and their seconds by time, so the output does not depend on line order. */
function finishSeries(accumulators: Map<string, SeriesAccumulator>): Map<string, SeriesResult> {
  const out = new Map<string, SeriesResult>();
  // the keys are the series ids, unique strings, which sort() with no comparator orders by UTF-16 code unit
  for (const id of [...accumulators.keys()].sort()) {
    const acc = accumulators.get(id)!;
    const seconds = new Map([...acc.seconds].sort((a, b) => a[0] - b[0]));
    out.set(id, seriesFromBuckets(acc.key, seconds));
  }
  return out;
}
