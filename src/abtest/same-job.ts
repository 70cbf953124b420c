import type { RunResult } from '../results/types.ts';
import { type PairOrder, schedulePairs } from './pair-order.ts';

export type Side = 'base' | 'pr';

/** One load run against one side. `warmup` runs are made for their side effects (JIT, caches) and discarded. */
export type MeasureSide = (
  side: Side,
  run: { index: number; purpose: 'warmup' | 'measure' },
) => Promise<RunResult>;

export interface SameJobOptions {
  pairs: number;
  /** seeded uniform generator: the pair orders reproduce from the seed the caller records */
  random: () => number;
  measure: MeasureSide;
  /** one discarded run per side before the pairs */
  warmupRun: boolean;
  onProgress?: (line: string) => void;
}

export interface SameJobRuns {
  /** base build, pair i at index i */
  baseline: RunResult[];
  /** PR build, pair i at index i */
  candidate: RunResult[];
  orders: PairOrder[];
}

/**
 * Measures the base build (A) and the PR build (B) in interleaved pairs inside one job. Runs are strictly
 * sequential: load generator and both services share the runner, and two loads at once would measure each
 * other.
 */
export async function runSameJob(options: SameJobOptions): Promise<SameJobRuns> {
  const orders = schedulePairs(options.pairs, options.random);
  const progress = options.onProgress ?? (() => {});
  if (options.warmupRun) {
    for (const side of ['base', 'pr'] as const) {
      progress(`warm-up: ${side === 'base' ? 'base build' : 'PR build'}`);
      await options.measure(side, { index: 0, purpose: 'warmup' });
    }
  }
  const baseline: RunResult[] = [];
  const candidate: RunResult[] = [];
  for (const [i, order] of orders.entries()) {
    const sides: Side[] = order === 'AB' ? ['base', 'pr'] : ['pr', 'base'];
    for (const side of sides) {
      progress(`pair ${i + 1}/${orders.length} (${order}): ${side === 'base' ? 'base build' : 'PR build'}`);
      const run = await options.measure(side, { index: i + 1, purpose: 'measure' });
      (side === 'base' ? baseline : candidate).push(run);
    }
  }
  return { baseline, candidate, orders };
}
