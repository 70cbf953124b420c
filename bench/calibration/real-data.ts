import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { LatencyHistogram } from '../../src/results/histogram.ts';
import { deserializeRun } from '../../src/results/serialize.ts';
import type { RunResult, SecondBucket, SeriesResult } from '../../src/results/types.ts';
import { compareRuns } from '../../src/stats/compare.ts';
import { mulberry32, type Rng } from '../../src/stats/rng.ts';
import { judgeSequentially } from '../../src/stats/sequential.ts';
import type { Comparison, GateOptions } from '../../src/stats/types.ts';

/**
 * The real-data cell: same-job pairs recorded with a real k6 and a real CPU-hogging neighbour
 * (../shared/fixtures/k6-v0.49-pairs, copied by extract-real.ts into bench/calibration/real/). A trial draws
 * `pairs` recorded pairs (without replacement while the pool lasts) and rebuilds each run by resampling its inner seconds in blocks
 * of 3 consecutive seconds (a moving-block bootstrap keeps short bursts whole; the partial first and last
 * seconds stay where they are). A/A trials swap the sides of a pair at random.
 */
export interface RealPair {
  order: 'AB' | 'BA';
  base: RunResult;
  pr: RunResult;
}

const sets = new Map<string, RealPair[]>();

export function realPairs(set: 'noisy-aa' | 'noisy-users1ms'): RealPair[] {
  const known = sets.get(set);
  if (known) return known;
  const file = new URL(`./real/${set}.json.gz`, import.meta.url);
  const json = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as {
    pairs: Array<{ order: 'AB' | 'BA'; base: unknown; pr: unknown }>;
  };
  const pairs = json.pairs.map((p) => ({
    order: p.order,
    base: deserializeRun(p.base, `${set} base`),
    pr: deserializeRun(p.pr, `${set} pr`),
  }));
  sets.set(set, pairs);
  return pairs;
}

const BLOCK = 3;

function resampleSeries(s: SeriesResult, picks: number[]): SeriesResult {
  const ordered = [...s.seconds.entries()].sort((a, b) => a[0] - b[0]);
  const first = ordered[0]![0];
  const seconds = new Map<number, SecondBucket>();
  const latency = new LatencyHistogram();
  let requests = 0;
  let failed = 0;
  picks.forEach((from, t) => {
    const bucket = ordered[from]![1];
    seconds.set(first + t, bucket);
    latency.merge(bucket.latency);
    requests += bucket.requests;
    failed += bucket.failed;
  });
  return { ...s, seconds, latency, requests, failed };
}

/** One run rebuilt from the recorded one by a moving-block bootstrap of its inner seconds. */
export function resampleRun(run: RunResult, rng: Rng): RunResult {
  const length = Math.max(...[...run.series.values()].map((s) => s.seconds.size));
  const inner = length - 2;
  const picks = [0];
  while (picks.length < length - 1) {
    const start = 1 + Math.floor(rng.next() * inner);
    for (let k = 0; k < BLOCK && picks.length < length - 1; k++) picks.push(1 + ((start - 1 + k) % inner));
  }
  picks.push(length - 1);
  const series = new Map<string, SeriesResult>();
  // Every series has the same seconds in these recordings; one pick list keeps the seconds aligned.
  for (const [id, s] of run.series) series.set(id, resampleSeries(s, picks.slice(0, s.seconds.size)));
  return { ...run, series };
}

/**
 * One real-data gate run of `pairs` planned same-job pairs from a set, confirmed up to `maxPairs` by the
 * gate's sequential rule; A/A when the set is noisy-aa (sides swapped at random).
 */
export function realTrial(
  set: 'noisy-aa' | 'noisy-users1ms',
  pairs: number,
  seed: number,
  options: GateOptions,
  maxPairs = pairs,
): Comparison {
  const rng = mulberry32(seed);
  const pool = realPairs(set);
  const baseline: RunResult[] = [];
  const candidate: RunResult[] = [];
  const pairOrders: Array<'AB' | 'BA'> = [];
  // Pairs are drawn without replacement (a fresh shuffle of the pool each time it runs out): a recorded pair's
  // run-level events (the first run's cold start, a hog) happened once in a job, and drawing the same pair
  // twice would make one event look like two independent ones.
  let left: RealPair[] = [];
  return judgeSequentially(pairs, maxPairs, options, (wanted, atLook) => {
    while (baseline.length < wanted) {
      if (left.length === 0) left = [...pool];
      const p = left.splice(Math.floor(rng.next() * left.length), 1)[0]!;
      const swap = set === 'noisy-aa' && rng.next() < 0.5;
      baseline.push(resampleRun(swap ? p.pr : p.base, rng));
      candidate.push(resampleRun(swap ? p.base : p.pr, rng));
      pairOrders.push(swap ? (p.order === 'AB' ? 'BA' : 'AB') : p.order);
    }
    return compareRuns({ baseline, candidate, design: 'same-job', pairOrders }, atLook);
  });
}
