import { LatencyHistogram, RELATIVE_ACCURACY } from '../../src/results/histogram.ts';
import type { RunResult, SecondBucket, SeriesKey, SeriesResult } from '../../src/results/types.ts';
import { seriesId } from '../../src/results/types.ts';
import type { Rng } from '../../src/stats/rng.ts';

/**
 * Synthetic run results for the calibration harness and the statistics tests: per-second latency histograms
 * built directly from simulated requests (no NDJSON), fast enough for thousands of simulated gate runs.
 *
 * A request's latency is log-normal around the endpoint's median, times the run's drift, times a factor of
 * its second (bursty slow periods: a two-state Markov chain, plus a little per-second jitter). Histogram
 * bins are computed the way LatencyHistogram computes them (key = ⌈ln v / ln γ⌉), so the result is exactly what
 * recording every value into a LatencyHistogram would give, at a fraction of the cost.
 */

export interface SyntheticSeries {
  /** request name; the series key is { scenario: 'default', group: '', method, name } */
  method: string;
  name: string;
  medianMs: number;
  /** standard deviation of ln(latency) */
  sigma: number;
  /** share of failed requests */
  errorRate?: number;
  /** multiplies every latency (a uniform slowdown) */
  scale?: number;
  /** slows the tail: a request's z-score above the P90 is multiplied by this (P50 and P90 unchanged) */
  tailStretch?: number;
  /** requests per second of this series in an open model (the run's rate when absent) */
  rate?: number;
}

/** A one-sided noisy neighbour: in this share of runs, one window of seconds is slowed by a factor. */
export interface Neighbour {
  share: number;
  minSeconds: number;
  maxSeconds: number;
  logFactor: number;
}

/** Heavy tails: this share of requests is multiplied by a Pareto(α) factor (scale 1). */
export interface HeavyTail {
  share: number;
  alpha: number;
}

export interface Bursts {
  /** chance per second that a slow period starts */
  enter: number;
  /** chance per second that it ends */
  exit: number;
  /** ln of the latency factor during a slow period */
  logFactor: number;
}

export interface SyntheticRun {
  series: SyntheticSeries[];
  seconds: number;
  loadModel: 'open' | 'closed';
  /** requests per second per series at nominal speed (open: the arrival rate) */
  rate: number;
  /** ln of this run's multiplicative drift */
  logDrift: number;
  bursts: Bursts;
  /** standard deviation of ln of the per-second factor outside bursts */
  jitterSd: number;
  startMs: number;
  neighbour?: Neighbour;
  /** standard deviation of the ln drift from the first to the last second of a run (a linear ramp) */
  rampSd?: number;
  heavyTail?: HeavyTail;
}

const LN_GAMMA = Math.log1p((2 * RELATIVE_ACCURACY) / (1 - RELATIVE_ACCURACY));
/** z-score of the P90 of a normal distribution, where the tail stretch starts */
export const P90_SCORE = 1.2815515655446004;
const TAIL_FROM = P90_SCORE;

export function syntheticKey(s: Pick<SyntheticSeries, 'method' | 'name'>): SeriesKey {
  return { scenario: 'default', group: '', method: s.method, name: s.name };
}

const scratch: number[] = [];

/**
 * A histogram from bin keys (sorted in place: only the multiset matters) and the exact min, max and sum of
 * the values.
 */
function histogramOf(keys: Int32Array, min: number, max: number, sum: number): LatencyHistogram {
  const n = keys.length;
  if (n === 0) return new LatencyHistogram();
  keys.sort();
  // [key delta, count, ...] in ascending key order, as toJSON writes them
  const b = scratch;
  b.length = 0;
  let prev = 0;
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && keys[j] === keys[i]) j++;
    b.push(keys[i]! - prev, j - i);
    prev = keys[i]!;
    i = j;
  }
  return LatencyHistogram.fromJSON({ n, min, max, sum, z: 0, b });
}

/** A binomial draw by inversion (cheap for the small means of failed requests per second). */
function binomial(n: number, p: number, rng: Rng): number {
  const q = 1 - p;
  let probability = q ** n;
  let cumulative = probability;
  const u = rng.next();
  let k = 0;
  while (u > cumulative && k < n) {
    probability *= ((n - k) / (k + 1)) * (p / q);
    cumulative += probability;
    k++;
  }
  return k;
}

/** Per-second ln factor of a run: drift (and its ramp) + slow periods + a neighbour + jitter. */
function secondFactors(run: SyntheticRun, rng: Rng): Float64Array {
  const f = new Float64Array(run.seconds);
  const { enter, exit, logFactor } = run.bursts;
  let slow = rng.next() < enter / (enter + exit);
  const ramp = (run.rampSd ?? 0) * rng.normal();
  for (let t = 0; t < run.seconds; t++) {
    slow = slow ? rng.next() >= exit : rng.next() < enter;
    const along = run.seconds > 1 ? t / (run.seconds - 1) - 0.5 : 0;
    f[t] = run.logDrift + ramp * along + (slow ? logFactor : 0) + run.jitterSd * rng.normal();
  }
  const n = run.neighbour;
  if (n && rng.next() < n.share) {
    const length = n.minSeconds + Math.floor(rng.next() * (n.maxSeconds - n.minSeconds + 1));
    const from = Math.floor(rng.next() * Math.max(1, run.seconds - length + 1));
    for (let t = from; t < Math.min(run.seconds, from + length); t++) f[t]! += n.logFactor;
  }
  return f;
}

