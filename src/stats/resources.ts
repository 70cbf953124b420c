import {
  measuredRequests,
  measuredSaturated,
  type RunResult,
  requestsBySecond,
  SATURATED_BUSY_SHARE,
  type SeriesKey,
  seriesId,
} from '../results/types.ts';
import { cvFromLogVariance, logVarianceFromCv } from './between-job.ts';
import { withoutLeftOut } from './cpu-pairs.ts';
import { disturbedSeconds, sidesOf } from './disturbance.ts';
import {
  coefficientOfVariation,
  type EstimateContext,
  type MetricEstimate,
  type Spread,
  spread,
  tooNoisyAtBudget,
  unstableChecked,
} from './metric-estimate.ts';
import { METRIC_SPECS, RESOURCE_METRICS } from './metrics.ts';
import { type RunMetric, totalRequests } from './run-metrics.ts';
import type { HistoryEntry, NoisePriors, ResourceMetricName } from './types.ts';
import { satterthwaite } from './variance.ts';

/**
 * The service under test appears in a comparison as one more series, whose metrics are its CPU per
 * request and its peak RSS: the reports, the verdict and the baseline history treat it like any other.
 */
export const SERVICE_KEY: SeriesKey = { scenario: '', group: '', method: 'service', name: '(CPU, memory)' };
export const SERVICE_SERIES_ID = seriesId(SERVICE_KEY);

/** Linux counts CPU time in ticks of 10 ms: the resolution of each end of a run's CPU reading. */
const CPU_TICK_SECONDS = 0.01;
const MB = 1024 * 1024;

/** Seconds with fewer requests than this give no CPU per request of their own (10 ms ticks). */
const MIN_SECOND_REQUESTS = 10;

/** Seconds of a run a neighbour made costlier in CPU per request, and their CPU and requests. */
export interface CpuStretch {
  seconds: number[];
  factor: number;
  cpuSeconds: number;
  requests: number;
}

/**
 * The stretch of a run whose CPU per request stood above the rest of the run, from its CPU second by
 * second (runs that kept it) and its requests second by second: found as latency's disturbances are
 * (disturbance.ts), on ln(CPU / requests) of each second.
 */
function cpuStretch(run: RunResult): CpuStretch | undefined {
  const bySecond = run.service?.cpuBySecond;
  // (an empty one has no seconds enough for disturbedSeconds to judge)
  if (bySecond === undefined) return undefined;
  const requests = requestsBySecond(run);
  const level = ([t, cpu]: [number, number]) => {
    const n = requests.get(t) ?? 0;
    // a second without CPU reads ln 0 = −∞, which disturbedSeconds, like NaN, counts as unknown
    return n >= MIN_SECOND_REQUESTS ? Math.log(cpu / n) : Number.NaN;
  };
  const found = disturbedSeconds(
    bySecond.map(([t]) => t),
    bySecond.map(level),
  );
  if (found === undefined) return undefined;
  const drop = new Set(found.seconds);
  let cpuSeconds = 0;
  let dropped = 0;
  for (const [t, cpu] of bySecond)
    if (drop.has(t)) {
      cpuSeconds += cpu;
      dropped += requests.get(t) ?? 0;
    }
  return { ...found, cpuSeconds, requests: dropped };
}

/**
 * A neighbour's stretch of CPU per request in each run of both sides (sidesOf says which are left out: a
 * stretch in every run of one side and none of the other is the build's own).
 */
export function screenCpu(baseline: RunResult[], candidate: RunResult[]) {
  return sidesOf(baseline.map(cpuStretch), candidate.map(cpuStretch));
}
export type CpuScreen = ReturnType<typeof screenCpu>;

/** The CPU and requests a run's CPU per request is read from: its window, less a left-out stretch. */
function cpuReading(
  run: RunResult,
  stretch: CpuStretch | undefined,
): { cpuSeconds: number; requests: number } {
  const { requests } = measuredRequests(run);
  const cpuSeconds = run.service!.cpuSeconds;
  if (stretch === undefined) return { cpuSeconds, requests };
  return { cpuSeconds: Math.max(0, cpuSeconds - stretch.cpuSeconds), requests: requests - stretch.requests };
}

