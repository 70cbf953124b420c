import type { Verdict } from '../stats/types.ts';

/** The CLI's exit codes: documented in README and stable. */
export const ExitCode = {
  Pass: 0,
  /** a regression or an SLO breach */
  Fail: 1,
  /** bad usage or bad input (a flag, a file) */
  Usage: 2,
  Inconclusive: 3,
  /** the measurement itself failed: k6 exited with an error, the target was unreachable */
  MeasurementFailed: 4,
} as const;

export function exitCodeFor(verdict: Verdict): number {
  if (verdict === 'pass') return ExitCode.Pass;
  if (verdict === 'fail') return ExitCode.Fail;
  return ExitCode.Inconclusive;
}
