import { LatencyHistogram } from '../results/histogram.ts';
import type { RunResult, SecondBucket, SeriesResult } from '../results/types.ts';
import type { Disturbance } from './types.ts';

/**
 * A noisy neighbour (another job's CPU hog, a burst of I/O on the host) slows one run for a few seconds; it
 * hits one side of a pair, not both, so it is not noise the pair cancels. It shows in the run's per-second
 * profile: a stretch of seconds whose typical latency stands well above the rest of the same run. Such
 * seconds are left out of that run (the run keeps its other seconds), and the comparison says so.
 *
 * The profile of a second is the request-weighted mean, over the run's series, of ln(the second's median /
 * the series' median in the run): a median per second is unmoved by a few slow requests, so heavy tails and
 * the PR's own tail changes do not look like a disturbance, only the whole service slowing down does.
 */

/** A stretch is a disturbance when its seconds are this much slower than the run's typical second... */
const MIN_FACTOR = 1.15;
/** ...and this many robust standard deviations of the run's own per-second profile above its centre. */
const MIN_SCORE = 5;
/** A single slow second is ordinary (a GC pause); a disturbance lasts at least this many seconds. */
const MIN_SECONDS = 2;
/** Seconds with fewer requests of a series than this do not enter that series' part of the profile. */
const MIN_REQUESTS = 10;

/** ln level of each second of the run (first to last second of its series), NaN where no series is busy enough. */
function secondProfile(run: RunResult): { seconds: number[]; levels: number[] } {
  const all = new Set<number>();
  for (const s of run.series.values()) for (const t of s.seconds.keys()) all.add(t);
  const seconds = [...all].sort((a, b) => a - b);
  const weight = new Float64Array(seconds.length);
  const sum = new Float64Array(seconds.length);
  for (const s of run.series.values()) {
    const median = s.latency.quantile(0.5);
    if (!(median > 0)) continue;
    seconds.forEach((t, i) => {
      const bucket = s.seconds.get(t);
      if (!bucket || bucket.latency.count < MIN_REQUESTS) return;
      const m = bucket.latency.quantile(0.5);
      if (!(m > 0)) return;
      sum[i] = sum[i]! + bucket.latency.count * Math.log(m / median);
      weight[i] = weight[i]! + bucket.latency.count;
    });
  }
  // 0 / 0 is NaN: the seconds no series was busy enough in
  return { seconds, levels: seconds.map((_, i) => sum[i]! / weight[i]!) };
}

function quantileOf(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const i = p * (s.length - 1);
  const lo = Math.floor(i);
  return s[lo]! + ((s[lo + 1] ?? s[lo]!) - s[lo]!) * (i - lo);
}

/**
 * The disturbed seconds of a run's per-second profile (ln levels by epoch second, NaN where unknown) and
 * how far above the rest they stood, or undefined: the latency profile here, the service's CPU per request
 * in resources.ts.
 */
export function disturbedSeconds(
  seconds: number[],
  levels: number[],
): { seconds: number[]; factor: number } | undefined {
  const known = levels.filter(Number.isFinite);
  if (known.length < 8) return undefined;
  // The undisturbed level is the run's lower quartile (a neighbour may slow most of a short run, so the
  // median can be a disturbed second), and the second-to-second noise comes from successive differences,
  // which a level shift barely moves (robust sd: median |Δ| / (0.6745·√2)). Only seconds above the lower
  // quartile can be disturbed, so at most 3/4 of a run is left out: a run slower throughout is drift.
  const centre = quantileOf(known, 0.25);
  const steps = known.slice(1).map((x, i) => Math.abs(x - known[i]!));
  const sd = quantileOf(steps, 0.5) / (0.6745 * Math.SQRT2);
  const threshold = Math.max(Math.log(MIN_FACTOR), MIN_SCORE * sd);
  const slow = levels.map((x) => Number.isFinite(x) && x - centre > threshold);
  const flagged: number[] = [];
  let excess = 0;
  // the seconds before `taken` are flagged or passed over: a left edge is never flagged twice
  let taken = 0;
  // Stryker disable next-line EqualityOperator: slow[slow.length] is undefined, so i <= slow.length ends the same
  for (let i = 0; i < slow.length; ) {
    if (!slow[i]) {
      i++;
      continue;
    }
    let j = i;
    while (slow[j]) j++;
    if (j - i >= MIN_SECONDS) {
      // the seconds where the disturbance starts and ends are often slowed for part of the second only
      // (edge() is false before the first second and after the last: levels[k] is undefined there)
      const edge = (k: number) => Number.isFinite(levels[k]) && levels[k]! - centre > threshold / 2;
      const from = i > taken && edge(i - 1) ? i - 1 : i;
      const to = edge(j) ? j + 1 : j;
      for (let k = from; k < to; k++) {
        flagged.push(seconds[k]!);
        excess += levels[k]! - centre;
      }
      j = to;
      taken = to;
    }
    i = j;
  }
  if (flagged.length === 0) return undefined;
  return { seconds: flagged, factor: Math.exp(excess / flagged.length) };
}

