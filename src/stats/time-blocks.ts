/**
 * Variance of a sum over time when neighbouring seconds are not independent.
 *
 * Slow periods, GC pauses and noisy neighbours make bursts: a slow second is followed by more slow seconds,
 * so treating 100 000 requests as independent draws understates the noise. We work with one figure per
 * wall-clock second (e.g. how many requests were at or below the P99) and estimate the variance of their
 * total with overlapping batch means (OBM, Meketon & Schmeiser 1984): the spread of the means of every
 * window of L consecutive seconds. Any correlation shorter than L seconds is inside a window and counted.
 * OBM is deterministic (no resampling, nothing to seed) and uses every window, so it is about 1.5 times as
 * stable as non-overlapping batches of the same length.
 */

/** Window length: √T seconds, the usual batch-means choice that balances bias against stability. */
function batchLength(seconds: number): number {
  return Math.max(1, Math.floor(Math.sqrt(seconds)));
}

export interface SumVariance {
  /** estimated variance of Σ y_t */
  variance: number;
  /** approximate degrees of freedom of that estimate (≈ 1.5 T / L for OBM) */
  df: number;
}

/**
 * OBM estimate of Var(Σ y_t) for a series y_0..y_{T−1} (one value per second). With L = 1 it is T times the
 * ordinary sample variance. Needs at least two seconds; returns undefined otherwise.
 */
export function sumVarianceOBM(
  y: ArrayLike<number>,
  length = batchLength(y.length),
): SumVariance | undefined {
  const T = y.length;
  if (T < 2) return undefined;
  const L = Math.min(length, T - 1);
  let total = 0;
  for (let i = 0; i < T; i++) total += y[i]!;
  const mean = total / T;
  let window = 0;
  for (let i = 0; i < L; i++) window += y[i]!;
  let squares = 0;
  for (let j = 0; ; j++) {
    const d = window / L - mean;
    squares += d * d;
    if (j + L >= T) break;
    window += y[j + L]! - y[j]!;
  }
  // σ²_OBM estimates T·Var(mean); Var(sum) = T·σ²_OBM.
  const sigma2 = ((L * T) / ((T - L) * (T - L + 1))) * squares;
  return { variance: T * sigma2, df: Math.max(1, (1.5 * T) / L - 1) };
}