/** One run's figure: CPU milliseconds per measured request, or peak RSS in MB; undefined without one. */
function runResource(
  run: RunResult,
  metric: ResourceMetricName,
  stretch?: CpuStretch,
): RunMetric | undefined {
  const service = run.service;
  if (service === undefined) return undefined;
  const { cpuSeconds, requests } = cpuReading(run, stretch);
  if (metric === 'peak_rss') {
    // the peak is one sampled (or kernel-recorded) figure: no within-run spread to speak of
    return { value: service.peakRssBytes / MB, requests, withinVar: 0, withinDf: Number.POSITIVE_INFINITY };
  }
  if (requests === 0 || !(cpuSeconds > 0))
    return { value: Number.NaN, requests, unavailable: 'no requests or no CPU time measured' };
  // Each end of the reading is rounded to a tick: variance of the log from two uniform rounding errors.
  const relative = CPU_TICK_SECONDS / cpuSeconds;
  return {
    value: (cpuSeconds * 1000) / requests,
    requests,
    withinVar: (2 * relative * relative) / 12,
    withinDf: Number.POSITIVE_INFINITY,
  };
}

/** A side's pooled figure from its runs' figures: total CPU over total requests; the mean of the peaks. */
function pooled(metrics: RunMetric[], metric: ResourceMetricName): number {
  if (metric === 'peak_rss') return metrics.reduce((a, m) => a + m.value, 0) / metrics.length;
  // no requests at all: 0 / 0, NaN
  return metrics.reduce((a, m) => a + m.value * m.requests, 0) / totalRequests(metrics);
}

/**
 * The CPU per request prior for runs of which `share` were measured on a saturated runner: the run-to-run
 * variance is the runs' mix of the saturated and the usual figure, and its degrees of freedom those of that
 * sum (Welch–Satterthwaite), so a comparison made wholly on a saturated runner rests on the saturated
 * measurement alone.
 */
function cpuPriorWithSaturation(priors: NoisePriors, share: number): NoisePriors {
  const mix = satterthwaite([
    { variance: (1 - share) * logVarianceFromCv(priors.cpuRunToRunCv), df: priors.cpuRunToRunPriorDf },
    { variance: share * logVarianceFromCv(priors.cpuSaturatedRunToRunCv), df: priors.cpuSaturatedPriorDf },
  ]);
  return { ...priors, cpuRunToRunCv: cvFromLogVariance(mix.variance), cpuRunToRunPriorDf: mix.df };
}

/**
 * CPU per request judged with the noise of the runner it was measured on: runs measured while every core
 * was busy (services, load generator and other work competing) move by about 23 % each instead of 7.5 %,
 * and three pairs cannot show that spread themselves (docs/statistics.md, "CPU per request on a saturated
 * runner"). The context with that prior, and the words that say why the interval is wide.
 */
function saturationAware(ctx: EstimateContext): { ctx: EstimateContext; noisier?: string } {
  const runs = [...ctx.baseline, ...ctx.candidate];
  const saturated = runs.filter((r) => measuredSaturated(r.service!)).length;
  if (saturated === 0) return { ctx };
  const pct = (x: number) => `${(x * 100).toFixed(x < 0.1 ? 1 : 0)}%`;
  const { cpuRunToRunCv, cpuSaturatedRunToRunCv } = ctx.priors;
  return {
    ctx: { ...ctx, priors: cpuPriorWithSaturation(ctx.priors, saturated / runs.length) },
    noisier:
      `a saturated runner: its cores were ≥ ${pct(SATURATED_BUSY_SHARE)} busy in ${saturated} of ${runs.length} runs, ` +
      `where CPU per request moves by about ${pct(cpuSaturatedRunToRunCv)} per run (${pct(cpuRunToRunCv)} with cores to spare)`,
  };
}

