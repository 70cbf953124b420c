import { medianAbsoluteDeviation } from 'simple-statistics';
import { normalCdf, regularizedIncompleteBeta } from './distributions.ts';

/**
 * Variance bookkeeping. Every uncertainty in a comparison is a sum of parts (within-run sampling, run-to-run
 * drift, between-job machine differences), each estimated with some degrees of freedom; the Student-t
 * critical value of the interval uses the Welch–Satterthwaite degrees of freedom of the sum, so a part known
 * from two runs widens the interval far more than a part measured from thousands of requests.
 */

/** A variance estimate and its degrees of freedom (Infinity for a fixed assumption). */
export interface Component {
  variance: number;
  df: number;
}

/** Sum of independent variance estimates with Welch–Satterthwaite degrees of freedom. */
export function satterthwaite(parts: Component[]): Component {
  let variance = 0;
  let denominator = 0;
  for (const p of parts) {
    if (!(p.variance >= 0)) throw new Error(`variance part must be ≥ 0, got ${p.variance}`);
    variance += p.variance;
    if (p.variance > 0 && Number.isFinite(p.df)) denominator += (p.variance * p.variance) / p.df;
  }
  return { variance, df: denominator > 0 ? (variance * variance) / denominator : Number.POSITIVE_INFINITY };
}

/**
 * A prior belief about a variance (worth `prior.df` degrees of freedom) updated by a sample variance with
 * `sampleDf` degrees of freedom: the scaled-inverse-χ² posterior, whose centre is the df-weighted mean and
 * whose degrees of freedom add up. One run leaves the prior; many runs let their own spread take over.
 */
export function updateWithSample(prior: Component, sampleVariance: number, sampleDf: number): Component {
  if (sampleDf <= 0) return prior;
  if (!Number.isFinite(prior.df)) return prior;
  const df = prior.df + sampleDf;
  return { variance: (prior.df * prior.variance + sampleDf * sampleVariance) / df, df };
}

export function sampleVariance(values: number[]): number {
  const n = values.length;
  if (n < 2) return Number.NaN;
  const mean = values.reduce((a, v) => a + v, 0) / n;
  return values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1);
}

/** The mean of the units' within-run variances, with the degrees of freedom of that mean. */
function meanWithin(within: Component[]): Component {
  const total = within.reduce((a, w) => a + w.variance, 0);
  const weight = within.reduce((a, w) => a + (w.variance > 0 ? (w.variance * w.variance) / w.df : 0), 0);
  return {
    variance: total / within.length,
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, at weight 0 either every part has infinite df (total²/0 is Infinity too) or the total is 0, whose df satterthwaite never reads
    df: weight > 0 ? (total * total) / weight : Number.POSITIVE_INFINITY,
  };
}

export interface UnitInput {
  /** per unit (run, or pair difference), on the analysis scale */
  values: number[];
  /** per unit within-run variance; undefined when unknown (summary fidelity) */
  within: Component[] | undefined;
  /** run-to-run variance of one unit assumed before seeing the data */
  prior: Component;
  /** level of the F test that lets the units' own spread replace the prior (1 % unless said) */
  spreadTestLevel?: number;
  /** pairs: measure the units' spread robustly (robustSpread) once there are ROBUST_FROM_UNITS of them */
  robust?: boolean;
}

/**
 * Variance of one unit's figure: what the runs' time blocks measured inside each run, plus the run-to-run
 * prior, updated by how much the units actually disagree. Without within-run knowledge the units' own
 * spread is all there is (never below the prior), and one unit is not enough to say anything.
 */
export function unitVariance({
  values,
  within,
  prior,
  spreadTestLevel = 0.01,
  robust = false,
}: UnitInput): Component | undefined {
  const k = values.length;
  const raw = sampleVariance(values);
  if (within === undefined) {
    if (k < 2) return undefined;
    return { variance: Math.max(prior.variance, raw), df: k - 1 };
  }
  const expected = expectedUnitVariance(prior, within);
  // Stryker disable next-line ConditionalExpression: equivalent, one unit's spread is NaN (never too wide) and updateWithSample ignores its 0 df, so expected comes back anyway
  if (k < 2) return expected;
  const spread = (robust && robustSpread(values, expected.variance)) || raw;
  // Units that disagree far more than the within-run figures and the prior explain (an F test, at 1 %) mean
  // this job's noise is not what the model expects: a neighbour slowed one run throughout, a slow period
  // longer than a run. Then the units' own spread is the evidence, with the degrees of freedom of the units,
  // not a prior worth ten runs that one outlying unit could hardly move.
  if (spreadTooWide(spread, k - 1, expected, spreadTestLevel)) return { variance: spread, df: k - 1 };
  return updateWithSample(expected, spread, k - 1);
}

