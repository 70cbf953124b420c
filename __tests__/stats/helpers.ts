import type { SyntheticRun, SyntheticSeries } from '../../bench/calibration/synthetic.ts';
import { simulateRun } from '../../bench/calibration/synthetic.ts';
import { LatencyHistogram } from '../../src/results/histogram.ts';
import { measuredRequests, type RunResult, type SeriesResult } from '../../src/results/types.ts';
import { mulberry32 } from '../../src/stats/rng.ts';
import type { Comparison, MetricComparison, MetricName } from '../../src/stats/types.ts';

export const USERS = 'default › GET /users';
export const ORDERS = 'default › GET /orders';
/** The closed model's all-requests series of the scenario (src/stats/scenario-totals.ts): its throughput. */
export const ALL_REQUESTS = 'default › (all requests)';

export const ENDPOINTS: SyntheticSeries[] = [
  { method: 'GET', name: '/users', medianMs: 8, sigma: 0.18 },
  { method: 'GET', name: '/orders', medianMs: 12, sigma: 0.18 },
];

export interface RunsOptions {
  seed: number;
  endpoints?: SyntheticSeries[];
  seconds?: number;
  rate?: number;
  loadModel?: 'open' | 'closed';
  /** ln drift per run (length = count); 0 otherwise */
  drift?: number[];
  /** burst settings; calm by default */
  bursts?: SyntheticRun['bursts'];
  /** a one-sided noisy neighbour in some runs; none by default */
  neighbour?: SyntheticRun['neighbour'];
}

let clock = 1_700_000_000_000;

/** `count` synthetic runs (20 s at 100 requests/s per endpoint by default), seeded. */
export function makeRuns(count: number, o: RunsOptions): RunResult[] {
  const rng = mulberry32(o.seed);
  return Array.from({ length: count }, (_, i) => {
    const run = simulateRun(
      {
        series: o.endpoints ?? ENDPOINTS,
        seconds: o.seconds ?? 20,
        loadModel: o.loadModel ?? 'closed',
        rate: o.rate ?? 100,
        logDrift: o.drift?.[i] ?? 0,
        bursts: o.bursts ?? { enter: 0.02, exit: 0.5, logFactor: Math.log(1.1) },
        jitterSd: 0.01,
        startMs: clock,
        ...(o.neighbour ? { neighbour: o.neighbour } : {}),
      },
      rng,
    );
    clock += 60_000;
    return run;
  });
}

/** The same endpoints with one changed. */
export function withChange(index: number, change: Partial<SyntheticSeries>): SyntheticSeries[] {
  return ENDPOINTS.map((e, i) => (i === index ? { ...e, ...change } : e));
}

/** A summary-fidelity copy of a run: only counts and the reported quantiles, like k6 --summary-export. */
export function asSummary(run: RunResult): RunResult {
  const series = new Map<string, SeriesResult>();
  for (const [id, s] of run.series)
    series.set(id, {
      ...s,
      latency: new LatencyHistogram(),
      seconds: new Map(),
      reportedQuantiles: {
        p50: s.latency.quantile(0.5),
        p90: s.latency.quantile(0.9),
        p95: s.latency.quantile(0.95),
        p99: s.latency.quantile(0.99),
      },
    });
  return { ...run, fidelity: 'summary', series };
}

/** A copy of a run with some series left out. */
export function without(run: RunResult, ...ids: string[]): RunResult {
  const series = new Map([...run.series].filter(([id]) => !ids.includes(id)));
  return { ...run, series };
}

/** A copy of a run with every request of every series marked failed (or none: `share` 0). */
export function withFailures(run: RunResult, share: number): RunResult {
  const series = new Map<string, SeriesResult>();
  for (const [id, s] of run.series) {
    const seconds = new Map(
      [...s.seconds].map(([t, b]) => [t, { ...b, failed: Math.round(b.requests * share) }] as const),
    );
    const failed = [...seconds.values()].reduce((a, b) => a + b.failed, 0);
    series.set(id, { ...s, failed, seconds });
  }
  return { ...run, series };
}

/** One metric of one series of a comparison; throws when the comparison has none. */
export function metric(c: Comparison, id: string, name: MetricName): MetricComparison {
  const m = c.series.find((s) => s.id === id)?.metrics.find((x) => x.metric === name);
  if (!m) throw new Error(`no ${name} on ${id}`);
  return m;
}

/**
 * The runs with the service's CPU per request (ms) set per run; `machineBusy`, when given, is the runner's
 * busy share recorded with each run (absent: a run from before perf-gate read it).
 */
export function withCpu(runs: RunResult[], msPerRequest: number[], machineBusy?: number): RunResult[] {
  return runs.map((run, i) => ({
    ...run,
    service: {
      source: 'process tree',
      seconds: 20,
      cpuSeconds: (msPerRequest[i]! * measuredRequests(run).requests) / 1000,
      cpuWaitSeconds: 0,
      peakRssBytes: 60 * 1024 * 1024,
      rssGrowthBytesPerSecond: 0,
      generatorCpuSeconds: 1,
      ...(machineBusy !== undefined ? { machineBusy } : {}),
    },
  }));
}
