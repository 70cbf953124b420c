import { saveBaseline } from '../baseline/save.ts';
import type { ActionConfig } from '../inputs/config.ts';
import type { RunnerContext } from '../inputs/runner-context.ts';
import { judgeBaselineRun } from '../judge/baseline-run.ts';
import type { Judgement, Judging } from '../judge/judge.ts';
import type { MeasureStep } from '../measure/with-services.ts';
import type { ModePlan } from '../modes/select-mode.ts';
import type { NightlyInfo } from '../report/context.ts';
import type { GateDeps } from './deps.ts';

export interface BaselineOutcome {
  judgement: Judgement;
  saved: boolean;
  /** why the measurement may not become a baseline; the step fails with these */
  refused?: string[];
  nightly?: NightlyInfo;
}

/** Baseline mode: the previous baseline restored, the measurement judged against it, saved when valid. */
export async function baselineStep(
  config: ActionConfig,
  plan: Extract<ModePlan, { mode: 'baseline' }>,
  runner: RunnerContext,
  deps: GateDeps,
  step: MeasureStep,
  judging: Judging,
): Promise<BaselineOutcome> {
  const runs = step.measurement.candidate;
  const restored = await deps.store.restore({
    scenarioId: config.scenarioId,
    branch: plan.branch,
    sha: plan.sha,
  });
  const { judgement, decision, nightly } = judgeBaselineRun(step, restored, judging, {
    expectedRuns: config.results.length > 0 ? runs.length : config.runs,
    maxErrorRate: config.maxErrorRate,
    ...(plan.nightly ? { nightlyCommit: plan.sha } : {}),
  });
  if (!decision.save) {
    for (const reason of decision.reasons) deps.logger.warning(`baseline not saved: ${reason}`);
    return { judgement, saved: false, refused: decision.reasons, nightly };
  }
  for (const note of decision.notes) deps.logger.info(note);
  const saved = await saveBaseline(
    deps.store,
    {
      commit: plan.sha,
      ref: runner.ref,
      branch: plan.branch,
      timeMs: deps.now(),
      scenarioId: config.scenarioId,
      scriptHash: step.measurer.scriptHash,
      perfGateVersion: deps.version,
      environment: deps.environment,
      runs,
      previous: restored.status === 'found' ? restored.artifact : undefined,
      historySize: config.historySize,
    },
    deps.logger,
  );
  return { judgement, saved, nightly };
}
