import type { Comparison, Confirmation, GateOptions } from './types.ts';

/**
 * Adaptive confirmation (docs/statistics.md, "Adaptive confirmation"): when the planned pairs cannot decide,
 * or a disturbed run was left out of a failing comparison, more pairs are measured, two at a time (one AB,
 * one BA, so drift still falls on both sides), up to a budget; the data are judged again at every look.
 *
 * Judging the same growing data several times gives chance several tries. The error rates hold over all
 * looks by alpha spending (Lan & DeMets): look j may spend α·(n_j / n_max) of the family's α in all, so it
 * judges at the increment α·(n_j − n_{j−1}) / n_max, and the increments add up to α over every look that
 * could happen (a union bound: it needs no assumption about how the looks' statistics correlate). A budget
 * equal to the planned pairs leaves one look at the full α: the gate judges exactly as without confirmation.
 */

/**
 * The default budget of pairs (the `max-runs` input): with 3 planned pairs, the smallest budget with which
 * the calibration meets its targets in every same-job cell (docs/statistics.md, "Calibration").
 */
export const DEFAULT_MAX_RUNS = 15;

/** Pairs added at every look after the first. */
const CONFIRM_STEP = 2;

/** Pairs measured at each look: the planned pairs, then two more at a time up to the budget. */
function lookSchedule(planned: number, maxPairs: number): number[] {
  const looks = [planned];
  while (looks[looks.length - 1]! < maxPairs)
    looks.push(Math.min(maxPairs, looks[looks.length - 1]! + CONFIRM_STEP));
  return looks;
}

/** The family confidence of the look with `pairs` pairs: 1 − α·(its share of the budget's pairs). */
export function lookConfidence(
  familyConfidence: number,
  planned: number,
  maxPairs: number,
  pairs: number,
): number {
  const looks = lookSchedule(planned, maxPairs);
  const j = looks.indexOf(pairs);
  if (j < 0) throw new Error(`lookConfidence: ${pairs} pairs is not a look of ${looks.join(', ')}`);
  const previous = j === 0 ? 0 : looks[j - 1]!;
  const alpha = 1 - familyConfidence;
  return 1 - (alpha * (pairs - previous)) / maxPairs;
}

/**
 * Whether a look's comparison calls for more pairs: it is inconclusive, or it fails while a disturbed run was
 * left out (a verdict that rests on a run a neighbour slowed is confirmed before it fails anyone). A
 * comparison refused outright cannot be helped by more data.
 */
export function needsMorePairs(c: Comparison): boolean {
  if (c.refused !== undefined) return false;
  if (c.verdict === 'inconclusive') return true;
  return c.verdict === 'fail' && c.disturbances?.some((d) => d.leftOut) === true;
}

/** "decided after 5 pairs (3 planned + 2 to confirm)", or why it stopped undecided. */
export function confirmationText(c: Confirmation): string {
  const extra = c.pairs - c.planned;
  const how = extra > 0 ? ` (${c.planned} planned + ${extra} to confirm)` : ' (as planned)';
  return c.decided
    ? `decided after ${c.pairs} pairs${how}`
    : `undecided after ${c.pairs} pairs${how}: the budget of ${c.maxPairs} pairs (max-runs) is spent`;
}

/**
 * The sequential rule over data already at hand or simulated on demand: `compareAt(pairs, options)` judges
 * the first `pairs` pairs at the options given (the look's family confidence). Returns the deciding look's
 * comparison with its `confirmation`.
 */
export function judgeSequentially(
  planned: number,
  maxPairs: number,
  options: GateOptions,
  compareAt: (pairs: number, options: GateOptions) => Comparison,
): Comparison {
  let c: Comparison | undefined;
  for (const pairs of lookSchedule(planned, maxPairs)) {
    const familyConfidence = lookConfidence(options.familyConfidence, planned, maxPairs, pairs);
    c = compareAt(pairs, { ...options, familyConfidence, budgetRuns: maxPairs });
    c.confirmation = { planned, pairs, maxPairs, decided: c.verdict !== 'inconclusive' };
    if (!needsMorePairs(c)) break;
  }
  return c!;
}
