import { availableParallelism } from 'node:os';
import type { BaselineArtifact } from '../baseline/artifact.ts';
import { type Comparability, compareIdentities, incomparableText } from '../baseline/comparability.ts';
import type { EnvironmentFingerprint } from '../baseline/environment.ts';
import { measurementIdentity } from '../baseline/identity.ts';
import type { RestoreResult } from '../baseline/store.ts';
import type { EngineLogger } from '../engine/logger.ts';
import { type GateSettings, gateOptionsFor, gateSettingsOf } from '../inputs/gate-options.ts';
import type { Measurement } from '../measure/plan.ts';
import type { LoadedSide } from '../measure/side-files.ts';
import type { MeasureStep } from '../measure/with-services.ts';
import type { BaselineInfo, NoBaselineInfo, ReportContext } from '../report/context.ts';
import { seriesNoise, serviceSides, thresholdBreaches } from '../report/derived-context.ts';
import { snapshotSeries } from '../report/snapshot.ts';
import { cutFileNotes, type RunResult } from '../results/types.ts';
import { type CompareInput, compareRuns } from '../stats/compare.ts';
import { lookConfidence } from '../stats/sequential.ts';
import type { Comparison, Design, GateOptions } from '../stats/types.ts';
import {
  applyEnvironmentPolicy,
  applyErrorRatePolicy,
  assertValidSides,
  BUILDS,
  type SideNames,
} from './validity.ts';

/** What judging needs of a measure step: the runs, and the script's hash for the baseline's identity. */
export type JudgedStep = Pick<MeasureStep, 'measurement'> & {
  measurer: Pick<MeasureStep['measurer'], 'scriptHash'>;
};

/** Where judging says what it had to resolve (a series selector matching nothing). */
export type JudgeLogger = Pick<EngineLogger, 'warning'>;

/** Who measured the runs: the identity a cached baseline must share with them to be compared. */
export interface Measuring {
  environment: EnvironmentFingerprint;
  version: string;
}

/** What judging a measurement needs beyond the runs: how to judge, and the collaborators it reads. */
export interface Judging {
  settings: GateSettings & { strictEnvironment: boolean };
  measuring: Measuring;
  logger: JudgeLogger;
  now(): number;
}

/**
 * How a configuration judges: its gate settings with the seed of every random draw, and the collaborators
 * judging reads (who measured, where it warns, the clock).
 */
export function judgingOf(
  config: Omit<GateSettings, 'seed'> & { strictEnvironment: boolean },
  seed: number,
  collaborators: Omit<Judging, 'settings'>,
): Judging {
  return {
    settings: { ...gateSettingsOf(config, seed), strictEnvironment: config.strictEnvironment },
    ...collaborators,
  };
}

/** What the judging adds to a report context (the rest comes from `reportContext`). */
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

export function seriesKeys(runs: RunResult[]) {
  return [...new Map(runs.flatMap((r) => [...r.series.values()].map((s) => [s.id, s.key]))).values()];
}

/** The gate's options for these runs: series selectors matched once per series, not per run. */
function optionsFor(settings: GateSettings, runs: RunResult[], logger: JudgeLogger): GateOptions {
  const { options, warnings } = gateOptionsFor(settings, seriesKeys(runs));
  for (const w of warnings) logger.warning(w);
  return options;
}

/** Gate options at the look of `pairs` pairs: the family confidence that look may spend (src/stats/sequential.ts). */
export function atLook(
  options: GateOptions,
  planned: Measurement['pairsPlanned'],
  pairs: number,
): GateOptions {
  if (!planned) return options;
  const familyConfidence = lookConfidence(options.familyConfidence, planned.planned, planned.maxPairs, pairs);
  return { ...options, familyConfidence };
}

/**
 * The one comparison every design shares: the runs compared, what the measurement itself warned about
 * added, and the error rates judged by policy (a baseline above max-error-rate is refused).
 */
function compareSides(
  input: CompareInput,
  options: GateOptions,
  settings: GateSettings,
  measurementNotes: string[],
  names: SideNames,
): Comparison {
  const comparison = compareRuns(input, options);
  comparison.warnings.push(...measurementNotes);
  return applyErrorRatePolicy(comparison, input.baseline, input.candidate, settings.maxErrorRate, names);
}

