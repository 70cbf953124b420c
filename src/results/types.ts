import type { LatencyHistogram } from './histogram.ts';

/** Which engine (load tool) produced a run. */
export const ENGINE_NAMES = ['k6', 'embedded', 'jmeter', 'locust'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

/**
 * How much a run result knows. `distribution`: every request's latency went into histograms (k6 `--out json`,
 * embedded engine). `summary`: only the quantiles k6 printed (`--summary-export`); no distribution, no time
 * buckets, so it cannot be resampled and every comparison built on it says so.
 */
export type Fidelity = 'distribution' | 'summary';

/**
 * Open model (arrival-rate executors, embedded `open`): the rate is set by the script, so throughput is not a
 * result; the signals are dropped iterations and achieved vs target rate. Closed model (VU-based executors,
 * embedded `closed`): throughput is the capacity signal.
 */
export type LoadModel = 'open' | 'closed' | 'unknown';

/**
 * What decided a run's load model, said in the report: `k6 inspect` (the script's scenario executors), k6's
 * scenario `default` in k6 JSON (the vus/duration/iterations/stages shorthand, always VU-based), the user
 * (`load-model` input or `--load-model`), a JMeter plan, a locustfile's wait times, the embedded engine's
 * scenario file, or nothing.
 */
export const LOAD_MODEL_SOURCES = [
  'k6-inspect',
  'k6-default-scenario',
  'input',
  'jmeter-plan',
  'locust-plan',
  'embedded-scenario',
  'unknown',
] as const;
export type LoadModelSource = (typeof LOAD_MODEL_SOURCES)[number];

/** Identity of one series: scenario × group × request (method + name). */
export interface SeriesKey {
  scenario: string;
  /** k6 group path ('' for none, e.g. '::checkout') */
  group: string;
  /** '' when the tool does not record it (a JMeter sample is named by its label alone) */
  method: string;
  /** the request's `name` tag (k6 defaults it to the URL), a JMeter label, a Locust name */
  name: string;
}

/** One wall-clock second of one series. */
export interface SecondBucket {
  requests: number;
  failed: number;
  latency: LatencyHistogram;
}

export interface SeriesResult {
  key: SeriesKey;
  /** stable id, see `seriesId()` */
  id: string;
  requests: number;
  failed: number;
  /** whole-run latency of `http_req_duration` (ms) after warm-up trimming */
  latency: LatencyHistogram;
  /** per-second buckets keyed by absolute epoch second; empty for `summary` fidelity */
  seconds: Map<number, SecondBucket>;
  /** for `summary` fidelity only: the quantiles k6 reported (ms), keyed 'p50' | 'p90' | 'p95' | 'p99' | ... */
  reportedQuantiles?: Record<string, number>;
}

export interface ThresholdResult {
  metric: string;
  expressions: string[];
  /** undefined when the source does not say (the NDJSON stream lists thresholds, not their outcome) */
  crossed?: boolean;
}

export interface RunTotals {
  iterations: number;
  droppedIterations: number;
  checksPassed: number;
  checksFailed: number;
  /** highest number of active VUs (k6 `vus` gauge) */
  maxVUs: number;
  /** highest number of allocated VUs (k6 `vus_max` gauge), when known */
  maxVUsAllocated?: number;
}

/**
 * What the service under test used during one run's measured window (after warm-up), read from the
 * operating system: its process tree under /proc, or its container's cgroup.
 */
export interface ServiceResources {
  source: 'process tree' | 'cgroup';
  /** length of the measured window */
  seconds: number;
  /** user + system CPU of the service over the window (exited children included) */
  cpuSeconds: number;
  /** how long its threads were runnable but waited for a CPU (the runner's cores were busy elsewhere) */
  cpuWaitSeconds: number;
  /** highest memory of the service during the window (RSS of the tree, or the cgroup's memory) */
  peakRssBytes: number;
  /** least-squares slope of the service's memory over the window */
  rssGrowthBytesPerSecond: number;
  /** CPU the load generator (this process and its children, e.g. k6) used over the same window */
  generatorCpuSeconds: number;
  /**
   * share of all the runner's cores busy over the window, with anything (/proc/stat); absent in runs
   * recorded before perf-gate read it
   */
  machineBusy?: number;
  /**
   * the service's CPU seconds in each whole epoch second of the window, as [second, CPU seconds] (from the
   * samples); absent in runs recorded before perf-gate kept it. A neighbour that shares the cores for part
   * of a run shows as a stretch of seconds whose CPU per request stands above the rest of the run.
   */
  cpuBySecond?: Array<[number, number]>;
}

/**
 * The share of busy cores from which the runner counts as saturated: services, load generator and the rest
 * competed for CPU, so the service's CPU per request is far noisier than on a runner with room to spare
 * (docs/statistics.md, "CPU per request on a saturated runner").
 */
export const SATURATED_BUSY_SHARE = 0.95;

/** Whether a run's service resources were measured on a saturated runner (unknown counts as not). */
export function measuredSaturated(service: ServiceResources): boolean {
  return service.machineBusy !== undefined && service.machineBusy >= SATURATED_BUSY_SHARE;
}

export interface RunResult {
  engine: EngineName;
  fidelity: Fidelity;
  loadModel: LoadModel;
  /** what decided `loadModel`; absent in runs saved before perf-gate recorded it */
  loadModelSource?: LoadModelSource;
  /** what the files or the plan showed when the user's `load-model` said otherwise (the report says both) */
  loadModelOverridden?: { loadModel: LoadModel; loadModelSource: LoadModelSource };
  /** where it came from: file paths, or 'embedded' */
  sources: string[];
  /** epoch ms of the first and last measured sample (after warm-up trimming) */
  startMs: number;
  endMs: number;
  /** the measured load, keyed by series id */
  series: Map<string, SeriesResult>;
  /** requests made in setup()/teardown() (group ::setup / ::teardown): kept apart, never compared */
  lifecycle: Map<string, SeriesResult>;
  totals: RunTotals;
  /**
   * `totals` per epoch second (`distribution` fidelity), so warm-up trimming can apply to totals too and
   * merging concurrent instances can add VUs second by second (`maxVUs` of a second is its highest gauge).
   */
  secondTotals?: Map<number, RunTotals>;
  thresholds: ThresholdResult[];
  /** everything the reader did not use, with counts, e.g. { 'metric http_req_blocked': 1001 } */
  skipped: Record<string, number>;
  warnings: string[];
  /** for open models: the target arrival rate (iterations/s) when known */
  targetRate?: number;
  /** k6 version or engine version that produced it, when known */
  engineVersion?: string;
  /** files that end mid-line or mid-gzip-stream (k6 stopped while writing): the run is partial */
  cutFiles?: string[];
  /** the service's CPU and memory during the run, when perf-gate could see its processes or container */
  service?: ServiceResources;
}

export function seriesId(key: SeriesKey): string {
  const scope = [key.scenario, key.group].filter((s) => s !== '').join(' › ');
  return `${scope === '' ? '' : `${scope} › `}${requestName(key)}`;
}

/** "GET /users"; the name alone when the method is unknown or the name already starts with it. */
function requestName(key: SeriesKey): string {
  return key.method === '' ? key.name : `${key.method} ${key.name}`;
}

/**
 * Names series for readers: "GET /users", or "checkout › POST /cart" inside a group (the method is not
 * repeated when the request's name already starts with it). The scenario is named only when the series
 * come from more than one scenario.
 */
export function seriesNamer(keys: readonly SeriesKey[]): (key: SeriesKey) => string {
  // (a series of no scenario, like the service's CPU and memory, does not make the endpoints' one ambiguous)
  const withScenario = new Set(keys.map((k) => k.scenario).filter((s) => s !== '')).size > 1;
  return (key) => {
    const group = key.group.replace(/^::/, '').replace(/::/g, ' › ');
    const scope = [withScenario ? key.scenario : '', group].filter((s) => s !== '').join(' › ');
    // k6 users often tag requests `name: 'GET /users'`: don't repeat the method then.
    const request = key.name.startsWith(`${key.method} `) ? key.name : requestName(key);
    return `${scope === '' ? '' : `${scope} › `}${request}`;
  };
}

/** What a report says about runs read from files that were cut short: which file, and what follows. */
export function cutFileNotes(runs: readonly RunResult[]): string[] {
  return runs.flatMap((run) =>
    (run.cutFiles ?? []).map(
      (file) =>
        `${file} is cut short (k6 was stopped while writing it): that run is partial, so it is never saved as a baseline`,
    ),
  );
}

/** Requests and failed requests of a run's measured load (setup/teardown excluded), over all series. */
export function measuredRequests(run: RunResult): { requests: number; failed: number } {
  let requests = 0;
  let failed = 0;
  for (const series of run.series.values()) {
    requests += series.requests;
    failed += series.failed;
  }
  return { requests, failed };
}

/** A run's measured requests in each epoch second, over all series (empty for `summary` fidelity). */
export function requestsBySecond(run: RunResult): Map<number, number> {
  const out = new Map<number, number>();
  for (const s of run.series.values())
    for (const [t, bucket] of s.seconds) out.set(t, (out.get(t) ?? 0) + bucket.requests);
  return out;
}

/** How a streaming reader (k6 NDJSON, JMeter JTL, Locust) reads a run file. */
export interface ReadOptions {
  /** drop the first N seconds of the run (see `trimWarmup`) */
  warmupSeconds?: number;
  /** the load model known before reading (the plan's, `k6 inspect`'s); the file's own evidence may add to it */
  loadModel?: LoadModel;
  /** what decided `loadModel` (default 'input': the user said so) */
  loadModelSource?: LoadModelSource;
  /** the open model's target arrival rate (iterations/s), when known */
  targetRate?: number;
  /** where the load was sent: series named by URL are named relative to it (see `nameSeriesByTarget`) */
  targetUrl?: string | undefined;
  /** bytes per read of a plain file (default 1 MiB: fits the CPU cache); tests use tiny ones to cut lines */
  chunkSize?: number;
  /** distinct request series kept apart before further names are folded (default 1000) */
  maxSeries?: number;
}
