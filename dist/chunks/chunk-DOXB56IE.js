import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  _enum,
  array,
  boolean,
  literal,
  number,
  object,
  record,
  string,
  tuple
} from "./chunk-CCUFI3I3.js";
import {
  RunFileError,
  snippet
} from "./chunk-KXACUDTB.js";
import {
  LatencyHistogram
} from "./chunk-PJLTGONB.js";
import {
  ENGINE_NAMES,
  LOAD_MODEL_SOURCES,
  seriesId
} from "./chunk-IEL6FNXH.js";

// src/results/serialize.ts
var RUN_FORMAT = "perf-gate-run";
var RUN_FORMAT_VERSION = 1;
var orNull = (v) => Number.isNaN(v) ? null : v;
var orNaN = (v) => v === null ? Number.NaN : v;
function histogramOut(h) {
  const j = h.toJSON();
  return { ...j, min: orNull(j.min), max: orNull(j.max) };
}
function seriesOut(s) {
  const out = {
    key: { ...s.key },
    requests: orNull(s.requests),
    failed: orNull(s.failed),
    latency: histogramOut(s.latency),
    seconds: [...s.seconds].map(([second, b]) => [second, b.requests, b.failed, histogramOut(b.latency)])
  };
  if (s.reportedQuantiles !== void 0) out.reportedQuantiles = { ...s.reportedQuantiles };
  return out;
}
function serializeRun(run) {
  const out = {
    format: RUN_FORMAT,
    version: RUN_FORMAT_VERSION,
    engine: run.engine,
    fidelity: run.fidelity,
    loadModel: run.loadModel,
    ...run.loadModelSource === void 0 ? {} : { loadModelSource: run.loadModelSource },
    ...run.loadModelOverridden === void 0 ? {} : { loadModelOverridden: { ...run.loadModelOverridden } },
    sources: [...run.sources],
    startMs: orNull(run.startMs),
    endMs: orNull(run.endMs),
    series: [...run.series.values()].map(seriesOut),
    lifecycle: [...run.lifecycle.values()].map(seriesOut),
    totals: { ...run.totals },
    thresholds: run.thresholds.map((t) => ({ ...t, expressions: [...t.expressions] })),
    skipped: { ...run.skipped },
    warnings: [...run.warnings]
  };
  if (run.totals.maxVUsAllocated === void 0) delete out.totals.maxVUsAllocated;
  if (run.cutFiles !== void 0) out.cutFiles = [...run.cutFiles];
  if (run.secondTotals !== void 0) {
    out.secondTotals = [...run.secondTotals].map(([second, t]) => [
      second,
      t.iterations,
      t.droppedIterations,
      t.checksPassed,
      t.checksFailed,
      t.maxVUs,
      t.maxVUsAllocated ?? null
    ]);
  }
  if (run.targetRate !== void 0) out.targetRate = run.targetRate;
  if (run.engineVersion !== void 0) out.engineVersion = run.engineVersion;
  if (run.service !== void 0) out.service = { ...run.service };
  return out;
}
function buildRunSchema() {
  const count = number().int().nonnegative();
  const histogramSchema = object({
    n: count,
    min: number().nullable(),
    max: number().nullable(),
    sum: number(),
    z: count,
    b: array(number().int())
  });
  const seriesSchema = object({
    key: object({ scenario: string(), group: string(), method: string(), name: string() }),
    requests: count.nullable(),
    failed: count.nullable(),
    latency: histogramSchema,
    seconds: array(tuple([number().int(), count, count, histogramSchema])),
    reportedQuantiles: record(string(), number()).optional()
  });
  const totalsSchema = object({
    iterations: number().nonnegative(),
    droppedIterations: number().nonnegative(),
    checksPassed: count,
    checksFailed: count,
    maxVUs: number().nonnegative(),
    maxVUsAllocated: number().nonnegative().optional()
  });
  const runSchema2 = object({
    format: literal(RUN_FORMAT),
    version: literal(RUN_FORMAT_VERSION),
    engine: _enum(ENGINE_NAMES),
    fidelity: _enum(["distribution", "summary"]),
    loadModel: _enum(["open", "closed", "unknown"]),
    loadModelSource: _enum(LOAD_MODEL_SOURCES).optional(),
    loadModelOverridden: object({
      loadModel: _enum(["open", "closed", "unknown"]),
      loadModelSource: _enum(LOAD_MODEL_SOURCES)
    }).optional(),
    sources: array(string()),
    startMs: number().nullable(),
    endMs: number().nullable(),
    series: array(seriesSchema),
    lifecycle: array(seriesSchema),
    totals: totalsSchema,
    secondTotals: array(
      tuple([number().int(), number(), number(), count, count, number(), number().nullable()])
    ).optional(),
    thresholds: array(
      object({ metric: string(), expressions: array(string()), crossed: boolean().optional() })
    ),
    skipped: record(string(), count),
    warnings: array(string()),
    targetRate: number().positive().optional(),
    engineVersion: string().optional(),
    cutFiles: array(string()).optional(),
    service: object({
      source: _enum(["process tree", "cgroup"]),
      seconds: number().nonnegative(),
      cpuSeconds: number().nonnegative(),
      cpuWaitSeconds: number().nonnegative(),
      peakRssBytes: number().nonnegative(),
      rssGrowthBytesPerSecond: number(),
      generatorCpuSeconds: number().nonnegative(),
      machineBusy: number().min(0).max(1).optional(),
      cpuBySecond: array(tuple([number().int(), number().nonnegative()])).optional()
    }).optional()
  });
  return runSchema2;
}
var runSchema;
function deserializeRun(json, source) {
  const fail = (what) => {
    if (source === void 0) throw new Error(what);
    throw new RunFileError(source, void 0, what);
  };
  const r = validRunJson(json, fail);
  const run = {
    engine: r.engine,
    fidelity: r.fidelity,
    loadModel: r.loadModel,
    ...r.loadModelSource === void 0 ? {} : { loadModelSource: r.loadModelSource },
    ...r.loadModelOverridden === void 0 ? {} : { loadModelOverridden: r.loadModelOverridden },
    sources: r.sources,
    startMs: orNaN(r.startMs),
    endMs: orNaN(r.endMs),
    series: seriesIn(r.series, "series", fail),
    lifecycle: seriesIn(r.lifecycle, "lifecycle", fail),
    totals: r.totals,
    thresholds: r.thresholds,
    skipped: r.skipped,
    warnings: r.warnings
  };
  if (r.secondTotals !== void 0) run.secondTotals = secondTotalsIn(r.secondTotals);
  if (r.targetRate !== void 0) run.targetRate = r.targetRate;
  if (r.engineVersion !== void 0) run.engineVersion = r.engineVersion;
  if (r.cutFiles !== void 0) run.cutFiles = r.cutFiles;
  if (r.service !== void 0) run.service = { ...r.service };
  return run;
}
function validRunJson(json, fail) {
  let value = json;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch (err) {
      fail(`not JSON (${snippet(err.message, 120)}): expected a perf-gate run`);
    }
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return fail(
      `not a perf-gate run: expected a JSON object, got ${value === null ? "null" : Array.isArray(value) ? "an array" : typeof value}`
    );
  }
  const head = value;
  if (head.format !== RUN_FORMAT) {
    return fail(
      `not a perf-gate run: expected "format": "${RUN_FORMAT}", got ${JSON.stringify(head.format)}`
    );
  }
  if (head.version !== RUN_FORMAT_VERSION) {
    const newer = typeof head.version === "number" && head.version > RUN_FORMAT_VERSION;
    return fail(
      `perf-gate run format version ${JSON.stringify(head.version)} is not readable (this perf-gate reads version ${RUN_FORMAT_VERSION}${newer ? "; it was written by a newer perf-gate" : ""})`
    );
  }
  runSchema ??= buildRunSchema();
  const parsed = runSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(
      // Stryker disable next-line Regex: equivalent, every zod message this schema gives that holds "Invalid input: " starts with it
      `not a perf-gate run: ${pathText(issue.path)}: ${issue.message.replace(/^Invalid input: /, "")}`
    );
  }
  return parsed.data;
}
function seriesIn(list, where, fail) {
  const out = /* @__PURE__ */ new Map();
  list.forEach((s, i) => {
    const at = `${where}[${i}]`;
    const id = seriesId(s.key);
    if (out.has(id)) fail(`not a perf-gate run: ${at}: series "${id}" appears twice`);
    const seconds = /* @__PURE__ */ new Map();
    s.seconds.forEach(([second, requests, failed, h], j) => {
      if (seconds.has(second))
        fail(`not a perf-gate run: ${at}.seconds[${j}]: second ${second} appears twice`);
      seconds.set(second, { requests, failed, latency: histogramIn(h, `${at}.seconds[${j}][3]`, fail) });
    });
    const series = {
      key: s.key,
      id,
      requests: orNaN(s.requests),
      failed: orNaN(s.failed),
      latency: histogramIn(s.latency, `${at}.latency`, fail),
      seconds
    };
    if (s.reportedQuantiles !== void 0) series.reportedQuantiles = s.reportedQuantiles;
    out.set(id, series);
  });
  return out;
}
function secondTotalsIn(tuples) {
  return new Map(
    tuples.map(([second, iterations, droppedIterations, checksPassed, checksFailed, maxVUs, allocated]) => {
      const t = { iterations, droppedIterations, checksPassed, checksFailed, maxVUs };
      if (allocated !== null) t.maxVUsAllocated = allocated;
      return [second, t];
    })
  );
}
function histogramIn(h, at, fail) {
  if (h.b.length % 2 !== 0) fail(`not a perf-gate run: ${at}.b: expected [keyDelta, count, \u2026] pairs`);
  let binned = 0;
  for (let i = 1; i < h.b.length; i += 2) {
    if (!(h.b[i] > 0)) fail(`not a perf-gate run: ${at}.b[${i}]: expected a bin count > 0`);
    binned += h.b[i];
  }
  if (h.n !== h.z + binned) {
    fail(`not a perf-gate run: ${at}: n = ${h.n} but zero count and bins hold ${h.z + binned} values`);
  }
  if (h.n > 0 && (h.min === null || h.max === null))
    fail(`not a perf-gate run: ${at}: min and max are required`);
  return LatencyHistogram.fromJSON({ ...h, min: orNaN(h.min), max: orNaN(h.max) });
}
function pathText(path) {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : `${out === "" ? "" : "."}${String(p)}`;
  return out;
}

export {
  RUN_FORMAT,
  serializeRun,
  deserializeRun
};