/** Same-job design: the base build measured beside the PR build in this job, runs paired. */
export function judgeSameJob(
  step: JudgedStep,
  settings: GateSettings,
  logger: JudgeLogger,
  base: { commit: string; ref: string; timeMs: number },
): Judgement {
  const { measurement } = step;
  const baseline = measurement.baseline!;
  const candidate = measurement.candidate;
  assertValidSides(baseline, candidate, settings.maxErrorRate, BUILDS);
  const planned = measurement.pairsPlanned;
  const options = atLook(optionsFor(settings, candidate, logger), planned, candidate.length);
  const input = { baseline, candidate, design: 'same-job' as const, pairOrders: measurement.orders };
  const comparison = compareSides(input, options, settings, measurement.generatorWarnings, BUILDS);
  if (planned)
    comparison.confirmation = {
      ...planned,
      pairs: candidate.length,
      decided: comparison.verdict !== 'inconclusive',
    };
  return {
    comparison,
    baseline: { ...base, source: 'same-job' },
    environment: { differences: [], strict: false },
    thresholdBreaches: { baseline: thresholdBreaches(baseline), candidate: thresholdBreaches(candidate) },
    noise: seriesNoise(comparison, options.maxBaselineCv),
    services: servicesOf(step, [
      { side: 'base build', runs: baseline },
      { side: 'PR build', runs: candidate },
    ]),
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

/** Nothing to compare with: the PR build's own figures, and why there was no baseline. */
function withoutBaseline(
  step: JudgedStep,
  restored: Exclude<RestoreResult, { status: 'found' }>,
  strictEnvironment: boolean,
): Judgement {
  const candidate = step.measurement.candidate;
  return {
    noBaseline: noBaselineOf(restored),
    candidateSnapshot: snapshotSeries(candidate),
    snapshotWarnings: step.measurement.generatorWarnings,
    environment: { differences: [], strict: strictEnvironment },
    thresholdBreaches: { baseline: [], candidate: thresholdBreaches(candidate) },
    noise: [],
    services: servicesOf(step, [{ side: 'PR build', runs: candidate }]),
  };
}

/**
 * Cached design: the PR's runs against a baseline measured in an earlier job. Whether the two may be
 * compared at all (same script, same load, a compatible perf-gate) is decided first, from their identities;
 * an incomparable baseline is refused before anything is compared.
 */
export function judgeAgainstArtifact(
  step: JudgedStep,
  restored: RestoreResult,
  settings: GateSettings & { strictEnvironment: boolean },
  measuring: Measuring,
  logger: JudgeLogger,
): { judgement: Judgement; comparability?: Comparability } {
  if (restored.status !== 'found')
    return { judgement: withoutBaseline(step, restored, settings.strictEnvironment) };
  const artifact: BaselineArtifact = restored.artifact;
  const candidate = step.measurement.candidate;
  const comparability = compareIdentities(
    artifact,
    measurementIdentity({
      runs: candidate,
      scriptHash: step.measurer.scriptHash,
      environment: measuring.environment,
      perfGateVersion: measuring.version,
    }),
  );
  const options = optionsFor(settings, candidate, logger);
  const input: CompareInput = {
    baseline: artifact.runs,
    candidate,
    design: 'cached',
    history: artifact.history,
  };
  if (comparability.incomparable) input.refused = incomparableText(comparability);
  const comparison = applyEnvironmentPolicy(
    compareSides(input, options, settings, step.measurement.generatorWarnings, BUILDS),
    comparability,
    settings.strictEnvironment,
  );
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
    thresholdBreaches: {
      baseline: thresholdBreaches(artifact.runs),
      candidate: thresholdBreaches(candidate),
    },
    noise: seriesNoise(comparison, options.maxBaselineCv),
    services: servicesOf(step, [{ side: 'PR build', runs: candidate }]),
  };
  return { judgement, comparability };
}

/** One side of `perf-gate compare`: as the user named it, and what its files held. */
interface SideFiles {
  spec: string;
  loaded: LoadedSide;
}

/**
 * Two sets of runs read from files (`perf-gate compare`), judged in the design they were measured in: in the
 * same job, both sides must be valid measurements; a baseline's own history informs the between-job noise.
 * The baseline is described by the saved baseline it came from, else by its spec and first run.
 */
export function judgeFiles(
  sides: { baseline: SideFiles; candidate: SideFiles },
  design: Design,
  settings: GateSettings,
  logger: JudgeLogger,
): Pick<Judgement, 'comparison' | 'environment' | 'thresholdBreaches' | 'noise'> & {
  baseline: BaselineInfo;
} {
  const { spec, loaded } = sides.baseline;
  const baseline = loaded.runs;
  const candidate = sides.candidate.loaded.runs;
  const names = { baseline: `the baseline (${spec})`, candidate: `the candidate (${sides.candidate.spec})` };
  const notes = cutFileNotes([...baseline, ...candidate]);
  const options = optionsFor(settings, candidate, logger);
  if (design === 'same-job') assertValidSides(baseline, candidate, settings.maxErrorRate, names);
  const history = loaded.history;
  const comparison = compareSides({ baseline, candidate, design, history }, options, settings, notes, names);
  return {
    comparison,
    environment: { differences: [], strict: false },
    thresholdBreaches: { baseline: thresholdBreaches(baseline), candidate: thresholdBreaches(candidate) },
    noise: seriesNoise(comparison, options.maxBaselineCv),
    baseline: {
      commit: loaded.baseline?.commit ?? 'baseline',
      ref: loaded.baseline?.ref ?? spec,
      // a run read from a k6 summary export has no start time (0): its age is unknown, not 56 years
      timeMs: loaded.baseline?.timeMs ?? (baseline[0]!.startMs > 0 ? baseline[0]!.startMs : undefined),
      source: design === 'same-job' ? 'same-job' : 'cache newest of branch',
    },
  };
}
