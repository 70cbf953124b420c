import { studentTQuantile } from './distributions.ts';
import { sampleVariance } from './variance.ts';

/** One nightly baseline's headline figure. */
export interface DriftPoint {
  commit: string;
  timeMs: number;
  value: number;
}

export interface DriftOptions {
  /** nightlies that make up "recent" (a sustained shift must hold for all of them) */
  recent: number;
  /** earlier nightlies needed before drift can be judged at all */
  minEarlier: number;
  /** at most this many earlier nightlies form the reference level */
  maxEarlier: number;
  /** smallest relative shift worth an issue */
  tolerance: number;
  /** confidence of the interval of the shift */
  confidence: number;
}

const defaultDriftOptions: DriftOptions = {
  recent: 3,
  minEarlier: 5,
  maxEarlier: 20,
  tolerance: 0.1,
  confidence: 0.99,
};

export interface DriftResult {
  detected: boolean;
  /** relative shift of the recent window against the earlier level (0.14 = +14 %) */
  change: number;
  interval?: [number, number];
  /** nightlies the judgement looked at */
  window: number;
  /** the first nightly at the shifted level, when detected */
  since?: { commit: string; timeMs: number };
  /** why drift could not be judged */
  reason?: string;
}

/**
 * Drift: a sustained shift of a headline figure (higher is worse) over recent nightlies. Unlike a PR
 * comparison, each nightly ran on another machine, so the noise is the between-job spread, which the earlier
 * nightlies measure themselves. On the log scale, the mean of the last `recent` nightlies is compared with
 * the earlier level by a Student-t interval whose spread comes from the earlier nightlies; drift needs the whole interval beyond zero, a shift of at least
 * `tolerance`, and every recent nightly on the same side of the earlier median, so one slow runner (a single
 * spike, which the mean alone could be dragged by) never opens an issue.
 */
export function detectDrift(points: DriftPoint[], options: DriftOptions = defaultDriftOptions): DriftResult {
  const usable = points.filter((p) => p.value > 0 && Number.isFinite(p.value));
  const recent = usable.slice(-options.recent);
  const earlier = usable.slice(0, -options.recent).slice(-options.maxEarlier);
  const window = recent.length + earlier.length;
  if (recent.length < options.recent || earlier.length < options.minEarlier) {
    return {
      detected: false,
      change: Number.NaN,
      window,
      reason: `drift needs ${options.minEarlier + options.recent} nightlies; the history has ${usable.length}`,
    };
  }
  const logEarlier = earlier.map((p) => Math.log(p.value));
  const logRecent = recent.map((p) => Math.log(p.value));
  const mean = (xs: number[]) => xs.reduce((a, x) => a + x, 0) / xs.length;
  const shift = mean(logRecent) - mean(logEarlier);
  // The spread of nightlies comes from the earlier ones alone: three recent points say little about a
  // variance, and when they happen to agree they would make the interval falsely narrow.
  const variance = sampleVariance(logEarlier) * (1 / logEarlier.length + 1 / logRecent.length);
  const half =
    studentTQuantile(1 - (1 - options.confidence) / 2, logEarlier.length - 1) * Math.sqrt(variance);
  const interval: [number, number] = [Math.expm1(shift - half), Math.expm1(shift + half)];
  const change = Math.expm1(shift);

  const median = [...logEarlier].sort((a, b) => a - b)[Math.floor(logEarlier.length / 2)]!;
  const side = Math.sign(shift);
  const sustained = logRecent.every((v) => Math.sign(v - median) === side);
  const significant = interval[0] > 0 || interval[1] < 0;
  const detected = sustained && significant && Math.abs(change) >= options.tolerance;
  if (!detected) return { detected, change, interval, window };

  // Walk back from the newest nightly while it stays past the midpoint between the two levels: that is
  // where the level moved.
  const midpoint = median + shift / 2;
  let first = usable.length - 1;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, the walk stops inside the window (over half the earlier nightlies lie on the median's side of the midpoint), so it never reaches the first nightly
  while (first > 0 && Math.sign(Math.log(usable[first - 1]!.value) - midpoint) === side) first--;
  // Stryker disable next-line ArithmeticOperator: equivalent, for the same reason the window's start never binds
  const since = usable[Math.max(first, usable.length - recent.length - earlier.length)]!;
  return { detected, change, interval, window, since: { commit: since.commit, timeMs: since.timeMs } };
}
