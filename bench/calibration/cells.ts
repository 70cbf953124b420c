import { resolveGateOptions } from '../../src/stats/defaults.ts';
import type { Comparison } from '../../src/stats/types.ts';
import type { NoiseModel } from './noise-model.ts';
import { CI_RUNNER_MODEL } from './noise-model.ts';
import { REAL_CELLS, realTrial } from './real-data.ts';
import type { Design } from './trials.ts';
import { COLUMNS, trial, trialSeed } from './trials.ts';

const ln = Math.log;

/** 10 or 20 endpoints, open model, traffic log-spaced from 200 down to 2 requests/s (the first is busiest). */
function manyEndpoints(count: number): NoiseModel {
  return {
    ...CI_RUNNER_MODEL,
    loadModel: 'open',
    endpoints: Array.from({ length: count }, (_, i) => ({
      method: 'GET',
      name: `/e${i}`,
      medianMs: 5 + ((i * 7) % 45),
      sigma: 0.18,
      errorRate: 0.001,
      rate: Math.max(2, Math.round(200 * 100 ** (-i / (count - 1)))),
    })),
  };
}

/** A CPU hog beside one side in `share` of the runs, for 3–10 s, slowing that side ×`factor`. */
function noisyNeighbour(share: number, factor: number): { model: NoiseModel; label: string } {
  return {
    model: { ...CI_RUNNER_MODEL, neighbour: { share, minSeconds: 3, maxSeconds: 10, logFactor: ln(factor) } },
    label: `noisy neighbour: ${share * 100}% of runs, 3–10 s, ×${factor}, one side`,
  };
}

/**
 * The named noise cells of the table (docs/statistics.md, "Calibration"): the current model, then one
 * mean thing real runners do at a time, each stated here once.
 */
export const MODELS: Record<string, { model: NoiseModel; label: string }> = {
  'ci-runner': { model: CI_RUNNER_MODEL, label: 'current model (CI runner)' },
  'neighbour-2-1.3': noisyNeighbour(0.02, 1.3),
  'neighbour-5-1.3': noisyNeighbour(0.05, 1.3),
  'neighbour-2-2': noisyNeighbour(0.02, 2),
  'neighbour-5-2': noisyNeighbour(0.05, 2),
  'slow-10s': {
    model: { ...CI_RUNNER_MODEL, bursts: { enter: 0.01, exit: 0.1, logFactor: ln(1.3) } },
    label: 'long slow periods: ~10 s, ×1.3, 1% of seconds start one',
  },
  ramp: {
    model: { ...CI_RUNNER_MODEL, rampSd: 0.05 },
    label: 'drift within a run: a ramp of 5% sd from first to last second',
  },
  'heavy-tail': {
    model: { ...CI_RUNNER_MODEL, heavyTail: { share: 0.02, alpha: 1.5 } },
    label: 'heavy tails: 2% of requests ×Pareto(α 1.5)',
  },
  'between-50-4x': {
    model: {
      ...CI_RUNNER_MODEL,
      betweenJob: {
        classes: [
          { logOffset: -ln(2), share: 0.15 },
          { logOffset: 0, share: 0.7 },
          { logOffset: ln(2), share: 0.15 },
        ],
        jitterSd: 0.25,
      },
    },
    label: 'between jobs: ~50% CV, machine clusters 4× apart',
  },
  'endpoints-10': { model: manyEndpoints(10), label: '10 endpoints, open model, 2–200 requests/s' },
  'endpoints-20': { model: manyEndpoints(20), label: '20 endpoints, open model, 2–200 requests/s' },
  'runs-10s': { model: { ...CI_RUNNER_MODEL, seconds: 10 }, label: 'runs of 10 s (current model otherwise)' },
};

export interface Task {
  model: string;
  design: Design;
  runs: number;
  /** same-job: the budget of pairs for adaptive confirmation */
  maxRuns: number;
  histories: number[];
  /** labels of the columns to simulate (all when absent) */
  columns?: string[];
  from: number;
  to: number;
  seed: number;
}