/** The disturbed seconds of one run (epoch seconds) and how much slower they were, or undefined. */
function findDisturbance(run: RunResult): { seconds: number[]; factor: number } | undefined {
  const { seconds, levels } = secondProfile(run);
  return disturbedSeconds(seconds, levels);
}

function withoutSeconds(s: SeriesResult, drop: Set<number>): SeriesResult {
  const kept = [...s.seconds.entries()].filter(([t]) => !drop.has(t)).sort((a, b) => a[0] - b[0]);
  const seconds = new Map<number, SecondBucket>();
  const latency = new LatencyHistogram();
  let requests = 0;
  let failed = 0;
  const first = kept[0]?.[0] ?? 0;
  // renumbered without gaps: the time-block variances read consecutive seconds as neighbours
  kept.forEach(([, bucket], i) => {
    seconds.set(first + i, bucket);
    latency.merge(bucket.latency);
    requests += bucket.requests;
    failed += bucket.failed;
  });
  return { ...s, seconds, latency, requests, failed };
}

/** The run without the given seconds, its measured duration shortened by as many seconds. */
function trimmed(run: RunResult, drop: number[]): RunResult {
  const set = new Set(drop);
  const series = new Map<string, SeriesResult>();
  for (const [id, s] of run.series) series.set(id, withoutSeconds(s, set));
  return { ...run, series, endMs: run.endMs - drop.length * 1000 };
}

export interface Screened {
  baseline: RunResult[];
  candidate: RunResult[];
  disturbances: Disturbance[];
}

/**
 * Finds the disturbed runs of both sides and leaves their disturbed seconds out. A slow stretch that shows in
 * every run of one side (three or more) and in none of the other is the build's own behaviour, not a neighbour: it stays in
 * (and is reported as such).
 */
export function screenDisturbances(baseline: RunResult[], candidate: RunResult[]): Screened {
  const found = (runs: RunResult[]) =>
    runs.map((r) => (r.fidelity === 'distribution' ? findDisturbance(r) : undefined));
  const hits = sidesOf(found(baseline), found(candidate));
  const apply = (runs: RunResult[], side: Disturbance['side']) =>
    runs.map((run, i) => {
      const hit = hits[side][i];
      return hit && hits.leftOut[side] ? trimmed(run, hit.seconds) : run;
    });
  return {
    baseline: apply(baseline, 'baseline'),
    candidate: apply(candidate, 'candidate'),
    disturbances: hits.disturbances,
  };
}

/**
 * The runs' disturbed stretches, side by side, and whether each side's are left out: a stretch that shows
 * in every run of one side (three or more) and in none of the other is the build's own behaviour, kept.
 */
export function sidesOf<H extends { seconds: number[]; factor: number }>(
  baseline: Array<H | undefined>,
  candidate: Array<H | undefined>,
): {
  baseline: Array<H | undefined>;
  candidate: Array<H | undefined>;
  leftOut: Record<Disturbance['side'], boolean>;
  disturbances: Disturbance[];
} {
  const count = (xs: unknown[]) => xs.filter((x) => x !== undefined).length;
  const ownBehaviour = (mine: unknown[], theirs: unknown[]) =>
    mine.length >= 3 && count(mine) === mine.length && count(theirs) === 0;
  const leftOut = {
    baseline: !ownBehaviour(baseline, candidate),
    candidate: !ownBehaviour(candidate, baseline),
  };
  const disturbances: Disturbance[] = [];
  for (const side of ['baseline', 'candidate'] as const)
    (side === 'baseline' ? baseline : candidate).forEach((hit, i) => {
      if (hit)
        disturbances.push({
          side,
          run: i + 1,
          seconds: hit.seconds.length,
          factor: hit.factor,
          leftOut: leftOut[side],
        });
    });
  return { baseline, candidate, leftOut, disturbances };
}
