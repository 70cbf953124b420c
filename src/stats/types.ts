import type { LoadModel, LoadModelSource, SeriesKey } from '../results/types.ts';

/** Metrics the gate can judge per series of requests. */
export type SeriesMetricName = 'p50' | 'p90' | 'p95' | 'p99' | 'throughput' | 'error_rate';

/** Metrics of the service under test (its CPU and memory), when perf-gate could read them. */
export type ResourceMetricName = 'cpu_per_request' | 'peak_rss';

/** Metrics the gate can judge. */
export type MetricName = SeriesMetricName | ResourceMetricName;

/**
 * Where the baseline came from. `cached`: measured in an earlier job (likely another machine), so the
 * between-job variance enters the interval. `same-job`: base and PR builds measured in this job, runs
 * interleaved in pairs, analysed as paired ratios.
 */
export type Design = 'cached' | 'same-job';

/**
 * regression: significantly worse, and a change as large as the tolerance is plausible.
 * improvement: the mirror image. no-change: the whole interval lies inside ±tolerance.
 * inconclusive: none of these (or the metric could not be gated: see `reason`).
 */
export type Outcome = 'regression' | 'improvement' | 'no-change' | 'inconclusive';

export type Verdict = 'pass' | 'fail' | 'inconclusive';

export interface MetricComparison {
  metric: MetricName;
  /** 'ms' for latency quantiles and CPU per request, 'req/s' for throughput, 'ratio' for error rate (0..1), 'MB' for memory */
  unit: 'ms' | 'req/s' | 'ratio' | 'MB';
  /** point values of each side (pooled over runs) */
  baseline: number;
  candidate: number;
  /**
   * relative change (candidate/baseline − 1) for latency and throughput;
   * absolute difference (candidate − baseline, a fraction: 0.005 = 0.5 pp) for the error rate
   */
  change: number;
  changeKind: 'relative' | 'absolute';
  /** family-wise adjusted interval for `change`, same units */
  interval: [number, number];
  /** the confidence the interval was built at, after the multiple-comparison adjustment (e.g. 0.995) */
  confidence: number;
  tolerance: number;
  outcome: Outcome;
  /** true when this metric counts toward the verdict; false for thin, unstable, or not-applicable metrics */
  gated: boolean;
  /** why the metric is not gated or inconclusive, in plain words */
  reason?: string;
  /** requests (or runs for throughput) behind each side's estimate */
  sampleSize: { baseline: number; candidate: number };
  /** coefficient of variation of this metric across the baseline's repeats (NaN with one run) */
  baselineCv: number;
  /** the smallest change this comparison could have detected (half-width of the interval, relative/absolute) */
  noiseFloor: number;
  /** for inconclusive outcomes: repeats per side that would likely decide it */
  runsToDecide?: number;
  /** two-sided p-value of "a change of at most half the tolerance" before the multiple-comparison adjustment */
  pValue?: number;
}

export interface SeriesComparison {
  id: string;
  key: SeriesKey;
  metrics: MetricComparison[];
  /** worst gated outcome of the series */
  outcome: Outcome;
}

export interface SloSpec {
  /** series id or '*' for every series */
  series: string;
  metric: SeriesMetricName;
  /** upper bound (ms for quantiles, fraction for error_rate); throughput SLOs are lower bounds */
  limit: number;
}

export interface SloResult {
  spec: SloSpec;
  seriesId: string;
  estimate: number;
  interval: [number, number];
  /** breached only when the whole interval is on the wrong side of the limit */
  status: 'met' | 'breached' | 'inconclusive';
  /** the confidence of `interval` (Bonferroni across the comparison's SLO checks) */
  confidence?: number;
  /** why the status is inconclusive when the interval is not the reason (e.g. a P99 too thin to judge) */
  reason?: string;
}

export interface PairInfo {
  /** per-pair candidate/base ratios of the headline metric, in run order */
  ratios: number[];
  /** the order inside each pair, e.g. ['AB', 'BA', 'BA'] */
  orders: string[];
  /** what `ratios` are ratios of, e.g. 'P50, geometric mean over series' */
  metric?: string;
}

/** A stretch of one run slower than the rest of that run (a noisy neighbour), found from its per-second profile. */
export interface Disturbance {
  side: 'baseline' | 'candidate';
  /** 1-based run (pair) number on that side */
  run: number;
  /** how many seconds, and how much slower they were than the run's typical second */
  seconds: number;
  factor: number;
  /** false when the same slowness shows in every run of this side and none of the other: the build’s own */
  leftOut: boolean;
}

/** How many pairs adaptive confirmation measured (same-job design, live measurement). */
export interface Confirmation {
  planned: number;
  pairs: number;
  /** the budget (max-runs) */
  maxPairs: number;
  /** the verdict at the last look is a pass or a fail */
  decided: boolean;
}

