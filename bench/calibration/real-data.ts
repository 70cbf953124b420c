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
 * The real-data cells: same-job pairs recorded with a real load generator and a real CPU-hogging neighbour,
 * copied by extract-real.ts into bench/calibration/real/: the shared k6 recordings
 * (../shared/fixtures/k6-v0.49-pairs) and our own, made by record/record-pairs.sh the same way through
 * perf-gate's CLI (k6 and the embedded engine). A trial draws `pairs` recorded pairs (without replacement
 * while the pool lasts) and rebuilds each run by resampling its inner seconds in blocks of 3 consecutive
 * seconds (a moving-block bootstrap keeps short bursts whole; the partial first and last seconds stay where
 * they are). A/A trials swap the sides of a pair at random.
 */
export const SHARED_SETS = ['noisy-aa', 'noisy-users1ms'] as const;
export const RECORDED_SETS = ['k6-aa', 'k6-users1ms', 'embedded-aa', 'embedded-users1ms'] as const;
export type RealSet = (typeof SHARED_SETS)[number] | (typeof RECORDED_SETS)[number];

/** A real-data cell: its pools of unchanged-build pairs (A/A) and of pairs with GET /users 1 ms slower. */
export interface RealCell {
  label: string;
  unchanged: RealSet[];
  slower: RealSet[];
}

export const REAL_CELLS: Record<string, RealCell> = {
  'real-data': {
    label:
      'real data: k6 same-job pairs with a real CPU hog (shared fixtures), seconds resampled in 3 s blocks',
    unchanged: ['noisy-aa'],
    slower: ['noisy-users1ms'],
  },
  // recorded on a 2-core machine that other work (other branches' benchmarks) kept busy besides the hog:
  // noisier than the shared fixtures, which were recorded on an otherwise quiet machine
  'real-k6-busy': {
    label:
      'real data: k6 same-job pairs recorded here, a CPU hog and a busy machine, seconds resampled in 3 s blocks',
    unchanged: ['k6-aa'],
    slower: ['k6-users1ms'],
  },
  'real-embedded-busy': {
    label:
      'real data: embedded-engine same-job pairs recorded here, a CPU hog and a busy machine, seconds resampled in 3 s blocks',
    unchanged: ['embedded-aa'],
    slower: ['embedded-users1ms'],
  },
};

export interface RealPair {
  order: 'AB' | 'BA';
  base: RunResult;
  pr: RunResult;
}

const loaded = new Map<string, RealPair[]>();

export function realPairs(set: RealSet): RealPair[] {
  const known = loaded.get(set);
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
  loaded.set(set, pairs);
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
 * One real-data gate run of `pairs` planned same-job pairs from the pooled sets, confirmed up to `maxPairs`
 * by the gate's sequential rule; A/A when the builds are `unchanged` (sides swapped at random).
 */
export function realTrial(
  sets: RealSet[],
  unchanged: boolean,
  pairs: number,
  seed: number,
  options: GateOptions,
  maxPairs = pairs,
): Comparison {
  const rng = mulberry32(seed);
  const pool = sets.flatMap(realPairs);
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
      const swap = unchanged && rng.next() < 0.5;
      baseline.push(resampleRun(swap ? p.pr : p.base, rng));
      candidate.push(resampleRun(swap ? p.base : p.pr, rng));
      pairOrders.push(swap ? (p.order === 'AB' ? 'BA' : 'AB') : p.order);
    }
    return compareRuns({ baseline, candidate, design: 'same-job', pairOrders }, atLook);
  });
}
