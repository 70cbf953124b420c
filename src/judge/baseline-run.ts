import { type BaselineArtifact, historyEntryOf } from '../baseline/artifact.ts';
import { decideSave, type SaveDecision } from '../baseline/save-policy.ts';
import type { RestoreResult } from '../baseline/store.ts';
import type { NightlyInfo } from '../report/context.ts';
import { errorRateProblems } from '../results/validity.ts';
import { headlineFigures } from '../stats/history-figures.ts';
import { type JudgedStep, type Judgement, type Judging, judgeAgainstArtifact } from './judge.ts';
import { nightlyTrend } from './nightly.ts';

/** What makes a measurement a valid baseline, and the commit a nightly run trends. */
export interface BaselineRules {
  /** how many runs were asked for (fewer is a partial measurement) */
  expectedRuns: number;
  maxErrorRate: number;
  /** the nightly run's commit: the trend of the branch's baselines is judged up to it */
  nightlyCommit?: string;
}

export interface BaselineRunJudgement {
  judgement: Judgement;
  /** whether the measurement may replace the previous baseline, and why (not) */
  decision: SaveDecision;
  nightly?: NightlyInfo;
}

/**
 * Baseline mode's judging: the measurement compared with the branch's previous baseline (for the summary and
 * the nightly trend), and whether it may replace it: a failed or partial run never replaces a good baseline.
 */
export function judgeBaselineRun(
  step: JudgedStep,
  restored: RestoreResult,
  judging: Judging,
  rules: BaselineRules,
): BaselineRunJudgement {
  const runs = step.measurement.candidate;
  const previous: BaselineArtifact | undefined = restored.status === 'found' ? restored.artifact : undefined;
  const { judgement, comparability } = judgeAgainstArtifact(
    step,
    restored,
    judging.settings,
    judging.measuring,
    judging.logger,
  );
  const decision = decideSave({
    runs,
    expectedRuns: rules.expectedRuns,
    engineErrors: [],
    maxErrorRate: rules.maxErrorRate,
    comparison: judgement.comparison,
    comparability,
    previousInvalid:
      previous !== undefined && errorRateProblems(previous.runs, rules.maxErrorRate).length > 0,
  });
  if (rules.nightlyCommit === undefined) return { judgement, decision };
  const history = [...(previous?.history ?? []), ...(previous ? [historyEntryOf(previous)] : [])];
  const nightly = nightlyTrend(history, {
    commit: rules.nightlyCommit,
    timeMs: judging.now(),
    runs: runs.length,
    headline: headlineFigures(runs),
  });
  return { judgement, decision, nightly };
}
