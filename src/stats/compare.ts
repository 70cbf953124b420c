import { overriddenModelNotes } from '../results/load-model.ts';
import {
  type LoadModel,
  type LoadModelSource,
  type RunResult,
  type SeriesKey,
  seriesNamer,
} from '../results/types.ts';
import type { BetweenJob } from './between-job.ts';
import { betweenJobPriorDf, betweenJobVariance, cvFromLogVariance } from './between-job.ts';
import type { CpuPairLeftOut } from './cpu-pairs.ts';
import { defaultNoisePriors } from './defaults.ts';
import { studentTQuantile, studentTTwoSidedP } from './distributions.ts';
import { screenDisturbances } from './disturbance.ts';
import { holm } from './holm.ts';
import { classify, REGRESSION_FLOOR, runsToDecide } from './interval-outcome.ts';
import type { EstimateContext, MetricEstimate } from './metric-estimate.ts';
import { estimateMetric } from './metric-estimate.ts';
import { formatChange, METRIC_NAMES, METRIC_SPECS, SERIES_METRICS, toChange } from './metrics.ts';
import { resourceEstimates, SERVICE_KEY, SERVICE_SERIES_ID, screenCpu } from './resources.ts';
import { runSeriesMetrics } from './run-metrics.ts';
import { withScenarioTotals } from './scenario-totals.ts';
import { evaluateSlos } from './slo.ts';
import type {
  Comparison,
  Design,
  Disturbance,
  GateOptions,
  HistoryEntry,
  MetricComparison,
  MetricName,
  NoisePriors,
  PairInfo,
  SeriesComparison,
} from './types.ts';
import { decide, worstOutcome } from './verdict.ts';

export interface CompareInput {
  baseline: RunResult[];
  candidate: RunResult[];
  design: Design;
  /** cached design: headline figures of the base branch's last baselines */
  history?: HistoryEntry[];
  /** same-job design: the order inside each pair, e.g. ['AB', 'BA', 'AB'] */
  pairOrders?: string[];
  /** why the sides must not be compared, decided before comparing (the baseline's identity differs) */
  refused?: string;
}

function sideModel(runs: RunResult[], side: string): { model: LoadModel; refused?: string } {
  const models = new Set(runs.map((r) => r.loadModel));
  if (models.has('open') && models.has('closed'))
    return { model: 'unknown', refused: `the ${side} runs mix open and closed load models` };
  if (models.size === 1) return { model: runs[0]!.loadModel };
  return { model: 'unknown' };
}

function modelSources(runs: RunResult[]): LoadModelSource[] {
  return [...new Set(runs.map((r) => r.loadModelSource ?? 'unknown'))];
}

function sideTargetRate(runs: RunResult[]): number | undefined {
  return runs.find((r) => r.targetRate !== undefined)?.targetRate;
}

function differs(a: number, b: number): boolean {
  return Math.abs(a - b) > 0.01 * Math.max(Math.abs(a), Math.abs(b));
}

/** Why the two sides must not be compared at all, if they must not. */
function refusal(input: CompareInput, warnings: string[]): { model: LoadModel; refused?: string } {
  const b = sideModel(input.baseline, 'baseline');
  const c = sideModel(input.candidate, 'candidate');
  if (input.refused !== undefined)
    return { model: b.model === c.model ? b.model : 'unknown', refused: input.refused };
  if (b.refused) return b;
  if (c.refused) return c;
  for (const [side, runs] of [
    ['baseline', input.baseline],
    ['candidate', input.candidate],
  ] as const) {
    const rates = runs.map((r) => r.targetRate).filter((r): r is number => r !== undefined);
    if (rates.some((r) => differs(r, rates[0]!)))
      return {
        model: 'unknown',
        refused: `the ${side} runs were driven at different target rates (${rates.join(', ')}/s)`,
      };
  }
  if ((b.model === 'open' && c.model === 'closed') || (b.model === 'closed' && c.model === 'open'))
    return {
      model: 'unknown',
      refused: `load models differ: baseline ${b.model}, candidate ${c.model}; an arrival-rate test and a fixed-VU test measure different things`,
    };
  const tb = sideTargetRate(input.baseline);
  const tc = sideTargetRate(input.candidate);
  // Stryker disable next-line ConditionalExpression: with a rate undefined differs() compares NaN, false; the checks narrow the types
  if (tb !== undefined && tc !== undefined && differs(tb, tc))
    return { model: 'unknown', refused: `target rates differ: baseline ${tb}/s, candidate ${tc}/s` };
  if (b.model !== c.model || b.model === 'unknown') {
    warnings.push(
      `load model not known for both sides (baseline ${b.model}, candidate ${c.model}): throughput is reported, not gated`,
    );
    return { model: 'unknown' };
  }
  return { model: b.model };
}

