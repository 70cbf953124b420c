import type { RunResult } from '../../src/results/types.ts';
import { compareRuns } from '../../src/stats/compare.ts';
import { deriveSeed, mulberry32 } from '../../src/stats/rng.ts';
import { isScenarioTotal } from '../../src/stats/scenario-totals.ts';
import { judgeSequentially } from '../../src/stats/sequential.ts';
import type { Comparison, GateOptions, MetricName } from '../../src/stats/types.ts';
import type { Change, NoiseModel } from './noise-model.ts';
import { driftPath, endpointId, jobFactor, runIn, simulatedHistory } from './noise-model.ts';

export interface Column {
  label: string;
  change: Change;
}

/** A/A, half the default tolerance, the tolerance and twice it, of P50 (5 %), P99 (10 %), throughput (5 %). */
export const COLUMNS: Column[] = [
  { label: 'A/A', change: { kind: 'none' } },
  { label: 'P50 +2.5%', change: { kind: 'scale', factor: 1.025, series: 0 } },
  { label: 'P99 +5%', change: { kind: 'p99', factor: 1.05, series: 0 } },
  { label: 'P50 +5%', change: { kind: 'scale', factor: 1.05, series: 0 } },
  { label: 'P50 +10%', change: { kind: 'scale', factor: 1.1, series: 0 } },
  { label: 'P99 +10%', change: { kind: 'p99', factor: 1.1, series: 0 } },
  { label: 'P99 +20%', change: { kind: 'p99', factor: 1.2, series: 0 } },
  { label: 'tput −5%', change: { kind: 'throughput', loss: 0.05 } },
  { label: 'tput −10%', change: { kind: 'throughput', loss: 0.1 } },
];

/** One simulated gate run judged against what was simulated. */
export interface Judged {
  verdict: Comparison['verdict'];
  /** the verdict failed on the changed metric (P99 of the shifted series, or any series' throughput) */
  flagged: boolean;
  /** some regression on a series that was not changed */
  strayFlag: boolean;
  /** half-width of the P99 and throughput intervals of the first series (relative) */
  floorP99: number;
  floorThroughput: number;
  /** pairs (same-job) or runs a side (cached) the verdict rests on */
  runs: number;
}

function regression(c: Comparison, id: string, metric?: MetricName): boolean {
  const s = c.series.find((x) => x.id === id);
  return !!s?.metrics.some(
    (m) => m.gated && m.outcome === 'regression' && (metric === undefined || m.metric === metric),
  );
}

export function judge(model: NoiseModel, change: Change, c: Comparison): Judged {
  const first = endpointId(model, 0);
  const ids = model.endpoints.map((_, i) => endpointId(model, i));
  let flagged = false;
  let strayFlag = false;
  if (change.kind === 'p99') {
    flagged = c.verdict === 'fail' && regression(c, endpointId(model, change.series), 'p99');
    strayFlag = ids.some((id, i) => i !== change.series && regression(c, id));
  } else if (change.kind === 'scale') {
    flagged = c.verdict === 'fail' && regression(c, endpointId(model, change.series), 'p50');
  } else if (change.kind === 'throughput') {
    // closed model: throughput is judged on the scenario's all-requests series (src/stats/scenario-totals.ts)
    flagged = c.verdict === 'fail' && c.series.some((s) => regression(c, s.id, 'throughput'));
  }
  const metric = (m: MetricName) => c.series.find((s) => s.id === first)?.metrics.find((x) => x.metric === m);
  return {
    verdict: c.verdict,
    flagged,
    strayFlag,
    floorP99: metric('p99')?.noiseFloor ?? Number.NaN,
    floorThroughput:
      c.series.find((s) => isScenarioTotal(s.key))?.metrics.find((x) => x.metric === 'throughput')
        ?.noiseFloor ?? Number.NaN,
    runs: c.runs.candidate,
  };
}

export type Design = 'same-job' | 'cached';

/**
 * One trial of one design with `runs` repeats a side (same-job: `runs` planned pairs, confirmed up to
 * `maxPairs` by the gate's adaptive rule, src/stats/sequential.ts): the baseline is simulated once and compared with a
 * candidate for every column (each column's candidate shares the trial's drift and machine draws, so the
 * columns of a row are correlated, but each column's rate is an honest estimate on its own). The cached
 * design is judged once per history size, on the same data.
 */
export function trial(
  model: NoiseModel,
  design: Design,
  runs: number,
  histories: number[],
  seed: number,
  options: GateOptions,
  columns: Column[] = COLUMNS,
  maxPairs = runs,
): Judged[][] {
  const rng = mulberry32(seed);
  const out: Judged[][] = histories.map(() => []);
  if (design === 'same-job') {
    // Interleaved pairs: the planned ones AB, BA, AB, …, then confirmation pairs two at a time (AB, BA); pair
    // i occupies slots 2i and 2i+1 of the job's drift path. Runs are simulated only when a look needs them.
    const drift = driftPath(model, 2 * maxPairs, rng);
    const orders = Array.from({ length: maxPairs }, (_, i) => {
      const j = i < runs ? i : i - runs;
      return j % 2 === 0 ? 'AB' : 'BA';
    });
    const slot = (i: number, side: 'A' | 'B') => 2 * i + (orders[i]![0] === side ? 0 : 1);
    const baseline: RunResult[] = [];
    for (const column of columns) {
      const candidate: RunResult[] = [];
      const c = judgeSequentially(runs, maxPairs, options, (pairs, atLook) => {
        while (baseline.length < pairs)
          baseline.push(runIn(model, { kind: 'none' }, drift[slot(baseline.length, 'A')]!, rng));
        while (candidate.length < pairs)
          candidate.push(runIn(model, column.change, drift[slot(candidate.length, 'B')]!, rng));
        const pairOrders = orders.slice(0, pairs);
        return compareRuns({ baseline: baseline.slice(0, pairs), candidate, design, pairOrders }, atLook);
      });
      out[0]!.push(judge(model, column.change, c));
    }
    return out;
  }
  const job = (change: Change, factor: number, path: number[]): RunResult[] =>
    path.map((d) => runIn(model, change, factor + d, rng));
  const baseline = job({ kind: 'none' }, jobFactor(model, rng), driftPath(model, runs, rng));
  const history = simulatedHistory(model, Math.max(0, ...histories), rng);
  const candidateJob = jobFactor(model, rng);
  const candidatePath = driftPath(model, runs, rng);
  for (const column of columns) {
    const candidate = job(column.change, candidateJob, candidatePath);
    histories.forEach((size, h) => {
      const c = compareRuns({ baseline, candidate, design, history: history.slice(0, size) }, options);
      out[h]!.push(judge(model, column.change, c));
    });
  }
  return out;
}

export function trialSeed(base: number, design: Design, runs: number, index: number): number {
  return deriveSeed(deriveSeed(base, design === 'same-job' ? 1 : 2), runs * 1_000_003 + index);
}
