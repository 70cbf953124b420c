import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  LatencyHistogram,
  seriesId
} from "./chunk-DEKW3TL5.js";

// src/results/errors.ts
var RunFileError = class extends Error {
  file;
  line;
  constructor(file, line, message) {
    super(line === void 0 ? `${file}: ${message}` : `${file}:${line}: ${message}`);
    this.name = "RunFileError";
    this.file = file;
    this.line = line;
  }
};
function snippet(text, max = 80) {
  const oneLine = text.replace(/\s+/g, " ");
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max)}\u2026`;
}
function unreadable(file, err) {
  const e = err;
  return new RunFileError(file, void 0, `cannot read the file (${e.code ?? e.message})`);
}

// src/results/run-accumulator.ts
var PENDING = 256;
var NO_BUCKET = { requests: 0, failed: 0, latency: new LatencyHistogram() };
function flushPending(series) {
  if (series.pendingCount === 0) return;
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
    const bucket = series.lastSecond === second ? series.lastBucket : this.bucketFor(series, second);
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
      if (ms < this.firstMs) this.firstMs = ms;
      if (ms > this.lastMs) this.lastMs = ms;
    }
  }
  /** A failed request known only from its `http_req_failed` sample (no `expected_response` tag). */
  failure(tags, second) {
    const series = tags.series;
    const bucket = series.lastSecond === second ? series.lastBucket : this.bucketFor(series, second);
    bucket.failed++;
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
  for (const acc of [...accumulators.values()].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) {
    const seconds = new Map([...acc.seconds].sort((a, b) => a[0] - b[0]));
    out.set(acc.id, seriesFromBuckets(acc.key, seconds));
  }
  return out;
}

// src/results/merge.ts
function mergeRuns(runs) {
  if (runs.length === 0) throw new Error("mergeRuns: no runs to merge");
  const summary = runs.find((r) => r.fidelity !== "distribution");
  if (summary !== void 0) {
    throw new Error(
      `cannot merge ${summary.sources.join(", ")}: a k6 summary holds quantiles only, and quantiles do not add (use --out json for runs that are to be merged)`
    );
  }
  const engines = new Set(runs.map((r) => r.engine));
  if (engines.size > 1) throw new Error(`cannot merge runs of different engines: ${[...engines].join(", ")}`);
  if (runs.length === 1) return runs[0];
  const warnings = unite(runs.flatMap((r) => r.warnings));
  const merged = {
    engine: runs[0].engine,
    fidelity: "distribution",
    ...mergeLoadModel(runs),
    sources: runs.flatMap((r) => r.sources),
    startMs: Math.min(...runs.map((r) => r.startMs)),
    endMs: Math.max(...runs.map((r) => r.endMs)),
    series: mergeSeries(runs.map((r) => r.series)),
    lifecycle: mergeSeries(runs.map((r) => r.lifecycle)),
    totals: emptyTotals(),
    thresholds: mergeThresholds(runs.map((r) => r.thresholds)),
    skipped: addCounts(runs.map((r) => r.skipped)),
    warnings
  };
  const cutFiles = runs.flatMap((r) => r.cutFiles ?? []);
  if (cutFiles.length > 0) merged.cutFiles = cutFiles;
  if (runs.every((r) => r.secondTotals !== void 0)) {
    const secondTotals = /* @__PURE__ */ new Map();
    for (const run of runs) {
      for (const [second, t] of run.secondTotals) {
        let into = secondTotals.get(second);
        if (into === void 0) {
          into = emptyTotals();
          secondTotals.set(second, into);
        }
        addTotals(into, t, "sum");
      }
    }
    merged.secondTotals = new Map([...secondTotals].sort((a, b) => a[0] - b[0]));
    for (const t of merged.secondTotals.values()) addTotals(merged.totals, t, "max");
  } else {
    merged.totals = totalsByOverlap(runs);
  }
  const same = (what, values) => {
    const distinct = new Set(values);
    if (distinct.size === 1) return values[0];
    const shown = [...distinct].map((v) => v === void 0 ? "none" : String(v));
    warnings.push(`merged runs disagree on ${what} (${shown.join(", ")}): dropped it`);
    return void 0;
  };
  const targetRate = same(
    "the target rate",
    runs.map((r) => r.targetRate)
  );
  if (targetRate !== void 0) merged.targetRate = targetRate;
  const engineVersion = same(
    "the engine version",
    runs.map((r) => r.engineVersion)
  );
  if (engineVersion !== void 0) merged.engineVersion = engineVersion;
  return merged;
}
function mergeLoadModel(runs) {
  const known = new Set(runs.map((r) => r.loadModel).filter((m) => m !== "unknown"));
  if (known.size > 1) throw new Error(`cannot merge runs of different load models: ${[...known].join(", ")}`);
  const decided = runs.find((r) => r.loadModel !== "unknown") ?? runs[0];
  return decided.loadModelSource === void 0 ? { loadModel: decided.loadModel } : { loadModel: decided.loadModel, loadModelSource: decided.loadModelSource };
}
function mergeSeries(maps) {
  const byId = /* @__PURE__ */ new Map();
  for (const map of maps) {
    for (const [id, s] of map) {
      let acc = byId.get(id);
      if (acc === void 0) {
        acc = { key: s.key, seconds: /* @__PURE__ */ new Map() };
        byId.set(id, acc);
      }
      for (const [second, b] of s.seconds) {
        const into = acc.seconds.get(second);
        if (into === void 0) {
          acc.seconds.set(second, { requests: b.requests, failed: b.failed, latency: b.latency.clone() });
        } else {
          into.requests += b.requests;
          into.failed += b.failed;
          into.latency.merge(b.latency);
        }
      }
    }
  }
  const out = /* @__PURE__ */ new Map();
  for (const id of [...byId.keys()].sort()) {
    const acc = byId.get(id);
    out.set(id, seriesFromBuckets(acc.key, new Map([...acc.seconds].sort((a, b) => a[0] - b[0]))));
  }
  for (const map of maps) {
    for (const [id, s] of map) {
      if (s.seconds.size > 0) continue;
      const o = out.get(id);
      o.requests += s.requests;
      o.failed += s.failed;
      o.latency = o.latency.count === 0 ? s.latency.clone() : o.latency.merge(s.latency);
    }
  }
  return out;
}
function totalsByOverlap(runs) {
  const totals = emptyTotals();
  for (const r of runs) addTotals(totals, { ...r.totals, maxVUs: 0, maxVUsAllocated: void 0 }, "max");
  const overlaps = runs.some(
    (a, i) => runs.some((b, j) => i !== j && a.startMs < b.endMs && b.startMs < a.endMs)
  );
  const combine = (pick) => {
    const values = runs.map((r) => pick(r.totals)).filter((v) => v !== void 0);
    if (values.length === 0) return void 0;
    return overlaps ? values.reduce((a, b) => a + b, 0) : Math.max(...values);
  };
  totals.maxVUs = combine((t) => t.maxVUs) ?? 0;
  const allocated = combine((t) => t.maxVUsAllocated);
  if (allocated !== void 0) totals.maxVUsAllocated = allocated;
  else delete totals.maxVUsAllocated;
  return totals;
}
function mergeThresholds(lists) {
  const byMetric = /* @__PURE__ */ new Map();
  for (const list of lists) {
    for (const t of list) {
      const into = byMetric.get(t.metric);
      if (into === void 0) {
        byMetric.set(t.metric, { ...t, expressions: [...t.expressions] });
        continue;
      }
      for (const e of t.expressions) if (!into.expressions.includes(e)) into.expressions.push(e);
      if (t.crossed === true || into.crossed === true) into.crossed = true;
      else if (t.crossed === void 0 || into.crossed === void 0) delete into.crossed;
    }
  }
  return [...byMetric.values()];
}
function addCounts(records) {
  const out = {};
  for (const r of records) for (const [k, v] of Object.entries(r)) out[k] = (out[k] ?? 0) + v;
  return out;
}
function unite(items) {
  return [...new Set(items)];
}

export {
  RunFileError,
  snippet,
  unreadable,
  emptyTotals,
  RunAccumulator,
  addTotals,
  seriesFromBuckets,
  mergeRuns,
  mergeSeries
};