function seriesSets(input: CompareInput, warnings: string[]) {
  const inAll = (runs: RunResult[], id: string) => runs.every((r) => r.series.has(id));
  const inAny = (runs: RunResult[], id: string) => runs.some((r) => r.series.has(id));
  const ids: string[] = [];
  for (const run of [...input.baseline, ...input.candidate])
    for (const id of run.series.keys()) if (!ids.includes(id)) ids.push(id);
  const compared: string[] = [];
  const added: string[] = [];
  const removed: string[] = [];
  for (const id of ids) {
    const b = inAny(input.baseline, id);
    const c = inAny(input.candidate, id);
    if (inAll(input.baseline, id) && inAll(input.candidate, id)) compared.push(id);
    else if (b && c) warnings.push(`series '${id}' is missing from some runs of one side: not compared`);
    else if (c) added.push(id);
    else removed.push(id);
  }
  return { compared, added, removed };
}

/** What a reader needs when the sides share no series: that, and a few names of each side. */
function noSharedSeries(input: CompareInput): string {
  const keysOf = (runs: RunResult[]) => {
    const keys = new Map<string, SeriesKey>();
    for (const run of runs) for (const s of run.series.values()) keys.set(s.id, s.key);
    return [...keys.values()];
  };
  const baseline = keysOf(input.baseline);
  const candidate = keysOf(input.candidate);
  const name = seriesNamer([...baseline, ...candidate]);
  const few = (keys: SeriesKey[]) =>
    `${keys
      .slice(0, SHOWN_NAMES)
      .map((k) => `'${name(k)}'`)
      .join(', ')}${keys.length > SHOWN_NAMES ? ` and ${keys.length - SHOWN_NAMES} more` : ''}`;
  return (
    `The baseline and the PR share no series, so nothing was compared: the baseline has ${few(baseline)}; ` +
    `the PR has ${few(candidate)}. Series match by scenario, group, method and name (a URL counts from ` +
    'after its target: set target-url / --target-url when the load went to another host or base path)'
  );
}

const SHOWN_NAMES = 3;

/**
 * Two-sided p-value of "the change is at most half the tolerance either way" (what a regression or an
 * improvement must rule out), which orders the metrics for Holm's step-down: the test that each interval's
 * τ/2 bound makes.
 */
function pValue(e: MetricEstimate): number {
  const v = e.variance!;
  const floor = REGRESSION_FLOOR * e.tolerance;
  const margin = Math.abs(e.center) - (e.spec.scale === 'log' ? Math.log1p(floor) : floor);
  if (margin <= 0) return 1;
  if (v.variance === 0) return 0;
  return studentTTwoSidedP(margin / Math.sqrt(v.variance), v.df);
}

/** The interval of a change at `confidence`, in the metric's own units, and its half-width on the analysis scale. */
function intervalAt(e: MetricEstimate, confidence: number) {
  const v = e.variance;
  const critical = v ? studentTQuantile(1 - (1 - confidence) / 2, v.df) : Number.NaN;
  const half = v ? critical * Math.sqrt(v.variance) : Number.NaN;
  const interval: [number, number] = [toChange(e.spec, e.center - half), toChange(e.spec, e.center + half)];
  // oriented so that positive is worse (latency up, error rate up, throughput down)
  const worse: [number, number] = e.spec.worse === 1 ? interval : [-interval[1], -interval[0]];
  return { critical, half, interval, worse, confidence };
}

