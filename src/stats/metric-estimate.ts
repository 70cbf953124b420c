import type { LoadModel, RunResult, SeriesKey } from '../results/types.ts';
import type { BetweenJob } from './between-job.ts';
import { logVarianceFromCv } from './between-job.ts';
import { type CpuPairLeftOut, disturbedCpuPair, withoutLeftOut } from './cpu-pairs.ts';
import type { MetricSpec } from './metrics.ts';
import { METRIC_SPECS } from './metrics.ts';
import { adjustedErrorRate, pooledValue } from './pooled.ts';
import type { RunMetric } from './run-metrics.ts';
import { runSeriesMetrics, shareVarianceFloor, totalRequests } from './run-metrics.ts';
import { isScenarioTotal } from './scenario-totals.ts';
import type { GateOptions, NoisePriors, SeriesMetricName } from './types.ts';
import type { Component } from './variance.ts';
import {
  expectedUnitVariance,
  huberLocation,
  sampleVariance,
  satterthwaite,
  spreadTooWide,
  unitVariance,
} from './variance.ts';

/** What the comparison knows about one metric of one series before the multiple-comparison step. */
export interface MetricEstimate {
  seriesId: string;
  spec: MetricSpec;
  tolerance: number;
  baseline: number;
  candidate: number;
  /** relative (candidate/baseline − 1) or absolute (candidate − baseline) */
  change: number;
  /** centre of the interval on the analysis scale (log ratio, or adjusted difference of fractions) */
  center: number;
  /** variance of `center` with its degrees of freedom; undefined when it cannot be known */
  variance?: Component;
  /** the part of the variance that shrinks as 1/runs (at one run a side), and the part that does not */
  perRun: number;
  fixed: number;
  baselineCv: number;
  sampleSize: { baseline: number; candidate: number };
  gated: boolean;
  /** gated and judged by its interval (enters the multiple-comparison correction) */
  testable: boolean;
  reason?: string;
  /**
   * Why these runs cannot decide a change of the tolerance (too few requests, too noisy): such a metric is
   * still judged, and a regression it shows fails, but an inconclusive outcome does not hold back a pass.
   */
  undecidable?: string;
  /** why this metric's runs are noisier than usual (a saturated runner), said with an inconclusive outcome */
  noisier?: string;
  /** CPU per request, paired: the pair a neighbour disturbed, left out (the comparison warns of it) */
  leftOut?: CpuPairLeftOut;
}

export interface EstimateContext {
  baseline: RunResult[];
  candidate: RunResult[];
  /** same-job with as many baseline as candidate runs: analysed as pairs */
  paired: boolean;
  loadModel: LoadModel;
  options: GateOptions;
  priors: NoisePriors;
  /** cached design only */
  betweenJob?: BetweenJob;
}

function analysisValue(spec: MetricSpec, value: number): number {
  return spec.scale === 'log' ? Math.log(value) : value;
}

/** The run-to-run variance of one run's figure assumed before seeing the data, with its weight in df. */
export function runToRunPrior(spec: MetricSpec, priors: NoisePriors): Component {
  const cpu = spec.name === 'cpu_per_request';
  const cv = cpu ? priors.cpuRunToRunCv : priors.runToRunCv;
  const df = cpu ? priors.cpuRunToRunPriorDf : priors.runToRunPriorDf;
  return {
    variance: spec.scale === 'log' ? logVarianceFromCv(cv) : priors.errorRateRunToRunSd ** 2,
    df: df > 0 ? df : Number.POSITIVE_INFINITY,
  };
}

/**
 * The level of the F test by which the pairs' own spread replaces the CPU prior. The latency prior is a
 * published figure for quiet runners, and a job far noisier than it must widen the interval at once (1 %).
 * The CPU prior was measured on a machine shared with other work, neighbours included: one pair a neighbour
 * pushed out is part of that noise, and at 1 % it would leave 3 pairs with 2 degrees of freedom (an interval
 * of ±1000 %) in one trial of twenty-five of the calibration (docs/statistics.md, "CPU per request"). At
 * 0.1 % a spread several times the measured one still replaces it.
 */
const CPU_SPREAD_TEST_LEVEL = 0.001;

/** The runs' within-run variances, or undefined when any run does not know its own (summary fidelity). */
export function withinParts(metrics: RunMetric[]): Component[] | undefined {
  if (metrics.some((m) => m.withinVar === undefined)) return undefined;
  return metrics.map((m) => ({ variance: m.withinVar!, df: m.withinDf ?? 1 }));
}