/** What the runs' noise explains of one unit's variance: the run-to-run prior and the within-run parts. */
export function expectedUnitVariance(prior: Component, within: Component[]): Component {
  return satterthwaite([prior, meanWithin(within)]);
}

/** The sample variance's upper-tail F test against the expected variance, at `level` (1 %). */
export function spreadTooWide(spread: number, df: number, expected: Component, level = 0.01): boolean {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, a variance is ≥ 0 and at 0 the ratio ∞ makes p NaN, which fails p < level too
  if (!(expected.variance > 0)) return false;
  if (!(spread > expected.variance)) return false;
  const d2 = Math.min(expected.df, 1000);
  const f = spread / expected.variance;
  const p = 1 - regularizedIncompleteBeta((df * f) / (df * f + d2), df / 2, d2 / 2);
  return p < level;
}

/** Huber's tuning constant: units within 2 standard deviations count fully (about 99 % efficient for normal data). */
const HUBER_C = 2;

/**
 * Units from which the spread is measured robustly. With 3 pairs one outlying pair cannot be told from a
 * noisy job (any robust scale of 3 values is one of them), so the plain spread stands; from 5 on, a pair far
 * from the others is one pair's accident, not the job's noise.
 */
const ROBUST_FROM_UNITS = 5;

/**
 * E[min(Z², c²)] for a standard normal Z at c = HUBER_C: the winsorised variance of normal data. A function
 * rather than a module constant: Stryker reported every mutant of the constant's code (run at import) as
 * survived in our one-thread setup, though the tests of robust pairs fail on each of them applied by hand.
 */
function winsorisedShare(): number {
  const c = HUBER_C;
  const phi = Math.exp((-c * c) / 2) / Math.sqrt(2 * Math.PI);
  const tail = 1 - normalCdf(c);
  return 1 - 2 * tail - 2 * c * phi + 2 * c * c * tail;
}

/**
 * The units' spread with each unit's pull bounded (Huber): deviations from the robust centre are clipped at
 * HUBER_C times a scale that one outlier cannot inflate (the larger of what the within-run figures and the
 * prior expect and the units' normalised median absolute deviation), and the clipped squares rescaled so
 * that normal data keep their variance. A job noisier than expected moves the median deviation and keeps its
 * spread; one pair a whole-run slowdown pushed out counts as a unit 2 scales away, no more. Undefined below
 * ROBUST_FROM_UNITS units.
 */
function robustSpread(values: number[], expected: number): number | undefined {
  const k = values.length;
  if (k < ROBUST_FROM_UNITS) return undefined;
  const madn = 1.4826 * medianAbsoluteDeviation(values);
  const scale = Math.sqrt(Math.max(expected, madn * madn));
  const centre = huberLocation(values, scale);
  const limit = HUBER_C * scale;
  const squares = values.reduce((a, v) => a + Math.min(limit, Math.abs(v - centre)) ** 2, 0);
  return squares / ((k - 1) * winsorisedShare());
}

/**
 * Huber's M-estimate of location with a known scale: the mean, except that a unit further than 2 `scale`
 * from the centre pulls on it as if it were only 2 `scale` away. One pair that a neighbour slowed moves the
 * estimate by a bounded amount instead of its whole excess; with no such unit it is the plain mean.
 * It is where the clipped pulls Σ clamp(v − m, ±2 scale) balance. That sum falls as m rises, linearly between
 * the points where a unit enters or leaves the window (v ± 2 scale), so it is solved exactly on the segment
 * where it reaches zero (the middle of the stretch where it stays zero, when no unit is inside the window).
 * An iteration from the mean, capped at 50 steps, stopped short when a unit lay hundreds of scales out
 * (0, 0, 1000 at scale 1 gave 300, not 1).
 */
export function huberLocation(values: number[], scale: number): number {
  const n = values.length;
  if (!(scale > 0) || n < 3) return values.reduce((a, v) => a + v, 0) / n;
  const limit = HUBER_C * scale;
  const pull = (m: number) => values.reduce((a, v) => a + Math.max(-limit, Math.min(limit, v - m)), 0);
  // the pull is n·limit at the first knot and −n·limit at the last
  const knots = values.flatMap((v) => [v - limit, v + limit]).sort((a, b) => a - b);
  let j = 1;
  let pullBefore = pull(knots[0]!);
  let pullAt = pull(knots[1]!);
  while (pullAt > 0) {
    pullBefore = pullAt;
    pullAt = pull(knots[++j]!);
  }
  const before = knots[j - 1]!;
  const at = knots[j]!;
  if (pullAt < 0) return before + (pullBefore * (at - before)) / (pullBefore - pullAt);
  let last = j;
  while (pull(knots[last + 1]!) === 0) last++;
  return (at + knots[last]!) / 2;
}
