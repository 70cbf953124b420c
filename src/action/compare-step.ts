import { availableParallelism } from 'node:os';
import type { BaselineArtifact } from '../baseline/artifact.ts';
import { type Comparability, compareIdentities, incomparableText } from '../baseline/comparability.ts';
import { measurementIdentity } from '../baseline/identity.ts';
import type { RestoreResult } from '../baseline/store.ts';
import { type GateSettings, gateOptionsFor } from '../inputs/gate-options.ts';
import type { Measurement, NeedMorePairs } from '../measure/plan.ts';
import type { CachedFirst, NoBaselineInfo, ReportContext, ThresholdBreach } from '../report/context.ts';
import { seriesNoise, serviceSides, thresholdBreaches } from '../report/context-parts.ts';
import { snapshotSeries } from '../report/snapshot.ts';
import type { RunResult } from '../results/types.ts';
import { errorRateProblems, nothingSucceeded } from '../results/validity.ts';
import { compareRuns } from '../stats/compare.ts';
import { lookConfidence, needsMorePairs } from '../stats/sequential.ts';
import type { Comparison, GateOptions } from '../stats/types.ts';
import type { GateDeps } from './deps.ts';
import type { MeasureStep } from './measure-step.ts';

/** What judging needs of a measure step: the runs, and the script's hash for the baseline's identity. */
type JudgedStep = Pick<MeasureStep, 'measurement'> & {
  measurer: Pick<MeasureStep['measurer'], 'scriptHash'>;
};

/** What the judging adds to a report context (the mode-independent parts come from `reportBase`). */
export type Judgement = Pick<
  ReportContext,
  | 'comparison'
  | 'noBaseline'
  | 'candidateSnapshot'
  | 'snapshotWarnings'
  | 'baseline'
  | 'environment'
  | 'thresholdBreaches'
  | 'noise'
  | 'services'
>;

/** The service resources and bottleneck of the sides measured in this job, for the report. */
function servicesOf(step: JudgedStep, sides: { side: 'base build' | 'PR build'; runs: RunResult[] }[]) {
  return serviceSides(sides, step.measurement.cpu?.cpuCount ?? availableParallelism());
}

function seriesKeys(runs: RunResult[]) {
  return [...new Map(runs.flatMap((r) => [...r.series.values()].map((s) => [s.id, s.key]))).values()];
}

export function optionsFor(
  settings: GateSettings,
  runs: RunResult[],
  deps: Pick<GateDeps, 'logger'>,
): GateOptions {
  const { options, warnings } = gateOptionsFor(settings, seriesKeys(runs));
  for (const w of warnings) deps.logger.warning(w);
  return options;
}

/** A comparison of workloads that must not be compared: nothing judged, the reason said. */
export function refuse(comparison: Comparison, reason: string): Comparison {
  return {
    ...comparison,
    refused: reason,
    series: [],
    added: [],
    removed: [],
    slos: [],
    verdict: 'inconclusive',
    reasons: [`Not compared: ${reason}`],
  };
}

/** A side that is not a valid measurement (it answered only errors, or nothing at all): nothing is compared. */
export class InvalidSideError extends Error {
  override name = 'InvalidSideError';
}

/** How the two sides are named to the reader: the Action's builds, or the CLI's files. */
export interface SideNames {
  baseline: string;
  candidate: string;
}

const BUILDS: SideNames = { baseline: 'the base build', candidate: 'the PR build' };

/**
 * Same-job design: both sides were just measured, so each must be a valid measurement before any
 * comparison. A base build above max-error-rate would make a healthy PR look faster or slower for nothing; a
 * PR build whose every request failed measured nothing (fewer errors are judged: the error rate is a metric).
 */
export function assertValidSides(
  baseline: readonly RunResult[],
  candidate: readonly RunResult[],
  maxErrorRate: number,
  names: SideNames = BUILDS,
): void {
  const sides = [
    { name: names.baseline, problems: errorRateProblems(baseline, maxErrorRate) },
    { name: names.candidate, problems: nothingSucceeded(candidate) },
  ];
  for (const { name, problems } of sides) {
    if (problems.length === 0) continue;
    throw new InvalidSideError(
      `${name} is not a valid measurement, so nothing was compared: ${problems.join('; ')}. Check that it ` +
        "was built and started correctly and answers the script's requests.",
    );
  }
}

/**
 * A baseline above max-error-rate is refused (it is not a valid baseline); a candidate above it is judged,
 * with a warning, since a PR's errors are what the error-rate metric is there to catch.
 */
export function applyErrorRatePolicy(
  comparison: Comparison,
  baseline: readonly RunResult[],
  candidate: readonly RunResult[],
  maxErrorRate: number,
  names: SideNames = BUILDS,
): Comparison {
  const ofBaseline = errorRateProblems(baseline, maxErrorRate);
  const ofCandidate = errorRateProblems(candidate, maxErrorRate);
  const warnings = [
    ...ofBaseline.map((p) => `${names.baseline}: ${p}: it is not a valid baseline`),
    ...ofCandidate.map((p) => `${names.candidate}: ${p}`),
  ];
  const judged =
    ofBaseline.length > 0
      ? refuse(comparison, `${names.baseline} is not a valid baseline: ${ofBaseline.join('; ')}`)
      : comparison;
  return { ...judged, warnings: [...judged.warnings, ...warnings] };
}

