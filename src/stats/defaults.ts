import { isMetricName, METRIC_NAMES } from './metrics.ts';
import type { GateOptions, MetricName, NoisePriors, SloSpec } from './types.ts';

/**
 * Prior knowledge about noise, used where one comparison's own data cannot tell (docs/statistics.md,
 * "Priors"). Every figure is a documented assumption, overridable through `GateOptions.priors`.
 */
export const defaultNoisePriors: NoisePriors = {
  // Published A/A measurements on GitHub-hosted runners: inside one job, run-to-run noise of a run's
  // median is about 1–2 %. We take the middle, 1.5 % per run, and assume nothing of it cancels between the
  // two runs of a pair (2.1 % for their ratio). A runner that drifts more shows it in its own repeats; or
  // raise this (docs/statistics.md, "Priors": 2 % makes 3 pairs too blunt to pass a 5 % tolerance).
  runToRunCv: 0.015,
  // The service's CPU per request moves more than latency's median from run to run: a fixed amount of work
  // costs more CPU time when a neighbour shares the core (caches, frequency), and nothing of it is averaged
  // over thousands of requests the way a quantile is. Measured with `npm run bench:service-cpu` on a shared
  // 2-core machine 85–100 % busy with other work: 6–9 % per run in four measurements, 7.5 % pooled
  // (docs/statistics.md, "Priors"); a quieter runner's own repeats narrow it.
  cpuRunToRunCv: 0.075,
  // The run-to-run prior counts as this many degrees of freedom of evidence: enough that one run a side is
  // judged with a finite, honest width, little enough that a noisier runner's own repeats soon override it.
  runToRunPriorDf: 10,
  // The CPU prior is a measurement, not a published figure: 38 degrees of freedom of A/A pairs on a machine
  // busier than a runner (docs/statistics.md, "Priors"), counted as 30. Its F test is made at 0.1 %
  // (CPU_SPREAD_TEST_LEVEL in metric-estimate.ts): that measurement already holds runs a neighbour slowed.
  cpuRunToRunPriorDf: 30,
  // On a saturated runner (its cores ≥ 95 % busy over the run: services, load generator and other work
  // competing for CPU) the CPU per request of a run moves far more: A/A and +10 ms-sleep pairs of the example
  // service (0.1–0.2 ms of CPU per request, 1.5 s and 3 s runs) beside two busy loops spread by 0.31–0.38
  // per pair, 23 % per run pooled over 87 degrees of freedom; a service doing 0.7 ms of fixed work per
  // request, by 11 % (19 df). The prior keeps 23 %, the upper end, counted as 80 df (docs/statistics.md,
  // "CPU per request on a saturated runner").
  cpuSaturatedRunToRunCv: 0.23,
  cpuSaturatedPriorDf: 80,
  // Failed requests: no extra run-to-run variation beyond what the binomial draw and the measured bursts
  // inside each run already give. Repeats that disagree more than that raise it through their spread.
  errorRateRunToRunSd: 0,
  // Between jobs (another runner, another machine): published A/A medians move by ~50 % CV between jobs, in
  // discrete clusters of machine speeds up to 4× apart (the calibration's `between-50-4x` cell). The prior
  // takes that figure, and is not known exactly: it counts as 10 past baselines' worth of evidence, so
  // the interval's Student-t carries its uncertainty, and the history blends in one baseline at a time.
  betweenJobCv: 0.5,
  // The error rate of a healthy service barely depends on the machine: 0.1 pp between jobs.
  betweenJobErrorRateSd: 0.001,
  betweenJobPriorDf: 10,
};

const defaultTolerances: Record<MetricName, number> = {
  p50: 0.05,
  p90: 0.05,
  p95: 0.05,
  p99: 0.1,
  throughput: 0.05,
  error_rate: 0.005,
  // CPU per request is far steadier than latency (no queueing in it); memory peaks move with GC timing
  cpu_per_request: 0.05,
  peak_rss: 0.1,
};

