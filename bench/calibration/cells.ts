import { resolveGateOptions } from '../../src/stats/defaults.ts';
import type { NoiseModel } from './noise-model.ts';
import { CI_RUNNER_MODEL } from './noise-model.ts';
import type { Design } from './trials.ts';
import { COLUMNS, trial, trialSeed } from './trials.ts';

/** n endpoints whose traffic spreads log-evenly from 2 to 200 requests/s (at the model's rate of 100/s). */
function manyEndpoints(n: number): NoiseModel['endpoints'] {
  return Array.from({ length: n }, (_, i) => ({
    method: 'GET',
    name: `/e${i}`,
    medianMs: 8 + (i % 5) * 2,
    sigma: 0.18,
    errorRate: 0.001,
    // endpoint 0 is the one a change hits: give it the middle of the traffic range
    rateFactor: 0.02 * 100 ** (((i + Math.floor(n / 2)) % n) / (n - 1)),
  }));
}

const base = CI_RUNNER_MODEL;
/**
 * The noise cells of the table, each stated once here and in docs/statistics.md ("Noise cells"): the
 * current model, and one harsher structure at a time that real runners show.
 */
export const MODELS: Record<string, { model: NoiseModel; label: string }> = {
  'ci-runner': { model: base, label: 'current model (CI runner)' },
  'independent-drift': {
    model: { ...base, withinJob: { cv: 0.02, rho: 0 } },
    label: 'stress: drift not shared by neighbouring runs',
  },
  burstier: {
    model: { ...base, bursts: { enter: 0.04, exit: 0.5, logFactor: Math.log(1.2) } },
    label: 'stress: slow periods twice as often and twice as slow',
  },
  'neighbour-2%-x1.3': {
    model: { ...base, neighbour: { runShare: 0.02, minSeconds: 3, maxSeconds: 10, factor: 1.3 } },
    label: 'noisy neighbour in 2% of runs, 3–10 s, ×1.3, one side',
  },
  'neighbour-5%-x1.3': {
    model: { ...base, neighbour: { runShare: 0.05, minSeconds: 3, maxSeconds: 10, factor: 1.3 } },
    label: 'noisy neighbour in 5% of runs, 3–10 s, ×1.3, one side',
  },
  'neighbour-2%-x2': {
    model: { ...base, neighbour: { runShare: 0.02, minSeconds: 3, maxSeconds: 10, factor: 2 } },
    label: 'noisy neighbour in 2% of runs, 3–10 s, ×2, one side',
  },
  'neighbour-5%-x2': {
    model: { ...base, neighbour: { runShare: 0.05, minSeconds: 3, maxSeconds: 10, factor: 2 } },
    label: 'noisy neighbour in 5% of runs, 3–10 s, ×2, one side',
  },
  'slow-periods-10s': {
    // a slow period starts in 1% of seconds and lasts 10 s on average
    model: { ...base, bursts: { enter: 0.01, exit: 0.1, logFactor: Math.log(1.3) } },
    label: 'long slow periods: ~10 s at ×1.3',
  },
  'drift-in-run': {
    model: { ...base, trendSd: 0.05 },
    label: 'drift within a run: linear, 5% sd from first to last second',
  },
  'heavy-tail': {
    model: { ...base, heavyTail: { share: 0.02, alpha: 1.5 } },
    label: 'heavy tail: 2% of requests × Pareto(α 1.5)',
  },
  'between-50%-4x': {
    // machine clusters 4× apart (ln 4 = 1.386 between the extremes) plus 10% per job: ~50% CV between jobs
    model: {
      ...base,
      betweenJob: {
        classes: [
          { logOffset: -Math.LN2, share: 0.25 },
          { logOffset: 0, share: 0.5 },
          { logOffset: Math.LN2, share: 0.25 },
        ],
        jitterSd: 0.1,
      },
    },
    label: 'between jobs: 50% CV, machine clusters 4× apart',
  },
  'endpoints-10': {
    model: { ...base, endpoints: manyEndpoints(10) },
    label: '10 endpoints, 2–200 requests/s',
  },
  'endpoints-20': {
    model: { ...base, endpoints: manyEndpoints(20) },
    label: '20 endpoints, 2–200 requests/s',
  },
  'runs-10s': { model: { ...base, seconds: 10 }, label: 'runs of 10 s (instead of 30 s)' },
};

export interface Task {
  model: string;
  design: Design;
  runs: number;
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
  };
}

/** Runs the trials of one task; result[h][c] is the tally of history h, column c. */
export function runTask(task: Task): Tally[][] {
  const { model } = MODELS[task.model]!;
  const options = resolveGateOptions({ seed: task.seed });
  const tallies = task.histories.map(() => COLUMNS.map(emptyTally));
  const wanted = COLUMNS.filter((c) => !task.columns || task.columns.includes(c.label));
  for (let i = task.from; i < task.to; i++) {
    const seed = trialSeed(task.seed, task.design, task.runs, i);
    const judged = trial(model, task.design, task.runs, task.histories, seed, options, wanted);
    for (const [h, columns] of judged.entries()) {
      for (const [c, j] of columns.entries()) {
        const t = tallies[h]![COLUMNS.indexOf(wanted[c]!)]!;
        t.trials++;
        if (j.verdict === 'fail') t.fail++;
        if (j.verdict === 'pass') t.pass++;
        if (j.flagged) t.flagged++;
        if (j.strayFlag) t.stray++;
        if (j.flagged && !j.strayFlag) t.localised++;
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
  into.floorsP99.push(...from.floorsP99);
  into.floorsThroughput.push(...from.floorsThroughput);
}
