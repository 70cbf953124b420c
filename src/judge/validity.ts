import type { Comparability } from '../baseline/comparability.ts';
import type { RunResult } from '../results/types.ts';
import { errorRateProblems, nothingSucceeded } from '../results/validity.ts';
import type { Comparison } from '../stats/types.ts';

/** A comparison of workloads that must not be compared: nothing judged, the reason said. */
function refuse(comparison: Comparison, reason: string): Comparison {
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
class InvalidSideError extends Error {
  override name = 'InvalidSideError';
}

/** How the two sides are named to the reader: the Action's builds, or the CLI's files. */
export interface SideNames {
  baseline: string;
  candidate: string;
}

export const BUILDS: SideNames = { baseline: 'the base build', candidate: 'the PR build' };

/**
 * Same-job design: both sides were just measured, so each must be a valid measurement before any
 * comparison. A base build above max-error-rate would make a healthy PR look faster or slower for nothing; a
 * PR build whose every request failed measured nothing (fewer errors are judged: the error rate is a metric).
 */
export function assertValidSides(
  baseline: readonly RunResult[],
  candidate: readonly RunResult[],
  maxErrorRate: number,
  names: SideNames,
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
  names: SideNames,
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
