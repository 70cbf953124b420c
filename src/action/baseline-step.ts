import { type BaselineArtifact, buildArtifact, historyEntryOf } from '../baseline/artifact.ts';
import { decideSave } from '../baseline/save-policy.ts';
import { artifactKey, type SaveResult } from '../baseline/store.ts';
import type { ActionConfig } from '../inputs/config.ts';
import type { GateSettings } from '../inputs/gate-options.ts';
import type { RunnerContext } from '../inputs/runner-context.ts';
import { type Judgement, judgeAgainstArtifact } from '../judge/judge.ts';
import { nightlyTrend } from '../judge/nightly.ts';
import type { MeasureStep } from '../measure/with-services.ts';
import type { ModePlan } from '../modes/select-mode.ts';
import type { NightlyInfo } from '../report/context.ts';
import { errorRateProblems } from '../results/validity.ts';
import { headlineFigures } from '../stats/history-figures.ts';
import type { GateDeps } from './deps.ts';

export interface BaselineOutcome {
  judgement: Judgement;
  saved: boolean;
  /** why the measurement may not become a baseline; the step fails with these */
  refused?: string[];
  nightly?: NightlyInfo;
}

/**
 * Baseline mode: compare with the branch's previous baseline (for the summary and the nightly trend), then
 * save this measurement as the new baseline, but only if it is valid: a failed or partial run never
 * replaces a good baseline.
 */
export async function baselineStep(
  config: ActionConfig,
  plan: Extract<ModePlan, { mode: 'baseline' }>,
  runner: RunnerContext,
  deps: GateDeps,
  step: MeasureStep,
  settings: GateSettings,
): Promise<BaselineOutcome> {
  const runs = step.measurement.candidate;
  const restored = await deps.store.restore({
    scenarioId: config.scenarioId,
    branch: plan.branch,
    sha: plan.sha,
  });
  const previous: BaselineArtifact | undefined = restored.status === 'found' ? restored.artifact : undefined;
  const { judgement, comparability } = judgeAgainstArtifact(
    step,
    restored,
    { ...settings, strictEnvironment: config.strictEnvironment },
    deps,
    deps.logger,
  );

  const decision = decideSave({
    runs,
    expectedRuns: config.results.length > 0 ? runs.length : config.runs,
    engineErrors: [],
    maxErrorRate: config.maxErrorRate,
    comparison: judgement.comparison,
    comparability,
    previousInvalid:
      previous !== undefined && errorRateProblems(previous.runs, config.maxErrorRate).length > 0,
  });
  const nightly = plan.nightly
    ? nightlyTrend([...(previous?.history ?? []), ...(previous ? [historyEntryOf(previous)] : [])], {
        commit: plan.sha,
        timeMs: deps.now(),
        runs: runs.length,
        headline: headlineFigures(runs),
      })
    : undefined;
  if (!decision.save) {
    for (const reason of decision.reasons) deps.logger.warning(`baseline not saved: ${reason}`);
    return { judgement, saved: false, refused: decision.reasons, nightly };
  }
  const built = buildArtifact({
    commit: plan.sha,
    ref: runner.ref,
    branch: plan.branch,
    timeMs: deps.now(),
    scenarioId: config.scenarioId,
    scriptHash: step.measurer.scriptHash,
    perfGateVersion: deps.version,
    environment: deps.environment,
    runs,
    previous,
    historySize: config.historySize,
  });
  const result = await deps.store.save(built.artifact, artifactKey(built.artifact));
  logSave(result, deps);
  for (const note of [...decision.notes, ...built.notes]) deps.logger.info(note);
  return { judgement, saved: result.status === 'saved', nightly };
}

/** A store that cannot save is reported, not fatal: the measurement and its report are still good. */
function logSave(result: SaveResult, deps: GateDeps): void {
  if (result.status === 'failed') {
    deps.logger.warning(`baseline not saved: ${result.reason}`);
    return;
  }
  deps.logger.info(
    `baseline ${result.status}: ${result.key}${result.status === 'already-saved' ? ` (${result.reason})` : ''}`,
  );
}
