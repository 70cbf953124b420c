import { mean } from 'simple-statistics';
import type { Component } from './variance.ts';
import { sampleVariance, spreadTooWide } from './variance.ts';

/**
 * A neighbour that shares the service's cores for most of a run raises that run's CPU per request (caches,
 * memory bandwidth, clock): one run of one side, so the pair it falls in disagrees with the others. Over
 * most of the run it is no stretch of seconds that resources.ts could leave out (the run is costlier
 * throughout), and with three pairs the pairs' own spread has two degrees of freedom: left in, one such
 * run makes the interval about ±1000 % wide (a CPU doubling went undecided in 3 % of the calibration's
 * trials, docs/statistics.md "CPU per request"). So the pair is left out of CPU per request when it alone
 * explains the spread and its run shows the mark of a neighbour, which only ever adds CPU:
 * - the pairs disagree beyond what the runs' noise explains (the F test that otherwise lets their own spread
 *   replace the prior), and without this pair they do not;
 * - the run that made the pair deviate stands above its own side's other runs by at least half the pair's
 *   deviation (a neighbour on the base run lowers the pair's ratio and raises that run; one on the PR's run
 *   raises both). A slow period of the machine raises both runs of a pair and moves no ratio; a PR whose
 *   CPU varies from run to run raises its own runs, and is left out at most once.
 */
export interface CpuPairLeftOut {
  /** 1-based pair number */
  pair: number;
  /** the side whose run a neighbour raised */
  side: 'baseline' | 'candidate';
  /** that run's CPU per request against the mean of its side's other runs (geometric) */
  factor: number;
}

/** Pairs below which one cannot be left out: two pairs leave one, whose spread is unknown. */
const MIN_PAIRS = 3;

function without<T>(values: T[], j: number): T[] {
  return values.filter((_, i) => i !== j);
}

/** The pairs' figures without the one left out, if one is. */
export function withoutLeftOut<T>(values: T[], leftOut: CpuPairLeftOut | undefined): T[] {
  return leftOut === undefined ? values : without(values, leftOut.pair - 1);
}

/**
 * The pair to leave out of CPU per request, if one is: `logB` and `logC` are the pairs' runs' ln CPU per
 * request, `expected` the variance of a pair's log-ratio that the runs' noise explains, `level` the F test's.
 */
export function disturbedCpuPair(
  logB: number[],
  logC: number[],
  expected: Component,
  level: number,
): CpuPairLeftOut | undefined {
  const k = logB.length;
  if (k < MIN_PAIRS || logC.length !== k) return undefined;
  const ratios = logC.map((x, i) => x - logB[i]!);
  if (!spreadTooWide(sampleVariance(ratios), k - 1, expected, level)) return undefined;
  let found: (CpuPairLeftOut & { deviation: number }) | undefined;
  for (let j = 0; j < k; j++) {
    const rest = without(ratios, j);
    if (spreadTooWide(sampleVariance(rest), k - 2, expected, level)) continue;
    const deviation = ratios[j]! - mean(rest);
    // Stryker disable next-line EqualityOperator: equivalent, a pair at the others' mean leaves them its sum of squares with one df fewer, so they failed the F test above
    const side = deviation < 0 ? 'baseline' : 'candidate';
    const runs = side === 'baseline' ? logB : logC;
    const above = runs[j]! - mean(without(runs, j));
    if (above < Math.abs(deviation) / 2) continue;
    if (found === undefined || Math.abs(deviation) > found.deviation)
      found = { pair: j + 1, side, factor: Math.exp(above), deviation: Math.abs(deviation) };
  }
  if (found === undefined) return undefined;
  const { deviation: _, ...leftOut } = found;
  return leftOut;
}
