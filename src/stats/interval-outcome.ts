import type { Outcome } from './types.ts';

/**
 * A regression must be a change plausibly as large as the tolerance and surely at least this share of it:
 * "the tolerance is the smallest change worth failing for", so a real change of half of it must not fail.
 */
export const REGRESSION_FLOOR = 0.5;

/**
 * The outcome partition of an interval [lo, hi] of a change, oriented so that positive is worse (latency up,
 * error rate up, throughput down), against the tolerance τ:
 *   no-change:    −τ < lo and hi < τ      (the interval rules out any change of the tolerance's size)
 *   regression:   lo > τ/2 and hi ≥ τ     (surely more than half the tolerance, and τ itself plausible)
 *   improvement:  hi < −τ/2 and lo ≤ −τ
 *   inconclusive: otherwise.
 * "Regression only when the whole interval is above τ" would flag a true change of exactly τ at most half
 * the time; "any significant change" (lo > 0) fails a PR for a change well below the tolerance as soon as
 * the data are precise enough. Ruling out changes below τ/2 keeps a real change of τ/2 failing at most at
 * the test's error rate, while a change of τ is caught once the interval is narrower than τ/2 on its lower
 * side: live measurement adds pairs until it is (docs/statistics.md).
 */
export function classify(worseLo: number, worseHi: number, tolerance: number): Outcome {
  if (-tolerance < worseLo && worseHi < tolerance) return 'no-change';
  const floor = REGRESSION_FLOOR * tolerance;
  // Stryker disable next-line ConditionalExpression: equivalent, lo > τ/2 with hi < τ already returned no-change
  if (worseLo > floor && worseHi >= tolerance) return 'regression';
  // Stryker disable next-line ConditionalExpression,UnaryOperator: equivalent, hi < −τ/2 with lo > −τ already returned no-change
  if (worseHi < -floor && worseLo <= -tolerance) return 'improvement';
  return 'inconclusive';
}

/**
 * Repeats per side that would likely decide an inconclusive metric, if the estimate stayed where it is:
 * any half-width h < max(|d| − τ/2, τ − |d|) decides (h < |d| − τ/2 rules out changes below half the
 * tolerance, h < τ − |d| rules out τ).
 * `perRun` is the variance that shrinks as 1/runs, `fixed` the part no repeat removes (between jobs).
 * Undefined when more repeats cannot get there (the fixed part alone is too wide) or would take over `cap`.
 */
export function runsToDecide(input: {
  estimate: number;
  tolerance: number;
  critical: number;
  perRun: number;
  fixed: number;
  cap?: number;
}): number | undefined {
  const { estimate, tolerance, critical, perRun, fixed } = input;
  const cap = input.cap ?? 100;
  const d = Math.abs(estimate);
  const target = Math.max(d - REGRESSION_FLOOR * tolerance, tolerance - d);
  const room = (target / critical) ** 2 - fixed;
  // Stryker disable next-line EqualityOperator: equivalent, room 0 gives Infinity runs, over any finite cap
  if (!(room > 0)) return undefined;
  const runs = Math.floor(perRun / room) + 1;
  return runs <= cap ? runs : undefined;
}