/** sd/mean of the baseline's per-run figures; NaN with one run. */
export function coefficientOfVariation(values: number[]): number {
  if (values.length < 2) return Number.NaN;
  // Stryker disable next-line ArithmeticOperator: equivalent, a − v sums to −Σv and the mean's sign is lost (|mean|, mean === 0)
  const mean = values.reduce((a, v) => a + v, 0) / values.length;
  const sd = Math.sqrt(sampleVariance(values));
  if (mean === 0) return sd === 0 ? 0 : Number.POSITIVE_INFINITY;
  return sd / Math.abs(mean);
}

/** Requests per run that make a quantile's tail as deep as a P99 of `minRequestsForP99` requests. */
export function requestsNeeded(quantile: number, minRequestsForP99: number): number {
  return Math.ceil((minRequestsForP99 * 0.01) / (1 - quantile));
}

function centre(spec: MetricSpec, ctx: EstimateContext, seriesId: string, b: number, c: number): number {
  return spec.scale === 'log'
    ? Math.log(c / b)
    : adjustedErrorRate(ctx.candidate, seriesId) - adjustedErrorRate(ctx.baseline, seriesId);
}

export interface Spread {
  variance?: Component;
  /** paired design on the log scale: the robust mean of the pairs' log-ratios (Huber), the interval's centre */
  location?: number;
  perRun: number;
  fixed: number;
  /** CPU per request, paired: the pair a neighbour disturbed, left out of the figures above */
  leftOut?: CpuPairLeftOut;
}

/** The variance of a change between the sides, from per-run figures (pairs in the same-job design). */
export function spread(spec: MetricSpec, ctx: EstimateContext, b: RunMetric[], c: RunMetric[]): Spread {
  const prior = runToRunPrior(spec, ctx.priors);
  const xb = b.map((m) => analysisValue(spec, m.value));
  const xc = c.map((m) => analysisValue(spec, m.value));
  const wb = withinParts(b);
  const wc = withinParts(c);
  if (ctx.paired) {
    // Pair i: candidate run i against baseline run i, measured back to back, so slow drift of the machine
    // cancels inside the pair. One pair's ratio carries both runs' within-run noise and run-to-run drift.
    // A paired t on the ratios' spread alone has k − 1 df (2 with 3 pairs: useless at 99.6 %), and signed
    // ranks cannot reach 95 % with 3 pairs; so the spread updates a variance built from the measured
    // within-run parts and the run-to-run prior, whose degrees of freedom carry the interval.
    // The pair's log-ratio is the unit of analysis: its centre is a robust mean of the pairs (huberLocation,
    // with the unit's own standard deviation as scale), so one pair a neighbour slowed is down-weighted.
    const pairPrior = { variance: 2 * prior.variance, df: prior.df };
    const pairWithin = wb && wc ? wb.map((w, i) => satterthwaite([w, wc[i]!])) : undefined;
    const leftOut =
      spec.name === 'cpu_per_request' && pairWithin
        ? disturbedCpuPair(xb, xc, expectedUnitVariance(pairPrior, pairWithin), CPU_SPREAD_TEST_LEVEL)
        : undefined;
    const values = withoutLeftOut(
      xc.map((x, i) => x - xb[i]!),
      leftOut,
    );
    const unit = unitVariance({
      values,
      within: pairWithin && withoutLeftOut(pairWithin, leftOut),
      prior: pairPrior,
      robust: true,
      ...(spec.name === 'cpu_per_request' ? { spreadTestLevel: CPU_SPREAD_TEST_LEVEL } : {}),
    });
    const k = values.length;
    if (!unit) return { perRun: Number.NaN, fixed: 0 };
    return {
      variance: { variance: unit.variance / k, df: unit.df },
      perRun: unit.variance,
      fixed: 0,
      ...(spec.scale === 'log' ? { location: huberLocation(values, Math.sqrt(unit.variance)) } : {}),
      ...(leftOut ? { leftOut } : {}),
    };
  }
  const ub = unitVariance({ values: xb, within: wb, prior });
  const uc = unitVariance({ values: xc, within: wc, prior });
  if (!ub || !uc) return { perRun: Number.NaN, fixed: 0 };
  const parts: Component[] = [
    { variance: ub.variance / xb.length, df: ub.df },
    { variance: uc.variance / xc.length, df: uc.df },
  ];
  let fixed = 0;
  if (ctx.betweenJob) {
    // Baseline and candidate each ran on a job of their own: two independent machine draws.
    const job = ctx.betweenJob.perMetric[spec.name];
    fixed = 2 * job.variance;
    parts.push({ variance: fixed, df: job.df });
  }
  return { variance: satterthwaite(parts), perRun: ub.variance + uc.variance, fixed };
}

