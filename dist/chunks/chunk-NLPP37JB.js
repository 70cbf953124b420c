import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  METRIC_ORDER,
  metricFigures,
  metricLabel
} from "./chunk-I62BPVWY.js";
import {
  headlineFigures
} from "./chunk-7SFJFLSG.js";
import {
  LatencyHistogram
} from "./chunk-PJLTGONB.js";
import {
  measuredRequests
} from "./chunk-IEL6FNXH.js";

// src/stats/bottleneck.ts
var MB = 1024 * 1024;
function summarizeResources(runs) {
  if (runs.some((r) => r.service === void 0)) return void 0;
  const services = runs.map((r) => r.service);
  const seconds = services.reduce((a, s) => a + s.seconds, 0);
  if (!(seconds > 0)) return void 0;
  const cpu = services.reduce((a, s) => a + s.cpuSeconds, 0);
  const requests = runs.reduce((a, r) => a + measuredRequests(r).requests, 0);
  const latency = new LatencyHistogram();
  for (const run of runs) for (const series of run.series.values()) latency.merge(series.latency);
  return {
    runSeconds: seconds / runs.length,
    cores: cpu / seconds,
    demand: (cpu + services.reduce((a, s) => a + s.cpuWaitSeconds, 0)) / seconds,
    generatorCores: services.reduce((a, s) => a + s.generatorCpuSeconds, 0) / seconds,
    cpuPerRequestMs: requests > 0 ? cpu * 1e3 / requests : Number.NaN,
    p50Ms: latency.quantile(0.5),
    // NaN when no request was measured
    peakMb: Math.max(...services.map((s) => s.peakRssBytes)) / MB,
    growthMbPerSecond: services.reduce((a, s) => a + s.rssGrowthBytesPerSecond, 0) / services.length / MB
  };
}
var short = (x) => x >= 10 ? x.toFixed(0) : x >= 1 ? x.toFixed(1) : x.toFixed(2);
var percent = (x) => `${(x * 100).toFixed(0)}%`;
function bottleneckLine(summary, cpuCount) {
  const s = summary;
  if (s.generatorCores >= 0.85)
    return `the load generator used ${short(s.generatorCores)} of a core: it, not the service, may have limited the load`;
  const growth = s.growthMbPerSecond;
  if (growth * s.runSeconds >= Math.max(8, 0.15 * s.peakMb))
    return `memory growing: RSS +${short(growth)} MB/s over the run (peak ${short(s.peakMb)} MB)`;
  const whole = Math.max(1, Math.ceil(s.demand - 0.25));
  const runnable = s.demand >= 0.75 * whole;
  const waited = s.demand - s.cores >= 0.1 ? `, waiting for a CPU another ${short(s.demand - s.cores)}` : "";
  if (runnable && s.cores >= 0.4 * whole)
    return `CPU-bound: service at ${short(s.cores)} of ${cpuCount} cores${waited}`;
  if (!runnable && s.cores < 0.5 && s.p50Ms >= 4 * s.cpuPerRequestMs)
    return `waiting: service CPU ${percent(s.cores)} of a core while a request took ${short(s.p50Ms)} ms (P50) for ${short(s.cpuPerRequestMs)} ms of CPU: I/O, locks or a downstream`;
  if (runnable)
    return `short of CPU: service at ${short(s.cores)} of ${cpuCount} cores${waited}: the runner's cores were busy elsewhere`;
  return `no bottleneck in sight: service at ${short(s.cores)} of ${cpuCount} cores, RSS ${short(s.peakMb)} MB at most`;
}

// src/report/derived-context.ts
function thresholdBreaches(runs) {
  const crossed = /* @__PURE__ */ new Map();
  for (const t of runs.flatMap((r) => r.thresholds))
    if (t.crossed === true) crossed.set(t.metric, t.expressions);
  return [...crossed].sort(([a], [b]) => a.localeCompare(b)).map(([metric, expressions]) => ({ metric, expressions }));
}
function seriesNoise(comparison, maxBaselineCv) {
  return comparison.series.flatMap(
    (s) => s.metrics.filter((m) => Number.isFinite(m.baselineCv)).map((m) => ({
      seriesId: s.id,
      metric: m.metric,
      cv: m.baselineCv,
      stable: m.baselineCv <= maxBaselineCv
    }))
  );
}
function serviceSides(sides, cpuCount) {
  return sides.flatMap(({ side, runs }) => {
    const s = summarizeResources(runs);
    if (s === void 0) return [];
    return [
      {
        side,
        cpuPerRequestMs: s.cpuPerRequestMs,
        cores: s.cores,
        cpuCount,
        peakRssMb: s.peakMb,
        rssGrowthMbPerSecond: s.growthMbPerSecond,
        generatorCores: s.generatorCores,
        bottleneck: bottleneckLine(s, cpuCount)
      }
    ];
  });
}

// src/report/snapshot-table.ts
function renderSnapshotTable(snapshot) {
  const header = ["Series", "Requests", ...METRIC_ORDER.map(metricLabel)];
  const rows = snapshot.map((s) => [s.id, String(s.requests), ...metricFigures(s.values)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])).join("  ").trimEnd();
  return [line(header), ...rows.map(line)].join("\n");
}

// src/report/snapshot.ts
function snapshotSeries(runs) {
  if (runs.length === 0) throw new Error("snapshotSeries: no runs given");
  return Object.entries(headlineFigures(runs)).map(([id, values]) => {
    const present = runs.flatMap((r) => r.series.get(id) ?? []);
    return { id, key: present[0].key, requests: present.reduce((n, s) => n + s.requests, 0), values };
  });
}
function renderSnapshot(runs, cpuCount, json) {
  const snapshot = snapshotSeries(runs);
  return {
    figures: json ? JSON.stringify(snapshot, null, 2) : renderSnapshotTable(snapshot),
    services: serviceSides([{ side: "PR build", runs }], cpuCount).map((s) => `service: ${s.bottleneck}`)
  };
}

export {
  thresholdBreaches,
  seriesNoise,
  serviceSides,
  snapshotSeries,
  renderSnapshot
};
