import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  addTotals,
  emptyTotals,
  seriesFromBuckets
} from "./chunk-3GBNS6AV.js";

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
      o.latency.merge(s.latency);
    }
  }
  return out;
}
function totalsByOverlap(runs) {
  const totals = emptyTotals();
  for (const r of runs) addTotals(totals, { ...r.totals, maxVUs: 0, maxVUsAllocated: void 0 }, "max");
  totals.maxVUs = peakConcurrent(runs, (t) => t.maxVUs) ?? 0;
  const allocated = peakConcurrent(runs, (t) => t.maxVUsAllocated);
  if (allocated !== void 0) totals.maxVUsAllocated = allocated;
  return totals;
}
function peakConcurrent(runs, pick) {
  const events = [];
  for (const r of runs) {
    const value = pick(r.totals);
    if (value !== void 0) events.push([r.startMs, value], [r.endMs, -value]);
  }
  if (events.length === 0) return void 0;
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let now = 0;
  let peak = 0;
  for (const [, change] of events) {
    now += change;
    peak = Math.max(peak, now);
  }
  return peak;
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
  mergeRuns,
  mergeSeries
};
