import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  addTotals,
  emptyTotals,
  seriesFromBuckets
} from "./chunk-3GBNS6AV.js";

// src/results/warmup.ts
var WarmupTooLongError = class extends Error {
  name = "WarmupTooLongError";
};
function trimWarmup(run, seconds) {
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new Error(`warm-up must be a number of seconds \u2265 0, got ${seconds}`);
  }
  if (seconds === 0) return run;
  if (run.fidelity !== "distribution") {
    throw new Error(
      `cannot drop a warm-up from ${run.sources.join(", ")}: a k6 summary export has no per-second data (use --out json)`
    );
  }
  const cutMs = run.startMs + seconds * 1e3;
  const firstKept = Math.ceil(cutMs / 1e3);
  const series = /* @__PURE__ */ new Map();
  let droppedRequests = 0;
  let keptStart = Number.POSITIVE_INFINITY;
  for (const [id, s] of run.series) {
    const kept = /* @__PURE__ */ new Map();
    for (const [second, bucket] of s.seconds) {
      if (second >= firstKept) {
        kept.set(second, bucket);
        keptStart = Math.min(keptStart, second);
      } else {
        droppedRequests += bucket.requests;
      }
    }
    if (kept.size > 0) series.set(id, seriesFromBuckets(s.key, kept));
  }
  if (series.size === 0) {
    const lasted = ((run.endMs - run.startMs) / 1e3).toFixed(1);
    throw new WarmupTooLongError(
      `a warm-up of ${seconds} s removes every request of ${run.sources.join(", ")} (the run lasted ${lasted} s): give a warm-up (warmup, --warmup) shorter than the run`
    );
  }
  const trimmed = {
    ...run,
    startMs: Math.max(run.startMs, keptStart * 1e3),
    series,
    skipped: { ...run.skipped },
    warnings: [
      ...run.warnings,
      `warm-up: dropped the first ${seconds} s (samples before ${new Date(firstKept * 1e3).toISOString()}), ${droppedRequests} requests`
    ]
  };
  if (droppedRequests > 0)
    trimmed.skipped["warm-up request"] = (run.skipped["warm-up request"] ?? 0) + droppedRequests;
  if (run.secondTotals !== void 0) {
    const secondTotals = /* @__PURE__ */ new Map();
    const totals = emptyTotals();
    for (const [second, t] of run.secondTotals) {
      if (second < firstKept) continue;
      secondTotals.set(second, t);
      addTotals(totals, t, "max");
    }
    trimmed.secondTotals = secondTotals;
    trimmed.totals = totals;
  }
  return trimmed;
}

export {
  WarmupTooLongError,
  trimWarmup
};