/**
 * `confidence` is the Holm-adjusted level of this metric's test, `familyConfidence` the unadjusted one.
 * Regressions and improvements are read from the adjusted interval: "any metric got worse" is a union of
 * claims, and more endpoints must not mean more false alarms. "No change" is read from the unadjusted
 * interval: a pass claims that every metric is unchanged, an intersection of claims, and such a claim keeps
 * its error rate without any correction (the intersection-union principle, as in equivalence testing).
 * Correcting it too would make an unchanged build pass less often for every endpoint added.
 */
function toMetricComparison(
  e: MetricEstimate,
  confidence: number,
  familyConfidence: number,
  p: number | undefined,
): MetricComparison {
  const spec = e.spec;
  const adjusted = intervalAt(e, confidence);
  const plain = intervalAt(e, Math.min(confidence, familyConfidence));
  const unchanged = e.testable && classify(plain.worse[0], plain.worse[1], e.tolerance) === 'no-change';
  const outcome = unchanged ? 'no-change' : classify(adjusted.worse[0], adjusted.worse[1], e.tolerance);
  // an undecided metric that stands aside does so on a claim read from the unadjusted interval, shown as such
  const excuse = e.testable && outcome === 'inconclusive' ? standAside(e, plain) : undefined;
  const shown = unchanged || excuse !== undefined ? plain : adjusted;
  const { critical } = adjusted;
  const comparison: MetricComparison = {
    metric: spec.name,
    unit: spec.unit,
    baseline: e.baseline,
    candidate: e.candidate,
    change: e.change,
    changeKind: spec.changeKind,
    interval: shown.interval,
    confidence: shown.confidence,
    tolerance: e.tolerance,
    outcome: 'inconclusive',
    gated: e.gated,
    sampleSize: e.sampleSize,
    baselineCv: e.baselineCv,
    noiseFloor: toChange(spec, adjusted.half),
    ...(p !== undefined ? { pValue: p } : {}),
    ...(e.reason !== undefined ? { reason: e.reason } : {}),
  };
  if (!e.testable) return comparison;
  comparison.outcome = outcome;
  if (excuse !== undefined) {
    comparison.gated = false;
    comparison.reason = excuse;
  } else if (comparison.outcome === 'inconclusive') {
    const runs = runsToDecide({
      estimate: e.center,
      tolerance: spec.scale === 'log' ? Math.log1p(e.tolerance) : e.tolerance,
      critical,
      perRun: e.perRun,
      fixed: e.fixed,
    });
    const tolerance = formatChange(spec, e.tolerance).replace('+', '');
    const undecided = `the interval neither rules out a ${tolerance} change nor shows one of more than half of it`;
    // the cause first: a long reason is cut short in the table
    const base = e.noisier === undefined ? undecided : `${e.noisier}; ${undecided}`;
    if (runs !== undefined) {
      comparison.runsToDecide = runs;
      comparison.reason = `${base}; about ${runs} runs a side would likely decide it`;
    } else {
      comparison.reason =
        e.fixed > 0
          ? `${base}; more repeats cannot decide it, the between-job noise alone is wider: measure base and PR in the same job`
          : `${base}; it would take more than 100 runs a side`;
    }
  }
  return comparison;
}

/**
 * Why an inconclusive metric does not hold back a pass, if it may not. Each is a claim that it did not get
 * worse by some amount, read from the unadjusted interval: a pass claims it of every metric at once, an
 * intersection of claims that keeps its error rate without correction (as "no change" does), and a metric
 * that really got worse by that amount gets past it at most at that interval's one-sided error rate.
 * - Not worse: the interval rules out a regression of the tolerance and only an improvement of that size is
 *   still open. The tolerance is the smallest change worth failing for: only a regression holds back a pass
 *   (the equivalence tests' one-sided reading, non-inferiority).
 * - Undecidable at the budget: an error rate with too few requests stands aside as it is; a latency quantile
 *   must still rule out a regression of twice its tolerance, so a pass never rests on ignoring an interval
 *   a large regression fits in (one run a side of a cached baseline, say), only on a quantile whose
 *   regressions are known to stay under 2τ.
 */
