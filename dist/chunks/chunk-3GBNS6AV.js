import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  LatencyHistogram
} from "./chunk-PJLTGONB.js";
import {
  seriesId
} from "./chunk-IEL6FNXH.js";

// src/results/run-accumulator.ts
var PENDING = 256;
var NO_BUCKET = { requests: 0, failed: 0, latency: new LatencyHistogram() };
function flushPending(series) {
  series.pendingBucket.latency.recordMany(series.pending, series.pendingCount);
  series.pendingCount = 0;
}
var DEFAULT_MAX_SERIES = 1e3;
var FOLDED_NAME = "(other names)";
function isLifecycleGroup(group) {
  return group === "::setup" || group === "::teardown" || group.startsWith("::setup::") || group.startsWith("::teardown::");
}
var SecondTotals = class {
  iterations = 0;
  droppedIterations = 0;
  checksPassed = 0;
  checksFailed = 0;
  maxVUs = 0;
  maxVUsAllocated = -1;
  toRunTotals() {
    const { maxVUsAllocated, ...rest } = this;
    return maxVUsAllocated < 0 ? { ...rest } : { ...rest, maxVUsAllocated };
  }
};
function emptyTotals() {
  return { iterations: 0, droppedIterations: 0, checksPassed: 0, checksFailed: 0, maxVUs: 0 };
}
var RunAccumulator = class {
  tagSets = /* @__PURE__ */ new Map();
  series = /* @__PURE__ */ new Map();
  lifecycle = /* @__PURE__ */ new Map();
  foldedNames = /* @__PURE__ */ new Set();
  maxSeries;
  secondTotals = /* @__PURE__ */ new Map();
  lastTotalsSecond = Number.NaN;
  lastTotals = new SecondTotals();
  thresholds = /* @__PURE__ */ new Map();
  skipped = /* @__PURE__ */ new Map();
  warnings = [];
  firstMs = Number.POSITIVE_INFINITY;
  lastMs = Number.NEGATIVE_INFINITY;
  /** requests without an `expected_response` tag, and `http_req_failed` samples seen at all */
  requestsWithoutExpectedResponse = 0;
  failureSamples = 0;
  constructor(maxSeries = DEFAULT_MAX_SERIES) {
    this.maxSeries = maxSeries;
  }
  /** The tag set of these request tags (created on first use). */
  tagSet(tags) {
    const scenario = tags.scenario ?? "";
    const group = tags.group ?? "";
    const method = tags.method ?? "";
    const name = tags.name ?? tags.url ?? "";
    const expected = tags.expectedResponse;
    const cacheKey = `${scenario}\0${group}\0${method}\0${name}\0${expected ?? ""}`;
    let set = this.tagSets.get(cacheKey);
    if (set === void 0) {
      set = {
        series: this.seriesFor({ scenario, group, method, name }),
        failed: expected === "false",
        hasExpectedResponse: expected !== void 0
      };
      this.tagSets.set(cacheKey, set);
    }
    return set;
  }
  /** One `http_req_duration` sample. */
  request(tags, second, msInSecond, durationMs) {
    const series = tags.series;
    const bucket = this.bucketFor(series, second);
    bucket.requests++;
    if (series.pendingBucket !== bucket || series.pendingCount === PENDING) {
      flushPending(series);
      series.pendingBucket = bucket;
    }
    series.pending[series.pendingCount++] = durationMs;
    if (tags.failed) bucket.failed++;
    if (!tags.hasExpectedResponse) this.requestsWithoutExpectedResponse++;
    if (!series.lifecycle) {
      const ms = second * 1e3 + msInSecond;
      this.spans(ms, ms);
    }
  }
  /** Widens the run's span of requests (epoch ms) to take in `firstMs`…`lastMs`. */
  spans(firstMs, lastMs) {
    if (firstMs < this.firstMs) this.firstMs = firstMs;
    if (lastMs > this.lastMs) this.lastMs = lastMs;
  }
  /**
   * `request` for `count` samples of one second counted elsewhere (the JMeter CSV reader's WebAssembly pass),
   * `failed` of them failures, the first at `firstMs` and the last at `lastMs`: returns the histogram their
   * latencies go into.
   */
  requests(tags, second, count, failed, firstMs, lastMs) {
    const series = tags.series;
    const bucket = this.bucketFor(series, second);
    flushPending(series);
    bucket.requests += count;
    bucket.failed += failed;
    if (!tags.hasExpectedResponse) this.requestsWithoutExpectedResponse += count;
    if (!series.lifecycle) this.spans(firstMs, lastMs);
    return bucket.latency;
  }
  /** A failed request known only from its `http_req_failed` sample (no `expected_response` tag). */
  failure(tags, second) {
    this.bucketFor(tags.series, second).failed++;
  }
  totalsAt(second) {
    if (second === this.lastTotalsSecond) return this.lastTotals;
    let totals = this.secondTotals.get(second);
    if (totals === void 0) {
      totals = new SecondTotals();
      this.secondTotals.set(second, totals);
    }
    this.lastTotalsSecond = second;
    this.lastTotals = totals;
    return totals;
  }
  threshold(metric, expressions) {
    if (expressions.length === 0) return;
    const existing = this.thresholds.get(metric);
    if (existing === void 0) {
      this.thresholds.set(metric, { metric, expressions: [...expressions] });
    } else {
      for (const e of expressions) if (!existing.expressions.includes(e)) existing.expressions.push(e);
    }
  }
  skip(reason, count = 1) {
    if (count > 0) this.skipped.set(reason, (this.skipped.get(reason) ?? 0) + count);
  }
  warn(message) {
    this.warnings.push(message);
  }
  /** Measured (non-lifecycle) series seen so far. */
  get seriesCount() {
    return this.series.size;
  }
  finish(options) {
    for (const series of this.series.values()) flushPending(series);
    for (const series of this.lifecycle.values()) flushPending(series);
    const secondTotals = /* @__PURE__ */ new Map();
    for (const second of [...this.secondTotals.keys()].sort((a, b) => a - b)) {
      secondTotals.set(second, this.secondTotals.get(second).toRunTotals());
    }
    const totals = emptyTotals();
    for (const t of secondTotals.values()) addTotals(totals, t, "max");
    if (this.foldedNames.size > 0) {
      this.warn(
        `more than ${this.maxSeries} distinct requests: ${this.foldedNames.size} further names were folded into '${FOLDED_NAME}'; give dynamic URLs a fixed \`name\` tag (k6 URL grouping) to compare them one by one`
      );
    }
    const run = {
      engine: options.engine,
      fidelity: "distribution",
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
      warnings: this.warnings
    };
    if (options.targetRate !== void 0) run.targetRate = options.targetRate;
    if (options.engineVersion !== void 0) run.engineVersion = options.engineVersion;
    return run;
  }
  seriesFor(requested) {
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
    if (series === void 0) {
      series = {
        key,
        id,
        lifecycle,
        seconds: /* @__PURE__ */ new Map(),
        lastSecond: Number.NaN,
        lastBucket: NO_BUCKET,
        pending: new Float64Array(PENDING),
        pendingCount: 0,
        pendingBucket: NO_BUCKET
      };
      map.set(id, series);
    }
    return series;
  }
  bucketFor(series, second) {
    if (series.lastSecond === second) return series.lastBucket;
    let bucket = series.seconds.get(second);
    if (bucket === void 0) {
      bucket = { requests: 0, failed: 0, latency: new LatencyHistogram() };
      series.seconds.set(second, bucket);
    }
    series.lastSecond = second;
    series.lastBucket = bucket;
    return bucket;
  }
};
function addTotals(into, from, vus) {
  into.iterations += from.iterations;
  into.droppedIterations += from.droppedIterations;
  into.checksPassed += from.checksPassed;
  into.checksFailed += from.checksFailed;
  const combine = vus === "max" ? Math.max : (a, b) => a + b;
  into.maxVUs = combine(into.maxVUs, from.maxVUs);
  if (from.maxVUsAllocated !== void 0) {
    into.maxVUsAllocated = combine(into.maxVUsAllocated ?? 0, from.maxVUsAllocated);
  }
}
function seriesFromBuckets(key, seconds) {
  let requests = 0;
  let failed = 0;
  for (const bucket of seconds.values()) {
    requests += bucket.requests;
    failed += bucket.failed;
  }
  const latency = LatencyHistogram.merged([...seconds.values()].map((b) => b.latency));
  return { key, id: seriesId(key), requests, failed, latency, seconds };
}
function finishSeries(accumulators) {
  const out = /* @__PURE__ */ new Map();
  for (const id of [...accumulators.keys()].sort()) {
    const acc = accumulators.get(id);
    const seconds = new Map([...acc.seconds].sort((a, b) => a[0] - b[0]));
    out.set(id, seriesFromBuckets(acc.key, seconds));
  }
  return out;
}

export {
  emptyTotals,
  RunAccumulator,
  addTotals,
  seriesFromBuckets
};