/** `strict-environment`: a baseline from another kind of machine can only give an inconclusive verdict. */
export function applyEnvironmentPolicy(
  comparison: Comparison,
  comparability: Comparability,
  strict: boolean,
): Comparison {
  if (!strict || !comparability.environmentDiffers || comparison.verdict === 'inconclusive')
    return comparison;
  return {
    ...comparison,
    verdict: 'inconclusive',
    reasons: [
      `strict-environment: the baseline was measured on a different environment, so a ${comparison.verdict} cannot be trusted`,
      ...comparison.reasons,
    ],
  };
}

function noBaselineOf(restored: Exclude<RestoreResult, { status: 'found' }>): NoBaselineInfo {
  switch (restored.status) {
    case 'missing':
      return { reason: restored.cause === 'not-found' ? 'evicted' : 'first-run', detail: restored.reason };
    case 'unavailable':
      return { reason: 'cache-unavailable', detail: restored.reason };
    case 'unreadable':
      return { reason: 'unreadable', detail: restored.reason };
  }
}

/** Gate options at the look of `pairs` pairs: the family confidence that look may spend (src/stats/sequential.ts). */
function atLook(options: GateOptions, planned: Measurement['pairsPlanned'], pairs: number): GateOptions {
  if (!planned) return options;
  const familyConfidence = lookConfidence(options.familyConfidence, planned.planned, planned.maxPairs, pairs);
  return { ...options, familyConfidence };
}

/**
 * Adaptive confirmation in live measurement: judges the pairs so far as the verdict would (at their look's
 * confidence) and asks for more while the comparison is inconclusive, or fails on a disturbed run.
 */
export function confirmationRule(settings: GateSettings): NeedMorePairs {
  return (sofar, planned) => {
    const options = gateOptionsFor(settings, seriesKeys(sofar.candidate)).options;
    const c = compareRuns(
      { ...sofar, design: 'same-job', pairOrders: sofar.orders },
      atLook(options, planned, sofar.candidate.length),
    );
    return needsMorePairs(c);
  };
}

/** Same-job design: the base build measured beside the PR build in this job, runs paired. */
export function judgeSameJob(
  step: JudgedStep,
  settings: GateSettings,
  deps: Pick<GateDeps, 'logger' | 'now'>,
  base: { commit: string; ref: string },
): Judgement {
  const baseline = step.measurement.baseline!;
  const candidate = step.measurement.candidate;
  assertValidSides(baseline, candidate, settings.maxErrorRate);
  const planned = step.measurement.pairsPlanned;
  const options = atLook(optionsFor(settings, candidate, deps), planned, candidate.length);
  const comparison = compareRuns(
    {
      baseline: baseline,
      candidate: candidate,
      design: 'same-job',
      pairOrders: step.measurement.orders,
    },
    options,
  );
  if (planned)
    comparison.confirmation = {
      ...planned,
      pairs: candidate.length,
      decided: comparison.verdict !== 'inconclusive',
    };
  comparison.warnings.push(...step.measurement.generatorWarnings);
  return {
    comparison: applyErrorRatePolicy(comparison, baseline, candidate, settings.maxErrorRate),
    baseline: { ...base, timeMs: deps.now(), source: 'same-job' },
    environment: { differences: [], strict: false },
    thresholdBreaches: { baseline: thresholdBreaches(baseline), candidate: thresholdBreaches(candidate) },
    noise: seriesNoise(comparison, options.maxBaselineCv),
    services: servicesOf(step, [
      { side: 'base build', runs: baseline },
      { side: 'PR build', runs: candidate },
    ]),
  };
}