function estimate(outer: EstimateContext, metric: ResourceMetricName, screen: CpuScreen): MetricEstimate {
  const spec = METRIC_SPECS[metric];
  const { ctx, noisier } = metric === 'cpu_per_request' ? saturationAware(outer) : { ctx: outer };
  // CPU per request leaves out the stretches a neighbour made costlier (peak RSS is one reading per run)
  const stretch = (side: 'baseline' | 'candidate', i: number) =>
    metric === 'cpu_per_request' && screen.leftOut[side] ? screen[side][i] : undefined;
  const b = ctx.baseline.map((r, i) => runResource(r, metric, stretch('baseline', i))!);
  const c = ctx.candidate.map((r, i) => runResource(r, metric, stretch('candidate', i))!);
  const unavailable = [...b, ...c].find((m) => m.unavailable !== undefined)?.unavailable;
  const s: Spread = unavailable === undefined ? spread(spec, ctx, b, c) : { perRun: Number.NaN, fixed: 0 };
  const baseline = pooled(withoutLeftOut(b, s.leftOut), metric);
  // paired: the pairs' robust mean log-ratio (as for latency), so one pair a neighbour slowed counts less
  const candidate = s.location !== undefined ? baseline * Math.exp(s.location) : pooled(c, metric);
  // (no 'too few runs' here: every run's figure carries its within-run variance, so the spread has one)
  const reason =
    unavailable !== undefined
      ? `no figure to compare: ${unavailable}`
      : !ctx.options.gatedMetrics.includes(metric)
        ? 'not among the gated metrics'
        : undefined;
  const tolerance =
    ctx.options.seriesTolerances[SERVICE_SERIES_ID]?.[metric] ?? ctx.options.tolerances[metric];
  // as a latency quantile's: noise no budget of pairs can narrow to the tolerance stands aside once the
  // interval rules out twice it (src/stats/compare.ts), instead of holding every unchanged build inconclusive
  const undecidable =
    reason === undefined && s.variance
      ? tooNoisyAtBudget(
          `the service's ${spec.label}`,
          Math.max(b.length, c.length),
          s.variance,
          ctx.options.budgetRuns,
          tolerance,
        )
      : undefined;
  return unstableChecked(
    {
      seriesId: SERVICE_SERIES_ID,
      spec,
      tolerance,
      baseline,
      candidate,
      change: candidate / baseline - 1,
      // NaN when a run has no figure: its NaN enters its side's pooled figure
      center: Math.log(candidate / baseline),
      perRun: s.perRun,
      fixed: s.fixed,
      baselineCv: coefficientOfVariation(b.map((m) => m.value)),
      sampleSize: { baseline: totalRequests(b), candidate: totalRequests(c) },
      gated: reason === undefined,
      testable: reason === undefined,
      ...(s.variance ? { variance: s.variance } : {}),
      ...(reason !== undefined ? { reason } : {}),
      ...(noisier !== undefined ? { noisier } : {}),
      ...(s.leftOut ? { leftOut: s.leftOut } : {}),
      ...(undecidable !== undefined ? { undecidable } : {}),
    },
    ctx,
    b,
  );
}

/**
 * The service's metrics when every run of both sides measured its resources (a side without them, e.g. a
 * baseline saved before, compares nothing here); otherwise none.
 */
export function resourceEstimates(ctx: EstimateContext, screen: CpuScreen): MetricEstimate[] {
  const all = [...ctx.baseline, ...ctx.candidate];
  if (all.length === 0 || all.some((r) => r.service === undefined)) return [];
  return RESOURCE_METRICS.map((metric) => estimate(ctx, metric, screen));
}

/**
 * A baseline's headline figures with the service's pooled CPU per request and peak RSS added under the
 * service's series id, when measured: the history then gives the cached design a between-job spread for
 * them too.
 */
export function withServiceHeadline(
  headline: HistoryEntry['headline'],
  runs: RunResult[],
): HistoryEntry['headline'] {
  if (runs.length === 0 || runs.some((r) => r.service === undefined)) return headline;
  const figures: Partial<Record<ResourceMetricName, number>> = {};
  for (const metric of RESOURCE_METRICS) {
    const value = pooled(
      runs.map((r) => runResource(r, metric)!),
      metric,
    );
    if (Number.isFinite(value) && value > 0) figures[metric] = value;
  }
  return { ...headline, [SERVICE_SERIES_ID]: figures };
}
