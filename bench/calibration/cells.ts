import { resolveGateOptions } from '../../src/stats/defaults.ts';
import type { NoiseModel } from './noise-model.ts';
import { CI_RUNNER_MODEL } from './noise-model.ts';
import type { Design } from './trials.ts';
import { COLUMNS, trial, trialSeed } from './trials.ts';

/** The noise models of the table: the main one, and two harsher variants that show how sensitive it is. */
export const MODELS: Record<string, { model: NoiseModel; label: string }> = {
  'ci-runner': { model: CI_RUNNER_MODEL, label: 'CI runner model' },
  'independent-drift': {
    model: { ...CI_RUNNER_MODEL, withinJob: { cv: 0.02, rho: 0 } },
    label: 'stress: drift not shared by neighbouring runs',
  },
  burstier: {
    model: { ...CI_RUNNER_MODEL, bursts: { enter: 0.04, exit: 0.5, logFactor: Math.log(1.2) } },
    label: 'stress: slow periods twice as often and twice as slow',
  },
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