function standAside(e: MetricEstimate, plain: ReturnType<typeof intervalAt>): string | undefined {
  const hi = plain.worse[1];
  const label = (x: number) => formatChange(e.spec, x).replace('+', '');
  const bound = `its ${(plain.confidence * 100).toFixed(1)}% interval reaches ${formatChange(e.spec, e.spec.worse === 1 ? hi : -hi)} at worst`;
  if (e.undecidable !== undefined) {
    if (e.spec.scale !== 'log') return e.undecidable;
    if (!(hi < 2 * e.tolerance)) return undefined;
    const unseen =
      hi < e.tolerance
        ? `a ${label(e.tolerance)} regression`
        : `a ${label(2 * e.tolerance)} regression (one between ${label(e.tolerance)} and ${label(2 * e.tolerance)} could go unseen)`;
    return `${e.undecidable}; ${bound}, which rules out ${unseen}, so it does not hold back a pass`;
  }
  // the interval is not "no change" (that outcome would have been read first), so with hi < τ its lower end
  // is at −τ or below: only an improvement of the tolerance is still open
  if (hi < e.tolerance)
    return `not worse: ${bound}, which rules out a ${label(e.tolerance)} regression; an improvement of that size is still open, and only a regression holds back a pass`;
  return undefined;
}

/** Per pair, the candidate/base ratio of the P50, geometric mean over the compared series. */
function pairRatios(input: { baseline: RunResult[]; candidate: RunResult[] }, compared: string[]): number[] {
  return input.candidate.map((run, i) => {
    const base = input.baseline[i]!;
    const logs = compared
      .map((id) => {
        const c = runSeriesMetrics(run, run.series.get(id)!).p50.value;
        const b = runSeriesMetrics(base, base.series.get(id)!).p50.value;
        return Math.log(c / b);
      })
      .filter(Number.isFinite);
    // a pair without any finite ratio: 0 / 0, NaN
    return Math.exp(logs.reduce((a, v) => a + v, 0) / logs.length);
  });
}

function openModelInfo(input: CompareInput): Comparison['openModel'] {
  const side = (runs: RunResult[]) => {
    const seconds = runs.reduce((a, r) => a + (r.endMs - r.startMs) / 1000, 0);
    const iterations = runs.reduce((a, r) => a + r.totals.iterations, 0);
    return {
      dropped: runs.reduce((a, r) => a + r.totals.droppedIterations, 0),
      rate: seconds > 0 ? iterations / seconds : Number.NaN,
    };
  };
  const b = side(input.baseline);
  const c = side(input.candidate);
  const target = sideTargetRate(input.baseline) ?? sideTargetRate(input.candidate);
  return {
    droppedIterations: { baseline: b.dropped, candidate: c.dropped },
    achievedRate: { baseline: b.rate, candidate: c.rate },
    ...(target !== undefined ? { targetRate: target } : {}),
  };
}

/**
 * While the between-job prior weighs more than the history, say so: the cached interval then rests mostly on
 * an assumption about the runners, not on what this repository's runners did.
 */
function betweenJobWarning(job: BetweenJob, priors: NoisePriors): string | undefined {
  const p50 = job.perMetric.p50;
  const priorDf = betweenJobPriorDf(priors);
  if (p50.historyDf >= priorDf) return undefined;
  const assumed = `a prior of ${(priors.betweenJobCv * 100).toFixed(0)}% CV${Number.isFinite(priorDf) ? ` worth ${priorDf} past baselines` : ''}`;
  return `cached baseline with ${job.historySize} past baselines: between-job noise ${(cvFromLogVariance(p50.variance) * 100).toFixed(0)}% CV (P50), mostly ${assumed}`;
}

/**
 * Compares baseline runs with candidate runs series by series and decides the verdict (docs/statistics.md).
 * Pure and deterministic: the analysis draws no random numbers (time-block variances and Woodruff
 * intervals are closed-form), so the same inputs give the same Comparison; `options.seed` is recorded.
 */