export interface Comparison {
  design: Design;
  /** seed of every random draw (bootstrap), so the verdict reproduces exactly */
  seed: number;
  familyConfidence: number;
  correction: 'holm';
  loadModel: LoadModel;
  /** per side, what decided its runs' load model (distinct; absent in comparisons saved before it was kept) */
  loadModelSource?: { baseline: LoadModelSource[]; candidate: LoadModelSource[] };
  runs: { baseline: number; candidate: number };
  /** set when the two sides must not be compared; then `series` is empty and the verdict inconclusive */
  refused?: string;
  series: SeriesComparison[];
  /** series present on one side only: listed, never compared */
  added: string[];
  removed: string[];
  slos: SloResult[];
  /** open model only: dropped iterations per side, and achieved vs target rate */
  openModel?: {
    droppedIterations: { baseline: number; candidate: number };
    achievedRate: { baseline: number; candidate: number };
    targetRate?: number;
  };
  /** cached design: where the between-job variance came from */
  betweenJob?: {
    source: 'history' | 'prior';
    /** between-job CV of the P50 (the headline); per metric in `cvByMetric` */
    cv: number;
    historySize: number;
    /** per metric: CV for latency and throughput, absolute standard deviation for the error rate */
    cvByMetric?: Partial<Record<MetricName, number>>;
  };
  pairs?: PairInfo;
  /** same-job design with adaptive confirmation: the pairs planned and measured (familyConfidence is the last look's) */
  confirmation?: Confirmation;
  /** runs slowed for a while by something else on the machine (same-job and cached designs alike) */
  disturbances?: Disturbance[];
  verdict: Verdict;
  /** one line per reason for the verdict, most important first */
  reasons: string[];
  warnings: string[];
}

/** What the gate needs to know to judge; defaults live in `src/stats/defaults.ts`. */
export interface GateOptions {
  /** smallest change worth failing for, per metric (relative for latency/throughput, absolute for error rate) */
  tolerances: Record<MetricName, number>;
  /** per-series overrides, keyed by series id */
  seriesTolerances: Record<string, Partial<Record<MetricName, number>>>;
  /** metrics that count toward the verdict */
  gatedMetrics: MetricName[];
  /** family-wise confidence across every gated metric and series of a comparison (e.g. 0.95) */
  familyConfidence: number;
  /**
   * pairs a sequential comparison may still reach (set by judgeSequentially to max-runs); a metric that
   * could not be decided even then may stand aside. Absent: the runs compared are all there will be.
   */
  budgetRuns?: number;
  /** baseline repeats whose CV of a metric is above this are "unstable" on that metric */
  maxBaselineCv: number;
  /** a quantile whose tail holds fewer samples than this is too thin to gate on (P99 needs ~1000 requests) */
  minRequestsForP99: number;
  slos: SloSpec[];
  /** seed of every random draw */
  seed: number;
  /** noise assumptions used where the data cannot tell; defaults in `src/stats/defaults.ts` */
  priors?: NoisePriors;
}

/** Documented noise assumptions (docs/statistics.md, "Priors"). */
export interface NoisePriors {
  /** inside one job: run-to-run CV of one run's latency quantiles and throughput */
  runToRunCv: number;
  /** inside one job: run-to-run CV of one run's service CPU per request (its own noise, not latency's) */
  cpuRunToRunCv: number;
  /** how many degrees of freedom of evidence the run-to-run prior counts as */
  runToRunPriorDf: number;
  /** the same for the CPU per request prior: the degrees of freedom it was measured with, rounded down */
  cpuRunToRunPriorDf: number;
  /** the CPU per request run-to-run CV of runs measured on a saturated runner (every core busy) */
  cpuSaturatedRunToRunCv: number;
  /** how many degrees of freedom of evidence that saturated figure counts as */
  cpuSaturatedPriorDf: number;
  /** inside one job: run-to-run standard deviation of the error rate (fraction) beyond binomial noise */
  errorRateRunToRunSd: number;
  /** between jobs (cached baseline): prior CV of latency and throughput, blended with the history */
  betweenJobCv: number;
  /** between jobs: prior standard deviation of the error rate (fraction), blended with the history */
  betweenJobErrorRateSd: number;
  /**
   * how many past baselines' worth of evidence the between-job prior counts as (its scaled-inverse-χ²
   * degrees of freedom); each past baseline adds one, so the history takes over gradually (0: known exactly)
   */
  betweenJobPriorDf: number;
}

/** Headline figures of one past baseline, kept in the baseline artifact's rolling history. */
export interface HistoryEntry {
  commit: string;
  timeMs: number;
  runs: number;
  /** per series id, per metric: the baseline's pooled value (ms, req/s, ratio) */
  headline: Record<string, Partial<Record<MetricName, number>>>;
}
