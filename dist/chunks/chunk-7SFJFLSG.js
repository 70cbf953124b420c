import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  LatencyHistogram
} from "./chunk-PJLTGONB.js";

// src/stats/metrics.ts
var METRIC_SPECS = {
  p50: {
    name: "p50",
    unit: "ms",
    changeKind: "relative",
    scale: "log",
    worse: 1,
    quantile: 0.5,
    label: "P50"
  },
  p90: {
    name: "p90",
    unit: "ms",
    changeKind: "relative",
    scale: "log",
    worse: 1,
    quantile: 0.9,
    label: "P90"
  },
  p95: {
    name: "p95",
    unit: "ms",
    changeKind: "relative",
    scale: "log",
    worse: 1,
    quantile: 0.95,
    label: "P95"
  },
  p99: {
    name: "p99",
    unit: "ms",
    changeKind: "relative",
    scale: "log",
    worse: 1,
    quantile: 0.99,
    label: "P99"
  },
  throughput: {
    name: "throughput",
    unit: "req/s",
    changeKind: "relative",
    scale: "log",
    worse: -1,
    label: "throughput"
  },
  error_rate: {
    name: "error_rate",
    unit: "ratio",
    changeKind: "absolute",
    scale: "identity",
    worse: 1,
    label: "error rate"
  },
  cpu_per_request: {
    name: "cpu_per_request",
    unit: "ms",
    changeKind: "relative",
    scale: "log",
    worse: 1,
    label: "CPU per request"
  },
  peak_rss: {
    name: "peak_rss",
    unit: "MB",
    changeKind: "relative",
    scale: "log",
    worse: 1,
    label: "peak RSS"
  }
};
var SERIES_METRICS = [
  "p50",
  "p90",
  "p95",
  "p99",
  "throughput",
  "error_rate"
];
var RESOURCE_METRICS = ["cpu_per_request", "peak_rss"];
var METRIC_NAMES = [...SERIES_METRICS, ...RESOURCE_METRICS];
var LATENCY_METRICS = ["p50", "p90", "p95", "p99"];
function isMetricName(value) {
  return METRIC_NAMES.includes(value);
}
function toChange(spec, analysisValue) {
  return spec.scale === "log" ? Math.expm1(analysisValue) : analysisValue;
}
function formatChange(spec, change) {
  if (!Number.isFinite(change)) return String(change);
  const sign = change > 0 ? "+" : change < 0 ? "\u2212" : "\xB1";
  const magnitude = Math.abs(change) * 100;
  return spec.changeKind === "relative" ? `${sign}${magnitude.toFixed(magnitude < 10 ? 1 : 0)}%` : `${sign}${magnitude.toFixed(2)} pp`;
}
function formatValue(spec, value) {
  if (!Number.isFinite(value)) return String(value);
  if (spec.unit === "ratio") return `${(value * 100).toFixed(2)}%`;
  if (spec.unit === "MB") return `${value.toFixed(1)} MB`;
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${spec.unit}`;
}

// src/stats/time-blocks.ts
function batchLength(seconds) {
  return Math.max(1, Math.floor(Math.sqrt(seconds)));
}
function sumVarianceOBM(y, length = batchLength(y.length)) {
  const T = y.length;
  if (T < 2) return void 0;
  const L = Math.min(length, T - 1);
  let total = 0;
  for (let i = 0; i < T; i++) total += y[i];
  const mean = total / T;
  let window = 0;
  for (let i = 0; i < L; i++) window += y[i];
  let squares = 0;
  for (let j = 0; ; j++) {
    const d = window / L - mean;
    squares += d * d;
    if (j + L >= T) break;
    window += y[j + L] - y[j];
  }
  const sigma2 = L * T / ((T - L) * (T - L + 1)) * squares;
  return { variance: T * sigma2, df: Math.max(1, 1.5 * T / L - 1) };
}

// src/stats/run-metrics.ts
function totalRequests(metrics) {
  return metrics.reduce((a, m) => a + m.requests, 0);
}
var WOODRUFF_Z = 1.96;
function secondsTable(series) {
  if (series.seconds.size === 0) return void 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const s of series.seconds.keys()) {
    if (s < first) first = s;
    if (s > last) last = s;
  }
  const T = last - first + 1;
  const table = {
    requests: new Float64Array(T),
    failed: new Float64Array(T),
    latency: new Array(T)
  };
  for (const [s, bucket] of series.seconds) {
    table.requests[s - first] = bucket.requests;
    table.failed[s - first] = bucket.failed;
    table.latency[s - first] = bucket.latency;
  }
  return table;
}
function shareVariance(a, n) {
  let A = 0;
  let N = 0;
  for (let i = 0; i < n.length; i++) {
    A += a[i];
    N += n[i];
  }
  const share = A / N;
  const residuals = new Float64Array(n.length);
  for (let i = 0; i < n.length; i++) residuals[i] = a[i] - share * n[i];
  const obm = sumVarianceOBM(residuals);
  return obm === void 0 ? { variance: 0, df: 1 } : { variance: obm.variance / (N * N), df: obm.df };
}
function latencyMetrics(series, table) {
  const out = {};
  const h = series.latency;
  const specs = LATENCY_METRICS.map((m) => METRIC_SPECS[m]);
  const quantiles = specs.map((s) => h.quantile(s.quantile));
  const T = table?.latency.length ?? 0;
  const counts = quantiles.map(() => new Float64Array(T));
  const perSecond = new Float64Array(T);
  let total = 0;
  if (table) {
    for (let t = 0; t < T; t++) {
      const second = table.latency[t];
      if (!second || second.count === 0) continue;
      perSecond[t] = second.count;
      total += second.count;
      second.forEachBin((value, count) => {
        const k = quantiles.findIndex((q) => value <= q);
        if (k >= 0) counts[k][t] = counts[k][t] + count;
      });
      for (let k = 1; k < quantiles.length; k++) counts[k][t] = counts[k][t] + counts[k - 1][t];
    }
  }
  specs.forEach((spec, k) => {
    const q = quantiles[k];
    const base = { value: q, requests: h.count };
    if (h.count === 0) {
      out[spec.name] = { ...base, value: Number.NaN, unavailable: "no requests" };
      return;
    }
    if (!(q > 0)) {
      out[spec.name] = { ...base, unavailable: `${spec.label} is 0 ms (requests that never connected)` };
      return;
    }
    if (total === 0) {
      out[spec.name] = base;
      return;
    }
    const p = spec.quantile;
    const { variance, df } = shareVariance(counts[k], perSecond);
    const binomial = p * (1 - p) / total;
    const seShare = Math.sqrt(Math.max(variance, binomial));
    const span = WOODRUFF_Z * Math.sqrt(binomial);
    const pLo = Math.max(0, p - span);
    const pHi = Math.min(1, p + span);
    const qLo = h.quantile(pLo);
    const qHi = h.quantile(pHi);
    const slope = qLo > 0 ? Math.log(qHi / qLo) / (pHi - pLo) : Math.log(qHi / q) / (pHi - p);
    out[spec.name] = { ...base, withinVar: (slope * seShare) ** 2, withinDf: df };
  });
  return out;
}
function reportedQuantile(series, name) {
  const r = series.reportedQuantiles;
  if (!r) return void 0;
  const p = name.slice(1);
  return r[name] ?? r[`p(${p})`] ?? (name === "p50" ? r.med ?? r.median : void 0);
}
function summaryLatencyMetrics(series) {
  const out = {};
  for (const name of LATENCY_METRICS) {
    const v = reportedQuantile(series, name);
    const spec = METRIC_SPECS[name];
    out[name] = v === void 0 ? {
      value: Number.NaN,
      requests: series.requests,
      unavailable: `the summary reports no ${spec.label}`
    } : v > 0 ? { value: v, requests: series.requests } : { value: v, requests: series.requests, unavailable: `${spec.label} is 0 ms` };
  }
  return out;
}
function throughputMetric(run, series, table) {
  const seconds = (run.endMs - run.startMs) / 1e3;
  if (!(seconds > 0))
    return { value: Number.NaN, requests: series.requests, unavailable: "the run has no measured duration" };
  const value = series.requests / seconds;
  if (!table) return { value, requests: series.requests };
  const counts = table.requests.length >= 4 ? table.requests.subarray(1, -1) : table.requests;
  const obm = sumVarianceOBM(counts);
  if (!obm) return { value, requests: series.requests };
  let sum = 0;
  for (let i = 0; i < counts.length; i++) sum += counts[i];
  return {
    value,
    requests: series.requests,
    withinVar: sum > 0 ? obm.variance / (sum * sum) : 0,
    withinDf: obm.df
  };
}
function shareVarianceFloor(failed, n) {
  const adjusted = (failed + 1) / (n + 2);
  return adjusted * (1 - adjusted) / (n + 2);
}
function errorRateMetric(series, table) {
  const n = series.requests;
  if (n === 0) return { value: Number.NaN, requests: 0, unavailable: "no requests" };
  const value = series.failed / n;
  if (!table) return { value, requests: n };
  const { variance, df } = shareVariance(table.failed, table.requests);
  return {
    value,
    requests: n,
    withinVar: Math.max(variance, shareVarianceFloor(series.failed, n)),
    withinDf: df
  };
}
var cache = /* @__PURE__ */ new WeakMap();
function runSeriesMetrics(run, series) {
  const hit = cache.get(series);
  if (hit && hit.run === run) return hit.metrics;
  const distribution = run.fidelity === "distribution";
  const table = distribution ? secondsTable(series) : void 0;
  const latency = distribution ? latencyMetrics(series, table) : summaryLatencyMetrics(series);
  const metrics = {
    ...latency,
    throughput: throughputMetric(run, series, table),
    error_rate: errorRateMetric(series, table)
  };
  cache.set(series, { run, metrics });
  return metrics;
}

// src/stats/pooled.ts
function pooledValue(runs, seriesId, metric) {
  const present = runs.filter((r) => r.series.has(seriesId));
  const series = present.map((r) => r.series.get(seriesId));
  const spec = METRIC_SPECS[metric];
  if (spec.quantile !== void 0) {
    if (present.every((r) => r.fidelity === "distribution")) {
      const merged = new LatencyHistogram();
      for (const s of series) merged.merge(s.latency);
      return merged.quantile(spec.quantile);
    }
    const values = present.map((r, i) => runSeriesMetrics(r, series[i])[metric].value);
    return Math.exp(values.reduce((a, v) => a + Math.log(v), 0) / values.length);
  }
  const requests = series.reduce((a, s) => a + s.requests, 0);
  if (metric === "error_rate") return series.reduce((a, s) => a + s.failed, 0) / requests;
  const seconds = present.reduce((a, r) => a + (r.endMs - r.startMs) / 1e3, 0);
  return seconds > 0 ? requests / seconds : Number.NaN;
}
function adjustedErrorRate(runs, seriesId) {
  let failed = 0;
  let requests = 0;
  for (const run of runs) {
    const s = run.series.get(seriesId);
    if (s) {
      failed += s.failed;
      requests += s.requests;
    }
  }
  return (failed + 1) / (requests + 2);
}

// src/stats/history-figures.ts
function headlineFigures(runs) {
  const ids = /* @__PURE__ */ new Set();
  for (const run of runs) for (const id of run.series.keys()) ids.add(id);
  const headline = {};
  for (const id of [...ids].sort()) {
    const figures = {};
    for (const metric of SERIES_METRICS) {
      const value = pooledValue(runs, id, metric);
      if (Number.isFinite(value)) figures[metric] = value;
    }
    headline[id] = figures;
  }
  return headline;
}

export {
  METRIC_SPECS,
  SERIES_METRICS,
  RESOURCE_METRICS,
  METRIC_NAMES,
  isMetricName,
  toChange,
  formatChange,
  formatValue,
  totalRequests,
  shareVarianceFloor,
  runSeriesMetrics,
  pooledValue,
  adjustedErrorRate,
  headlineFigures
};