export function compareRuns(input: CompareInput, options: GateOptions): Comparison {
  if (input.baseline.length === 0) throw new Error('compareRuns: the baseline has no runs');
  if (input.candidate.length === 0) throw new Error('compareRuns: the candidate has no runs');
  const priors = options.priors ?? defaultNoisePriors;
  // the steps below add their warnings in this order
  const warnings: string[] = overriddenModelNotes([...input.baseline, ...input.candidate]);
  const { model, refused } = refusal(input, warnings);
  const skeleton = {
    design: input.design,
    seed: options.seed,
    familyConfidence: options.familyConfidence,
    correction: 'holm' as const,
    loadModel: model,
    loadModelSource: { baseline: modelSources(input.baseline), candidate: modelSources(input.candidate) },
    runs: { baseline: input.baseline.length, candidate: input.candidate.length },
  };
  if (refused !== undefined) {
    const nothing = { series: [], added: [], removed: [], slos: [] };
    return {
      ...skeleton,
      refused,
      ...nothing,
      verdict: 'inconclusive',
      reasons: [`Not compared: ${refused}`],
      warnings,
    };
  }
  const { compared, added, removed } = seriesSets(input, warnings);
  const screened = screenDisturbances(input.baseline, input.candidate);
  // Stryker disable next-line StringLiteral: disturbanceWarning tells only 'cpu' apart, any other word reads as latency
  warnings.push(...screened.disturbances.map((d) => disturbanceWarning(d, 'latency')));
  const screenedInput = { ...input, baseline: screened.baseline, candidate: screened.candidate };
  const sides =
    model === 'closed'
      ? withScenarioTotals(screenedInput, compared)
      : { ...screenedInput, ids: [] as string[] };
  const paired = input.design === 'same-job' && input.baseline.length === input.candidate.length;
  warnings.push(...designWarnings(input, paired));
  const betweenJob = input.design === 'cached' ? betweenJobVariance(input.history, priors) : undefined;
  const jobWarning = betweenJob && betweenJobWarning(betweenJob, priors);
  if (jobWarning) warnings.push(jobWarning);
  const context: EstimateContext = {
    baseline: sides.baseline,
    candidate: sides.candidate,
    paired,
    loadModel: model,
    options,
    priors,
    ...(betweenJob ? { betweenJob } : {}),
  };
  const series = judgeSeries(context, input, sides, compared, warnings);

  const candidateIds = [...compared, ...added].filter((id) => input.candidate.every((r) => r.series.has(id)));
  const slos = evaluateSlos(screened.candidate, candidateIds, options, priors, warnings);
  const { verdict, reasons } = decide(
    series,
    slos,
    compared.length === 0 ? noSharedSeries(input) : undefined,
  );

  const comparison: Comparison = { ...skeleton, series, added, removed, slos, verdict, reasons, warnings };
  if (screened.disturbances.length > 0) comparison.disturbances = screened.disturbances;
  if (model === 'open') comparison.openModel = openModelWithWarning(input, warnings);
  if (betweenJob) comparison.betweenJob = betweenJobSummary(betweenJob);
  if (paired) comparison.pairs = pairInfo(input, screened, compared, warnings);
  return comparison;
}

function cpuPairWarning(p: CpuPairLeftOut): string {
  return `CPU per request: ${p.side} run ${p.pair} used ×${p.factor.toFixed(2)} the CPU per request of its side's other runs, and its pair alone disagreed with the others (something else on the machine shared its cores): pair ${p.pair} is left out of CPU per request`;
}

/** A latency disturbance's seconds leave the requests; a CPU one's leave CPU per request only. */
function disturbanceWarning(d: Disturbance, of: 'latency' | 'cpu'): string {
  const what = of === 'cpu' ? `${d.seconds} s of CPU per request ×` : `${d.seconds} s slowed ×`;
  return `${d.side} run ${d.run}: ${what}${d.factor.toFixed(2)} against the rest of the run ${
    d.leftOut
      ? `(something else on the machine): those seconds are left out${of === 'cpu' ? ' of CPU per request' : ''}`
      : 'in every run of this side and none of the other: the build’s own behaviour, kept'
  }`;
}

/** What the runs' design and fidelity leave the analysis unable to do. */
function designWarnings(input: CompareInput, paired: boolean): string[] {
  const warnings: string[] = [];
  if (input.design === 'same-job' && !paired)
    warnings.push(
      `same-job design with ${input.baseline.length} baseline and ${input.candidate.length} candidate runs: not pairs, analysed as two groups`,
    );
  if ([...input.baseline, ...input.candidate].some((r) => r.fidelity === 'summary'))
    warnings.push(
      'summary-fidelity results (no distribution, no per-second data): within-run uncertainty is unknown, intervals rest on the spread of repeats',
    );
  return warnings;
}