/** Cached design: the PR's runs against a baseline measured in an earlier job. */
export function judgeAgainstArtifact(
  step: JudgedStep,
  restored: RestoreResult,
  settings: GateSettings & { strictEnvironment: boolean },
  deps: Pick<GateDeps, 'logger' | 'environment' | 'version'>,
): { judgement: Judgement; comparability?: Comparability } {
  const candidate = step.measurement.candidate;
  const breaches = { baseline: [] as ThresholdBreach[], candidate: thresholdBreaches(candidate) };
  if (restored.status !== 'found') {
    return {
      judgement: {
        noBaseline: noBaselineOf(restored),
        candidateSnapshot: snapshotSeries(candidate),
        snapshotWarnings: step.measurement.generatorWarnings,
        environment: { differences: [], strict: settings.strictEnvironment },
        thresholdBreaches: breaches,
        noise: [],
        services: servicesOf(step, [{ side: 'PR build', runs: candidate }]),
      },
    };
  }
  const artifact: BaselineArtifact = restored.artifact;
  const current = measurementIdentity({
    runs: candidate,
    scriptHash: step.measurer.scriptHash,
    environment: deps.environment,
    perfGateVersion: deps.version,
  });
  const comparability = compareIdentities(artifact, current);
  const options = optionsFor(settings, candidate, deps);
  let comparison = compareRuns(
    { baseline: artifact.runs, candidate: candidate, design: 'cached', history: artifact.history },
    options,
  );
  if (comparability.incomparable) {
    comparison = refuse(comparison, incomparableText(comparability));
  }
  comparison = applyErrorRatePolicy(comparison, artifact.runs, candidate, settings.maxErrorRate);
  comparison = applyEnvironmentPolicy(comparison, comparability, settings.strictEnvironment);
  comparison.warnings.push(...step.measurement.generatorWarnings);
  const judgement: Judgement = {
    comparison,
    baseline: {
      commit: artifact.commit,
      ref: artifact.branch,
      timeMs: artifact.timeMs,
      source: restored.exact ? 'cache exact' : 'cache newest of branch',
    },
    environment: {
      differences: comparability.differences.filter((d) => d.effect !== 'incomparable').map((d) => d.text),
      strict: settings.strictEnvironment,
    },
    thresholdBreaches: { baseline: thresholdBreaches(artifact.runs), candidate: breaches.candidate },
    noise: seriesNoise(comparison, options.maxBaselineCv),
    services: servicesOf(step, [{ side: 'PR build', runs: candidate }]),
  };
  return { judgement, comparability };
}

/** What judging a pull request needs beyond the runs: how to judge, and the collaborators it reads. */
type PullRequestJudging = {
  settings: GateSettings & { strictEnvironment: boolean };
  deps: Pick<GateDeps, 'logger' | 'environment' | 'version' | 'now'>;
};

/** The verdict of the cached comparison, or why there was none, in the words the report uses. */
function cachedOutcome(judgement: Judgement): Pick<CachedFirst, 'verdict' | 'summary'> {
  const c = judgement.comparison;
  if (c === undefined)
    return {
      verdict: 'no-baseline',
      summary: `no cached baseline (${judgement.noBaseline?.detail ?? judgement.noBaseline?.reason ?? 'none'})`,
    };
  return { verdict: c.verdict, summary: c.reasons[0] ?? '' };
}

const silent = { info: () => {}, warning: () => {}, group: <T>(_t: string, fn: () => Promise<T>) => fn() };

/**
 * Cached design first: the PR build's runs, judged against the cached baseline exactly as the report will
 * judge them, call for confirming in the same job unless they pass (a regression, inconclusive, or nothing
 * to compare with). Returns the reason, in words, or undefined for a pass.
 */
export function confirmationCall(
  step: JudgedStep,
  restored: RestoreResult,
  { settings, deps }: PullRequestJudging,
): string | undefined {
  const { judgement } = judgeAgainstArtifact(step, restored, settings, { ...deps, logger: silent });
  const { verdict, summary } = cachedOutcome(judgement);
  if (verdict === 'pass') return undefined;
  const what = { fail: 'a regression', inconclusive: 'inconclusive', 'no-baseline': 'not possible' }[verdict];
  return `the cached comparison is ${what}${summary === '' ? '' : ` (${summary})`}`;
}

/**
 * A pull request's judgement. The cached baseline judges the PR, unless the base build was measured beside it
 * in this job: then the paired comparison decides, and the cached one is shown first when it called for that
 * confirmation (`design: cached`), or as the trend line otherwise. The Action and `perf-gate run` share it.
 */
export function judgePullRequest(
  step: JudgedStep,
  restored: RestoreResult | undefined,
  base: { commit: string; ref: string },
  { settings, deps }: PullRequestJudging,
): Judgement & Pick<ReportContext, 'cachedTrend' | 'cachedFirst'> {
  const first = step.measurement.cachedFirst;
  const alone: JudgedStep = first ? { ...step, measurement: first } : step;
  const cached =
    restored === undefined ? undefined : judgeAgainstArtifact(alone, restored, settings, deps).judgement;
  if (step.measurement.baseline === undefined) {
    if (cached === undefined) throw new Error('nothing to judge the PR build against');
    return cached;
  }
  const paired = judgeSameJob(step, settings, deps, base);
  if (first !== undefined && cached !== undefined) {
    const b = cached.baseline;
    return {
      ...paired,
      cachedFirst: {
        ...(b ? { baseline: { commit: b.commit, ref: b.ref, timeMs: b.timeMs } } : {}),
        ...cachedOutcome(cached),
        runs: first.candidate.length,
      },
    };
  }
  if (cached?.comparison === undefined || cached.baseline === undefined) return paired;
  const { commit, ref, timeMs } = cached.baseline;
  return {
    ...paired,
    cachedTrend: {
      baseline: { commit, ref, timeMs },
      verdict: cached.comparison.verdict,
      summary: cached.comparison.reasons[0] ?? '',
    },
  };
}