const defaultGateOptions: GateOptions = {
  tolerances: defaultTolerances,
  seriesTolerances: {},
  gatedMetrics: [...METRIC_NAMES],
  familyConfidence: 0.95,
  maxBaselineCv: 0.1,
  minRequestsForP99: 1000,
  slos: [],
  seed: 20240601,
  priors: defaultNoisePriors,
};

/** What a caller may override; everything left out keeps its default. */
export interface GateOptionsOverrides {
  tolerances?: Partial<Record<MetricName, number>>;
  seriesTolerances?: Record<string, Partial<Record<MetricName, number>>>;
  gatedMetrics?: MetricName[];
  familyConfidence?: number;
  maxBaselineCv?: number;
  minRequestsForP99?: number;
  slos?: SloSpec[];
  seed?: number;
  priors?: Partial<NoisePriors>;
}

function positive(field: string, value: number): number {
  if (!(Number.isFinite(value) && value > 0))
    throw new Error(`gate option ${field} must be a positive number, got ${value}`);
  return value;
}

function checkTolerances(field: string, tolerances: Partial<Record<string, number>>): void {
  for (const [metric, value] of Object.entries(tolerances)) {
    if (!isMetricName(metric)) throw new Error(`gate option ${field}: unknown metric '${metric}'`);
    if (value === undefined) continue;
    positive(`${field}.${metric}`, value);
    if (metric !== 'error_rate' && value >= 1)
      throw new Error(`gate option ${field}.${metric} is a fraction (0.05 = 5%), got ${value}`);
  }
}

/** Builds complete, validated GateOptions from partial overrides; bad values throw naming the field. */
export function resolveGateOptions(overrides: GateOptionsOverrides = {}): GateOptions {
  const o = overrides;
  if (o.tolerances) checkTolerances('tolerances', o.tolerances);
  for (const [series, tolerances] of Object.entries(o.seriesTolerances ?? {}))
    checkTolerances(`seriesTolerances['${series}']`, tolerances);
  for (const metric of o.gatedMetrics ?? [])
    if (!isMetricName(metric)) throw new Error(`gate option gatedMetrics: unknown metric '${metric}'`);
  const familyConfidence = o.familyConfidence ?? defaultGateOptions.familyConfidence;
  if (!(familyConfidence > 0.5 && familyConfidence < 1))
    throw new Error(
      `gate option familyConfidence must be between 0.5 and 1 (e.g. 0.95), got ${familyConfidence}`,
    );
  const seed = o.seed ?? defaultGateOptions.seed;
  if (!Number.isInteger(seed)) throw new Error(`gate option seed must be an integer, got ${seed}`);
  for (const [i, slo] of (o.slos ?? []).entries()) {
    if (!isMetricName(slo.metric)) throw new Error(`gate option slos[${i}]: unknown metric '${slo.metric}'`);
    if (!(Number.isFinite(slo.limit) && slo.limit >= 0))
      throw new Error(`gate option slos[${i}].limit must be a non-negative number, got ${slo.limit}`);
    if (slo.series === '')
      throw new Error(`gate option slos[${i}].series is empty; use '*' for every series`);
  }
  const priors = { ...defaultNoisePriors, ...o.priors };
  for (const [name, value] of Object.entries(priors)) {
    if (!(Number.isFinite(value) && value >= 0))
      throw new Error(`gate option priors.${name} must be ≥ 0, got ${value}`);
  }
  return {
    tolerances: { ...defaultTolerances, ...o.tolerances },
    seriesTolerances: { ...o.seriesTolerances },
    gatedMetrics: [...(o.gatedMetrics ?? defaultGateOptions.gatedMetrics)],
    familyConfidence,
    maxBaselineCv: positive('maxBaselineCv', o.maxBaselineCv ?? defaultGateOptions.maxBaselineCv),
    minRequestsForP99: positive(
      'minRequestsForP99',
      o.minRequestsForP99 ?? defaultGateOptions.minRequestsForP99,
    ),
    slos: [...(o.slos ?? [])],
    seed,
    priors,
  };
}
