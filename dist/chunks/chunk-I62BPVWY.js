import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);

// src/report/format.ts
var NOT_AVAILABLE = "n/a";
var METRIC_LABELS = {
  p50: "P50",
  p90: "P90",
  p95: "P95",
  p99: "P99",
  throughput: "throughput",
  error_rate: "error rate",
  cpu_per_request: "CPU per request",
  peak_rss: "peak RSS"
};
var METRIC_ORDER = ["p50", "p90", "p95", "p99", "throughput", "error_rate"];
var UNIT_OF = {
  p50: "ms",
  p90: "ms",
  p95: "ms",
  p99: "ms",
  throughput: "req/s",
  error_rate: "ratio",
  cpu_per_request: "ms",
  peak_rss: "MB"
};
function metricLabel(metric) {
  return METRIC_LABELS[metric];
}
function metricFigures(values) {
  return METRIC_ORDER.map((m) => formatValue(values[m] ?? Number.NaN, UNIT_OF[m]));
}
function capitalize(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
function formatValue(value, unit) {
  if (!Number.isFinite(value)) return NOT_AVAILABLE;
  switch (unit) {
    case "ms":
      if (Math.abs(Number(value.toPrecision(3))) >= 1e3) return `${significant(value / 1e3)} s`;
      return `${significant(value)} ms`;
    case "req/s":
      return `${significant(value)} req/s`;
    case "ratio":
      return formatPercent(value, value === 0 ? 0 : value < 0.01 ? 2 : 1);
    case "MB":
      return `${significant(value)} MB`;
  }
}
function significant(x) {
  if (!Number.isFinite(x)) return NOT_AVAILABLE;
  const rounded = Number(x.toPrecision(3));
  const abs = Math.abs(rounded);
  if (abs >= 1e3) return Math.round(x).toLocaleString("en-US");
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return rounded.toFixed(digits);
}
function formatPercent(fraction, digits = 1) {
  if (!Number.isFinite(fraction)) return NOT_AVAILABLE;
  return `${(fraction * 100).toFixed(digits)}%`;
}
function formatChange(change, kind) {
  if (!Number.isFinite(change)) return NOT_AVAILABLE;
  const sign = change > 0 ? "+" : change < 0 ? "-" : "";
  const pct = Math.abs(change * 100);
  if (kind === "absolute") return `${sign}${pct.toFixed(2)} pp`;
  const digits = pct >= 100 ? 0 : pct >= 1 ? 1 : 2;
  return `${sign}${pct.toFixed(digits)}%`;
}
function formatInterval(interval, kind) {
  return `[${formatChange(interval[0], kind)}, ${formatChange(interval[1], kind)}]`;
}
function formatChangeWithInterval(m) {
  return `${formatChange(m.change, m.changeKind)} ${formatInterval(m.interval, m.changeKind)}`;
}
function formatNoiseFloor(m) {
  if (!Number.isFinite(m.noiseFloor)) return NOT_AVAILABLE;
  if (m.changeKind === "relative") {
    const half = Math.log1p(Math.abs(m.noiseFloor));
    return `${formatChange(Math.expm1(half), "relative")} / ${formatChange(Math.expm1(-half), "relative")}`;
  }
  return `\xB1${formatChange(Math.abs(m.noiseFloor), m.changeKind).replace(/^\+/, "")}`;
}
var MINUTE = 6e4;
var HOUR = 60 * MINUTE;
var DAY = 24 * HOUR;
function formatAge(nowMs, timeMs) {
  const ageMs = timeMs === void 0 ? Number.NaN : nowMs - timeMs;
  if (!Number.isFinite(ageMs)) return "of unknown age";
  if (ageMs < MINUTE) return "less than a minute old";
  if (ageMs < HOUR) return `${Math.floor(ageMs / MINUTE)} min old`;
  if (ageMs < 2 * DAY) return `${Math.floor(ageMs / HOUR)} h old`;
  return `${Math.floor(ageMs / DAY)} days old`;
}
function formatDate(timeMs) {
  return new Date(timeMs).toISOString().slice(0, 10);
}
function shortSha(sha) {
  return /^[0-9a-f]{8,}$/i.test(sha) ? sha.slice(0, 7) : sha;
}
function chartNumber(value) {
  if (!Number.isFinite(value)) throw new Error(`chart value must be finite, got ${value}`);
  const abs = Math.abs(value);
  const fixed = value.toFixed(abs >= 1e3 ? 0 : abs >= 10 ? 2 : 3);
  const trimmed = fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
  return trimmed === "-0" ? "0" : trimmed;
}

export {
  METRIC_ORDER,
  UNIT_OF,
  metricLabel,
  metricFigures,
  capitalize,
  formatValue,
  significant,
  formatPercent,
  formatChange,
  formatInterval,
  formatChangeWithInterval,
  formatNoiseFloor,
  formatAge,
  formatDate,
  shortSha,
  chartNumber
};