/**
 * One side's figure: on the log scale the geometric mean of its runs' figures, so that the change is the
 * mean of the pairs' log-ratios (the unit of analysis) and one disturbed run moves it by its own share, no
 * more (a pooled P99 of all requests is dragged by the one run whose burst fills the pooled tail). The error
 * rate pools its requests (failures are rare; per-run rates of 0 have no logarithm).
 */
function sideFigure(
  metric: SeriesMetricName,
  runs: RunResult[],
  seriesId: string,
  metrics: RunMetric[],
): number {
  if (METRIC_SPECS[metric].scale !== 'log' || metrics.some((m) => !(m.value > 0)))
    return pooledValue(runs, seriesId, metric);
  return Math.exp(metrics.reduce((a, m) => a + Math.log(m.value), 0) / metrics.length);
}

function sideMetrics(runs: RunResult[], seriesId: string, metric: SeriesMetricName): RunMetric[] {
  return runs.map((run) => runSeriesMetrics(run, run.series.get(seriesId)!)[metric]);
}

/**
 * Standard errors of an error-rate change that must fit in its tolerance for these requests to decide it:
 * about what an interval at the gate's family-wise confidence needs to rule it out.
 */
const DECIDING_SE = 3;

/**
 * Standard errors of a latency quantile's change that must fit in its tolerance, at the runs the comparison
 * may still reach, for the quantile to hold back a pass. With three, an unchanged quantile's interval
 * (about two standard errors wide each way, around a centre that itself wanders by one) lands inside the
 * tolerance only about two times in three at the budget: the gate then measured to the budget and still
 * ended inconclusive, and with 10–20 endpoints some quantile always did (A/A passed 0–57 % of trials in the
 * calibration's many-endpoint cells, using all 15 pairs). With five, such a quantile is decided nearly
 * always (≥ 99 %), and one that is not stands aside as too noisy, provided it rules out twice its tolerance.
 */
const QUANTILE_DECIDING_SE = 5;

/** One run's binomial variance at failure share p, floored at one failure's worth as the runs' own are. */
function runShareVariance(p: number, n: number): number {
  return Math.max((p * (1 - p)) / n, shareVarianceFloor(0, n));
}

/**
 * Whether the request counts can decide an error-rate change of `tolerance`. The standard error of the
 * difference is taken as the interval would have it if nothing changed: every run of both sides at the
 * baseline's failure share (one failure and one success added), each run at least one failure's worth
 * (src/stats/run-metrics.ts). Three of them must fit in the tolerance, about what an interval at the gate's
 * family-wise confidence needs to rule the tolerance out (60 requests a side give ±4.6 pp). It rests on the
 * request counts and the baseline only: a PR that fails many requests cannot make its own error rate
 * ungated. It shrinks as one over the root of the requests, which gives the count a side that would do.
 */
function errorRateTooThin(
  spec: MetricSpec,
  b: RunMetric[],
  c: RunMetric[],
  tolerance: number,
): string | undefined {
  if (spec.name !== 'error_rate') return undefined;
  const nb = totalRequests(b);
  const nc = totalRequests(c);
  const failed = b.reduce((a, m) => a + m.value * m.requests, 0);
  const p = (failed + 1) / (nb + 2);
  const meanVariance = (ms: RunMetric[]) =>
    ms.reduce((a, m) => a + runShareVariance(p, m.requests), 0) / ms.length ** 2;
  const se = Math.sqrt(meanVariance(b) + meanVariance(c));
  if (DECIDING_SE * se <= tolerance) return undefined;
  const needed = Math.ceil(Math.max(nb, nc) * ((DECIDING_SE * se) / tolerance) ** 2);
  const pp = (x: number) => `${(x * 100).toFixed(2)} pp`;
  return `too few requests to judge a ${pp(tolerance)} change in error rate: ${nb} baseline and ${nc} PR requests leave a standard error of ${pp(se)}; about ${needed} a side would decide it`;
}

