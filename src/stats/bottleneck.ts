import { LatencyHistogram } from '../results/histogram.ts';
import { measuredRequests, type RunResult } from '../results/types.ts';

const MB = 1024 * 1024;

/** What one side's runs say about where the time went, over all its measured runs together. */
export interface ResourceSummary {
  /** measured seconds of one run, on average */
  runSeconds: number;
  /** CPU the service used, in cores (CPU seconds per second) */
  cores: number;
  /** cores it asked for: used plus waited for (runnable, no CPU free) */
  demand: number;
  generatorCores: number;
  cpuPerRequestMs: number;
  /** median latency over every request of every series */
  p50Ms: number;
  peakMb: number;
  /** mean over runs of the memory slope, MB per second */
  growthMbPerSecond: number;
}

export function summarizeResources(runs: RunResult[]): ResourceSummary | undefined {
  if (runs.some((r) => r.service === undefined)) return undefined;
  const services = runs.map((r) => r.service!);
  const seconds = services.reduce((a, s) => a + s.seconds, 0);
  if (!(seconds > 0)) return undefined; // also no runs
  const cpu = services.reduce((a, s) => a + s.cpuSeconds, 0);
  const requests = runs.reduce((a, r) => a + measuredRequests(r).requests, 0);
  const latency = new LatencyHistogram();
  for (const run of runs) for (const series of run.series.values()) latency.merge(series.latency);
  return {
    runSeconds: seconds / runs.length,
    cores: cpu / seconds,
    demand: (cpu + services.reduce((a, s) => a + s.cpuWaitSeconds, 0)) / seconds,
    generatorCores: services.reduce((a, s) => a + s.generatorCpuSeconds, 0) / seconds,
    cpuPerRequestMs: requests > 0 ? (cpu * 1000) / requests : Number.NaN,
    p50Ms: latency.quantile(0.5), // NaN when no request was measured
    peakMb: Math.max(...services.map((s) => s.peakRssBytes)) / MB,
    growthMbPerSecond: services.reduce((a, s) => a + s.rssGrowthBytesPerSecond, 0) / services.length / MB,
  };
}

/** A figure with two significant digits at most: 0.97, 1.9, 12. */
const short = (x: number) => (x >= 10 ? x.toFixed(0) : x >= 1 ? x.toFixed(1) : x.toFixed(2));
const percent = (x: number) => `${(x * 100).toFixed(0)}%`;

/**
 * One sentence on what limited a side, from what was measured (first that applies):
 * - the load generator used nearly a whole core (the embedded engine runs on one; k6 starved the same way);
 * - memory growing: RSS rose by at least 15 % of its peak and 8 MB over a run (less is a young heap
 *   settling: a fresh Node process grows a few MB in its first seconds); a leak is named before the CPU;
 * - CPU-bound: the service's threads were runnable ≥ 75 % of the time on a whole number of cores (a
 *   single-threaded runtime tops out at one): on a CPU or waiting for one (schedstat), so a runner shared
 *   with other work does not hide it; and it got at least 40 % of those cores;
 * - waiting: little CPU while a request took many times its CPU cost: I/O, locks or a downstream;
 * - short of CPU: runnable as much, but it got little of it: the runner's cores were busy elsewhere;
 * otherwise nothing stood out.
 */
export function bottleneckLine(summary: ResourceSummary, cpuCount: number): string {
  const s = summary;
  if (s.generatorCores >= 0.85)
    return `the load generator used ${short(s.generatorCores)} of a core: it, not the service, may have limited the load`;
  const growth = s.growthMbPerSecond;
  // (runSeconds > 0, so growing by 8 MB or more means growth > 0)
  if (growth * s.runSeconds >= Math.max(8, 0.15 * s.peakMb))
    return `memory growing: RSS +${short(growth)} MB/s over the run (peak ${short(s.peakMb)} MB)`;
  const whole = Math.max(1, Math.ceil(s.demand - 0.25));
  const runnable = s.demand >= 0.75 * whole;
  // Stryker disable next-line EqualityOperator: `>=` vs `>`: demand ≥ 0.75 here (waited is shown only when runnable), and two doubles that large never differ by exactly the double 0.1
  const waited = s.demand - s.cores >= 0.1 ? `, waiting for a CPU another ${short(s.demand - s.cores)}` : '';
  if (runnable && s.cores >= 0.4 * whole)
    return `CPU-bound: service at ${short(s.cores)} of ${cpuCount} cores${waited}`;
  // waiting is for a service that was not runnable: one queued for a CPU it did not get is short of CPU
  if (!runnable && s.cores < 0.5 && s.p50Ms >= 4 * s.cpuPerRequestMs)
    return (
      `waiting: service CPU ${percent(s.cores)} of a core while a request took ${short(s.p50Ms)} ms (P50) ` +
      `for ${short(s.cpuPerRequestMs)} ms of CPU: I/O, locks or a downstream`
    );
  if (runnable)
    return `short of CPU: service at ${short(s.cores)} of ${cpuCount} cores${waited}: the runner's cores were busy elsewhere`;
  return `no bottleneck in sight: service at ${short(s.cores)} of ${cpuCount} cores, RSS ${short(s.peakMb)} MB at most`;
}
