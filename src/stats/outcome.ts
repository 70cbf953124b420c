import type { Outcome } from './types.ts';

/**
 * The outcome partition of an interval [lo, hi] of a change, oriented so that positive is worse (latency up,
 * error rate up, throughput down), against the tolerance τ:
 *   no-change:    −τ < lo and hi < τ   (the interval rules out any change of the tolerance's size)
 *   regression:   lo > 0 and hi ≥ τ    (significantly worse, and a change as large as τ is plausible)
 *   improvement:  hi < 0 and lo ≤ −τ
 *   inconclusive: otherwise.
 * "Regression only when the whole interval is above τ" would flag a true change of exactly τ at most half
 * the time; this rule flags it with the power the sample allows (docs/statistics.md).
 */
export function classify(worseLo: number, worseHi: number, tolerance: number): Outcome {
  if (-tolerance < worseLo && worseHi < tolerance) return 'no-change';
  // Stryker disable next-line ConditionalExpression: equivalent, lo > 0 with hi < τ already returned no-change
  if (worseLo > 0 && worseHi >= tolerance) return 'regression';
  // Stryker disable next-line ConditionalExpression,UnaryOperator: equivalent, hi < 0 with lo > −τ already returned no-change
  if (worseHi < 0 && worseLo <= -tolerance) return 'improvement';
  return 'inconclusive';
}

/**
 * Repeats per side that would likely decide an inconclusive metric, if the estimate stayed where it is:
 * any half-width h < max(|d|, τ − |d|) decides (h < |d| makes it significant, h < τ − |d| rules out τ).
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
  const target = Math.max(d, tolerance - d);
  const room = (target / critical) ** 2 - fixed;
  // Stryker disable next-line EqualityOperator: equivalent, room 0 gives Infinity runs, over any finite cap
  if (!(room > 0)) return undefined;
  const runs = Math.floor(perRun / room) + 1;
  return runs <= cap ? runs : undefined;
}