/**
 * Whether a metric on the log scale could be decided at its tolerance with the runs this comparison may
 * still reach (max-runs in live measurement): its standard error, from the interval's own variance, shrunk
 * as one over the root of the runs to that budget, must fit five times in the tolerance
 * (QUANTILE_DECIDING_SE). An inconclusive metric that cannot be decided even then stands aside from the
 * verdict if its interval rules out twice the tolerance (src/stats/compare.ts); one that can is confirmed
 * with more pairs instead. Latency quantiles (thin tails) and the service's resources (CPU per request
 * moves by 7.5 % per run on a busy runner, so a 5 % tolerance is out of reach of 15 pairs) are judged so;
 * `what` names the figure for the reason.
 */
export function tooNoisyAtBudget(
  what: string,
  runs: number,
  variance: Component,
  budget: number | undefined,
  tolerance: number,
): string | undefined {
  const reach = Math.max(runs, budget ?? runs);
  const se = Math.sqrt(variance.variance);
  const room = Math.log1p(tolerance);
  if (QUANTILE_DECIDING_SE * se * Math.sqrt(runs / reach) <= room) return undefined;
  const needed = Math.ceil(runs * ((QUANTILE_DECIDING_SE * se) / room) ** 2);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const within = reach > runs ? `within ${reach} runs a side` : `from ${runs} runs a side`;
  return `too noisy to judge a ${pct(tolerance)} change ${within}: ${what} leaves a standard error of ${pct(Math.expm1(se))} at ${runs}; about ${needed} runs a side (or longer runs) would decide it`;
}

function quantileTooNoisy(
  spec: MetricSpec,
  sides: { b: RunMetric[]; c: RunMetric[] },
  variance: Component | undefined,
  budget: number | undefined,
  tolerance: number,
): string | undefined {
  if (spec.quantile === undefined || !variance) return undefined;
  const runs = Math.max(sides.b.length, sides.c.length);
  const requests = Math.min(...sides.b.map((m) => m.requests));
  return tooNoisyAtBudget(
    `a ${spec.label} of ${requests} requests per run`,
    runs,
    variance,
    budget,
    tolerance,
  );
}

function notGatedReason(
  spec: MetricSpec,
  ctx: EstimateContext,
  key: SeriesKey,
  sides: { b: RunMetric[]; c: RunMetric[] },
  variance: Component | undefined,
): string | undefined {
  const { b, c } = sides;
  const unavailable = [...b, ...c].find((m) => m.unavailable !== undefined);
  if (unavailable) return `no figure to compare: ${unavailable.unavailable}`;
  if (!ctx.options.gatedMetrics.includes(spec.name)) return 'not among the gated metrics';
  if (spec.name === 'throughput' && ctx.loadModel === 'closed' && !isScenarioTotal(key))
    return "closed load model: the scenario's loop sets the rate of all its requests, so throughput is judged once, on all of them together";
  if (spec.name === 'throughput' && ctx.loadModel === 'open')
    return 'open load model: the script sets the request rate, so throughput is not a result (see dropped iterations and achieved rate)';
  if (spec.name === 'throughput' && ctx.loadModel !== 'closed')
    return 'load model unknown: throughput may be set by the script rather than be a result, so it is reported, not gated';
  if (spec.quantile !== undefined) {
    const needed = requestsNeeded(spec.quantile, ctx.options.minRequestsForP99);
    const fewest = Math.min(...b.map((m) => m.requests), ...c.map((m) => m.requests));
    if (fewest < needed)
      return `too thin: a ${spec.label} from ${fewest} requests per run rests on a handful of samples (needs ≥ ${needed} per run)`;
  }
  if (!variance)
    return 'summary-fidelity results with one run a side: the within-run uncertainty is unknown, so there is no interval to judge by';
  return undefined;
}