/** Requests per second: exact arrivals (open) or Little's law with fixed VUs (closed). */
function requestsPerSecond(run: SyntheticRun, factors: Float64Array): Int32Array {
  const n = new Int32Array(run.seconds);
  if (run.loadModel === 'open') return n.fill(run.rate);
  // One iteration requests every series once; VUs sized so that nominal speed gives `rate` iterations/s.
  const meanMs = (s: SyntheticSeries, f: number) =>
    s.medianMs * (s.scale ?? 1) * Math.exp((s.sigma * s.sigma) / 2 + f);
  const nominal = run.series.reduce((a, s) => a + s.medianMs * Math.exp((s.sigma * s.sigma) / 2), 0);
  const vus = (run.rate * nominal) / 1000;
  let carry = 0;
  for (let t = 0; t < run.seconds; t++) {
    const iterationMs = run.series.reduce((a, s) => a + meanMs(s, factors[t]!), 0);
    carry += (vus * 1000) / iterationMs;
    n[t] = Math.floor(carry);
    carry -= n[t]!;
  }
  return n;
}

export function simulateRun(run: SyntheticRun, rng: Rng): RunResult {
  const factors = secondFactors(run, rng);
  const perSecond = requestsPerSecond(run, factors);
  // Open models may give every series its own rate; closed ones share the iterations.
  const countsOf = (s: SyntheticSeries): Int32Array =>
    run.loadModel === 'open' && s.rate !== undefined ? new Int32Array(run.seconds).fill(s.rate) : perSecond;
  const total = Math.max(...run.series.map((s) => countsOf(s).reduce((a, v) => a + v, 0)));
  const keys = new Int32Array(total);
  const tail = run.heavyTail;
  const series = new Map<string, SeriesResult>();
  const firstSecond = Math.floor(run.startMs / 1000);
  for (const s of run.series) {
    const base = Math.log(s.medianMs * (s.scale ?? 1));
    const stretch = s.tailStretch ?? 1;
    const errorRate = s.errorRate ?? 0;
    const seconds = new Map<number, SecondBucket>();
    let wholeMin = Number.POSITIVE_INFINITY;
    let wholeMax = Number.NEGATIVE_INFINITY;
    let wholeSum = 0;
    let i = 0;
    let failedTotal = 0;
    const counts = countsOf(s);
    for (let t = 0; t < run.seconds; t++) {
      const from = i;
      const factor = base + factors[t]!;
      let failed = 0;
      let min = Number.POSITIVE_INFINITY;
      let max = Number.NEGATIVE_INFINITY;
      let sum = 0;
      for (let r = 0; r < counts[t]!; r++) {
        let z = rng.normal();
        if (z > TAIL_FROM) z = TAIL_FROM + (z - TAIL_FROM) * stretch;
        let l = factor + s.sigma * z;
        if (tail && rng.next() < tail.share) l -= Math.log(1 - rng.next()) / tail.alpha;
        const v = Math.exp(l);
        if (v < min) min = v;
        if (v > max) max = v;
        sum += v;
        keys[i++] = Math.ceil(l / LN_GAMMA);
      }
      if (errorRate > 0) failed = binomial(counts[t]!, errorRate, rng);
      failedTotal += failed;
      if (min < wholeMin) wholeMin = min;
      if (max > wholeMax) wholeMax = max;
      wholeSum += sum;
      const latency = histogramOf(keys.subarray(from, i), min, max, sum);
      seconds.set(firstSecond + t, { requests: i - from, failed, latency });
    }
    const key = syntheticKey(s);
    const id = seriesId(key);
    series.set(id, {
      key,
      id,
      requests: i,
      failed: failedTotal,
      latency: histogramOf(keys.subarray(0, i), wholeMin, wholeMax, wholeSum),
      seconds,
    });
  }
  return {
    engine: 'embedded',
    fidelity: 'distribution',
    loadModel: run.loadModel,
    sources: ['synthetic'],
    startMs: run.startMs,
    endMs: run.startMs + run.seconds * 1000,
    series,
    lifecycle: new Map(),
    totals: { iterations: total, droppedIterations: 0, checksPassed: 0, checksFailed: 0, maxVUs: 0 },
    thresholds: [],
    skipped: {},
    warnings: [],
    ...(run.loadModel === 'open' ? { targetRate: run.rate } : {}),
  };
}
