import type { CheckConclusion } from '../posting/check-conclusion.ts';
import type { ReportVerdict } from '../report/headline.ts';

/**
 * What a verdict does to the workflow, in one place: the check run's conclusion, whether the Action's step
 * fails, and the CLI's exit code all follow from the same two settings.
 */
export interface VerdictPolicy {
  /** a failing verdict fails the check and the step (false: reported as neutral, visible but not blocking) */
  failOnRegression: boolean;
  /** the conclusion of an inconclusive verdict (a refused comparison included) */
  onInconclusive: CheckConclusion;
}

/**
 * Verdict → check conclusion. pass → success; fail → failure (neutral with `failOnRegression: false`);
 * inconclusive → `onInconclusive`; no baseline → always neutral: nothing was compared, and a missing baseline
 * is not the PR's doing, so failing would block every PR until a baseline exists.
 */
export function checkConclusion(verdict: ReportVerdict, policy: VerdictPolicy): CheckConclusion {
  switch (verdict) {
    case 'pass':
      return 'success';
    case 'fail':
      return policy.failOnRegression ? 'failure' : 'neutral';
    case 'inconclusive':
      return policy.onInconclusive;
    case 'no-baseline':
      return 'neutral';
  }
}

/** The Action's step fails exactly when the check run does; the message says why. */
export function stepFailure(verdict: ReportVerdict, policy: VerdictPolicy): string | undefined {
  if (checkConclusion(verdict, policy) !== 'failure') return undefined;
  return verdict === 'fail'
    ? 'perf-gate: regression or SLO breach'
    : 'perf-gate: inconclusive (on-inconclusive: failure)';
}

/** The CLI's exit codes: documented in README and stable. */
export const ExitCode = {
  Pass: 0,
  /** a regression or an SLO breach */
  Fail: 1,
  /** bad usage or bad input (a flag, a file) */
  Usage: 2,
  /** inconclusive, or nothing to compare with */
  Inconclusive: 3,
  /** the measurement itself failed: k6 exited with an error, the target was unreachable */
  MeasurementFailed: 4,
} as const;

/** The CLI's exit code of a verdict: a regression fails, anything undecided is told apart from a pass. */
export function exitCodeFor(verdict: ReportVerdict): number {
  if (verdict === 'pass') return ExitCode.Pass;
  if (verdict === 'fail') return ExitCode.Fail;
  return ExitCode.Inconclusive;
}