/** Counts of one cell (row × column). */
export interface Tally {
  trials: number;
  fail: number;
  pass: number;
  flagged: number;
  stray: number;
  /** flagged on the shifted series and on no other */
  localised: number;
  floorsP99: number[];
  floorsThroughput: number[];
  /** pairs (or runs a side) used, summed over the trials */
  runsUsed: number;
}

export function emptyTally(): Tally {
  return {
    trials: 0,
    fail: 0,
    pass: 0,
    flagged: 0,
    stray: 0,
    localised: 0,
    floorsP99: [],
    floorsThroughput: [],
    runsUsed: 0,
  };
}

/** The real-data cells' extra column: their pairs whose PR build is 1 ms slower on GET /users. */
export const REAL_COLUMN = COLUMNS.length;
export const TALLY_COLUMNS = COLUMNS.length + 1;

function count(t: Tally, c: Pick<Comparison, 'verdict' | 'runs'>, flagged: boolean, stray: boolean): void {
  const { verdict } = c;
  t.trials++;
  t.runsUsed += c.runs.candidate;
  if (verdict === 'fail') t.fail++;
  if (verdict === 'pass') t.pass++;
  if (flagged) t.flagged++;
  if (stray) t.stray++;
  if (flagged && !stray) t.localised++;
}

const regressed = (c: Comparison, name: string) =>
  c.series.some((s) => s.id.endsWith(name) && s.metrics.some((m) => m.gated && m.outcome === 'regression'));

function runRealTask(task: Task): Tally[][] {
  const cell = REAL_CELLS[task.model]!;
  const options = resolveGateOptions({ seed: task.seed });
  const tallies = [Array.from({ length: TALLY_COLUMNS }, emptyTally)];
  for (let i = task.from; i < task.to; i++) {
    const seed = trialSeed(task.seed, 'same-job', task.runs, i);
    const aa = realTrial(cell.unchanged, true, task.runs, seed, options, task.maxRuns);
    count(tallies[0]![0]!, aa, false, false);
    const slower = realTrial(
      cell.slower,
      false,
      task.runs,
      trialSeed(task.seed, 'cached', task.runs, i),
      options,
      task.maxRuns,
    );
    const users = slower.verdict === 'fail' && regressed(slower, 'GET /users');
    count(tallies[0]![REAL_COLUMN]!, slower, users, regressed(slower, 'GET /orders'));
  }
  return tallies;
}

/** Runs the trials of one task; result[h][c] is the tally of history h, column c. */
export function runTask(task: Task): Tally[][] {
  if (task.model in REAL_CELLS) return runRealTask(task);
  const { model } = MODELS[task.model]!;
  const options = resolveGateOptions({ seed: task.seed });
  const tallies = task.histories.map(() => Array.from({ length: TALLY_COLUMNS }, emptyTally));
  // Throughput follows the service's speed only in a closed model.
  const wanted = COLUMNS.filter(
    (c) =>
      (!task.columns || task.columns.includes(c.label)) &&
      (c.change.kind !== 'throughput' || model.loadModel === 'closed'),
  );
  for (let i = task.from; i < task.to; i++) {
    const seed = trialSeed(task.seed, task.design, task.runs, i);
    const judged = trial(model, task.design, task.runs, task.histories, seed, options, wanted, task.maxRuns);
    for (const [h, columns] of judged.entries()) {
      for (const [c, j] of columns.entries()) {
        const t = tallies[h]![COLUMNS.indexOf(wanted[c]!)]!;
        count(
          t,
          { verdict: j.verdict, runs: { baseline: j.runs, candidate: j.runs } },
          j.flagged,
          j.strayFlag,
        );
        t.floorsP99.push(j.floorP99);
        t.floorsThroughput.push(j.floorThroughput);
      }
    }
  }
  return tallies;
}

export function addTally(into: Tally, from: Tally): void {
  into.trials += from.trials;
  into.fail += from.fail;
  into.pass += from.pass;
  into.flagged += from.flagged;
  into.stray += from.stray;
  into.localised += from.localised;
  into.runsUsed += from.runsUsed;
  into.floorsP99.push(...from.floorsP99);
  into.floorsThroughput.push(...from.floorsThroughput);
}