export function estimateMetric(
  ctx: EstimateContext,
  seriesId: string,
  metric: SeriesMetricName,
): MetricEstimate {
  const spec = METRIC_SPECS[metric];
  const b = sideMetrics(ctx.baseline, seriesId, metric);
  const c = sideMetrics(ctx.candidate, seriesId, metric);
  const comparable = ![...b, ...c].some((m) => m.unavailable !== undefined);
  const s: Spread = comparable ? spread(spec, ctx, b, c) : { perRun: Number.NaN, fixed: 0 };
  const baseline = sideFigure(metric, ctx.baseline, seriesId, b);
  // paired: the candidate's figure is the baseline's moved by the pairs' robust mean ratio
  const candidate =
    s.location !== undefined
      ? baseline * Math.exp(s.location)
      : sideFigure(metric, ctx.candidate, seriesId, c);
  const tolerance = ctx.options.seriesTolerances[seriesId]?.[metric] ?? ctx.options.tolerances[metric];
  const baselineCv = coefficientOfVariation(b.map((m) => m.value));
  const key = (ctx.baseline[0] ?? ctx.candidate[0])!.series.get(seriesId)!.key;
  const reason = notGatedReason(spec, ctx, key, { b, c }, s.variance);
  const undecidable =
    reason === undefined
      ? (errorRateTooThin(spec, b, c, tolerance) ??
        quantileTooNoisy(spec, { b, c }, s.variance, ctx.options.budgetRuns, tolerance))
      : undefined;
  const sideSize = (ms: RunMetric[]): number => (metric === 'throughput' ? ms.length : totalRequests(ms));
  const estimate: MetricEstimate = {
    seriesId,
    spec,
    tolerance,
    baseline,
    candidate,
    change: spec.changeKind === 'relative' ? candidate / baseline - 1 : candidate - baseline,
    center: comparable ? centre(spec, ctx, seriesId, baseline, candidate) : Number.NaN,
    perRun: s.perRun,
    fixed: s.fixed,
    baselineCv,
    sampleSize: { baseline: sideSize(b), candidate: sideSize(c) },
    gated: reason === undefined,
    testable: reason === undefined,
    ...(s.variance ? { variance: s.variance } : {}),
    ...(reason !== undefined ? { reason } : {}),
    ...(undecidable !== undefined ? { undecidable } : {}),
  };
  return unstableChecked(estimate, ctx, b);
}

/**
 * A gated metric whose baseline repeats vary more than `maxBaselineCv`, and more than the metric's own
 * noise explains (the F test at 1 % of their spread against the run-to-run prior plus the runs' measured
 * within-run variance), can neither pass nor fail. The within-run part matters for thin tails: a P99 of
 * 1 200 requests in a 10 s run moves by 6–17 % from run to run by sampling alone (the real k6 pairs of the
 * calibration), which the prior's 1.5 % does not cover. The limit was set for latency, whose repeats move by
 * 1.5 %: any spread above it is far beyond that noise. The service's CPU per request moves by 7.5 % per run, so
 * 3 repeats of an unchanged baseline vary by more than 10 % one time in six; that is its noise, which the
 * interval already carries, not an unstable baseline. The error rate's CV is not a stability measure (a 0.1 %
 * vs 0.3 % pair of runs has a CV of 70 %), so only metrics on the log scale (latency, throughput, CPU, memory)
 * can make a baseline unstable.
 * Only unpaired designs are checked: there the baseline's spread is part of what the candidate is compared
 * against. In pairs the baseline's levels move with the machine's load, which each pair cancels, and a
 * neighbour in one baseline run is the accident of one pair; what the interval rests on is the pairs' own
 * spread, which the F test of `unitVariance` already checks against the prior. Checked there too, a P99's
 * baseline on a busy runner (10 s runs, a CPU hog) looked unstable in one A/A gate run of five and held
 * back its pass (the real-k6-busy cell of `npm run bench:stats`).
 */
export function unstableChecked(
  estimate: MetricEstimate,
  ctx: EstimateContext,
  baselineRuns: RunMetric[],
): MetricEstimate {
  const { spec, baselineCv } = estimate;
  const { options } = ctx;
  if (!estimate.gated || spec.scale !== 'log' || ctx.paired || !(baselineCv > options.maxBaselineCv))
    return estimate;
  const prior = runToRunPrior(spec, ctx.priors);
  const within = withinParts(baselineRuns);
  const expected = within ? expectedUnitVariance(prior, within) : prior;
  if (spreadTooWide(logVarianceFromCv(baselineCv), ctx.baseline.length - 1, expected)) {
    estimate.testable = false;
    estimate.reason = `unstable baseline: its repeats vary by ${(baselineCv * 100).toFixed(1)}% (CV), above the ${(
      options.maxBaselineCv * 100
    ).toFixed(0)}% limit, so it can neither pass nor fail this metric`;
  }
  return estimate;
}