/**
 * Estimates every metric of every compared series (and the service's resources), corrects the family of
 * tests with Holm's method and gives each series its outcome.
 */
function judgeSeries(
  context: EstimateContext,
  input: CompareInput,
  sides: { baseline: RunResult[]; candidate: RunResult[]; ids: string[] },
  compared: string[],
  warnings: string[],
): SeriesComparison[] {
  const { options } = context;
  // closed model: each scenario's all-requests series (scenario-totals.ts) judges its throughput, only that
  const requests = [...compared, ...sides.ids];
  const estimates = requests.map((id) =>
    (sides.ids.includes(id) ? (['throughput'] as const) : SERIES_METRICS).map((metric) =>
      estimateMetric(context, id, metric),
    ),
  );
  // The service's CPU and memory, when measured on both sides, are one more series of the family. They read
  // the runs as measured, not as latency's screening left them (its left-out seconds take their requests
  // but not their CPU, and the closed model's all-requests series would count every request twice): CPU per
  // request screens the seconds a neighbour made costlier itself, from the CPU second by second.
  const cpu = screenCpu(input.baseline, input.candidate);
  warnings.push(...cpu.disturbances.map((d) => disturbanceWarning(d, 'cpu')));
  const service = resourceEstimates(
    { ...context, baseline: input.baseline, candidate: input.candidate },
    cpu,
  );
  const judged = [...requests];
  if (service.length > 0) {
    judged.push(SERVICE_SERIES_ID);
    estimates.push(service);
  }
  for (const { leftOut } of service) if (leftOut) warnings.push(cpuPairWarning(leftOut));

  const testable = estimates.flat().filter((e) => e.testable);
  const pValues = testable.map(pValue);
  const adjusted = holm(pValues, options.familyConfidence);
  const untested = 1 - (1 - options.familyConfidence) / Math.max(1, testable.length);
  return judged.map((id, i) => {
    const metrics = estimates[i]!.map((e) => {
      const k = testable.indexOf(e);
      return k >= 0
        ? toMetricComparison(e, adjusted.confidence[k]!, options.familyConfidence, pValues[k])
        : toMetricComparison(e, untested, options.familyConfidence, undefined);
    });
    // a compared series is in every run of both sides, and the scenario totals were added to every run
    const key = id === SERVICE_SERIES_ID ? SERVICE_KEY : sides.baseline[0]!.series.get(id)!.key;
    return { id, key, metrics, outcome: worstOutcome(metrics) };
  });
}

/** The open model's dropped iterations and rates; a candidate that dropped more did not keep up: a warning. */
function openModelWithWarning(input: CompareInput, warnings: string[]): Comparison['openModel'] {
  const openModel = openModelInfo(input);
  const { droppedIterations } = openModel!;
  if (droppedIterations.candidate > droppedIterations.baseline)
    warnings.push(
      `the candidate dropped ${droppedIterations.candidate} iterations (baseline ${droppedIterations.baseline}): it did not keep up with the arrival rate`,
    );
  return openModel;
}

/** The between-job noise of a cached comparison as coefficients of variation, per metric. */
function betweenJobSummary(betweenJob: BetweenJob): Comparison['betweenJob'] {
  const cvByMetric: Partial<Record<MetricName, number>> = {};
  for (const metric of METRIC_NAMES) {
    const v = betweenJob.perMetric[metric].variance;
    cvByMetric[metric] = METRIC_SPECS[metric].scale === 'log' ? cvFromLogVariance(v) : Math.sqrt(v);
  }
  return {
    source: betweenJob.source,
    cv: cvByMetric.p50!,
    historySize: betweenJob.historySize,
    cvByMetric,
  };
}

/** The same-job pairs: each pair's P50 ratio and the order the pair ran in. */
function pairInfo(
  input: CompareInput,
  screened: { baseline: RunResult[]; candidate: RunResult[] },
  compared: string[],
  warnings: string[],
): PairInfo {
  const orders = input.pairOrders ?? [];
  if (input.pairOrders && orders.length !== input.candidate.length)
    warnings.push(`${orders.length} pair orders recorded for ${input.candidate.length} pairs`);
  return {
    ratios: pairRatios(screened, compared),
    orders: [...orders],
    metric: 'P50, geometric mean over series',
  };
}
