import { type PairOrder, schedulePairs } from './pair-order.ts';

export type Side = 'base' | 'pr';

/** One load run against one side. `warmup` runs are made for their side effects (JIT, caches) and discarded. */
export type MeasureSide<R> = (
  side: Side,
  run: { index: number; purpose: 'warmup' | 'measure' },
) => Promise<R>;

export interface SameJobOptions<R> {
  pairs: number;
  /** seeded uniform generator: the pair orders reproduce from the seed the caller records */
  random: () => number;
  measure: MeasureSide<R>;
  /** one discarded run per side before the pairs */
  warmupRun: boolean;
  onProgress?: (line: string) => void;
  /**
   * Adaptive confirmation: after the planned pairs and after every batch of more, `needMore` judges the pairs
   * so far; while it says so, two more pairs (one AB, one BA, in random order) are measured, up to `maxPairs`.
   */
  confirm?: { maxPairs: number; needMore: (sofar: SameJobRuns<R>) => boolean };
}

export interface SameJobRuns<R> {
  /** base build, pair i at index i */
  baseline: R[];
  /** PR build, pair i at index i */
  candidate: R[];
  orders: PairOrder[];
}

/**
 * Measures the base build (A) and the PR build (B) in interleaved pairs inside one job. Runs are strictly
 * sequential: load generator and both services share the runner, and two loads at once would measure each
 * other.
 */
export async function runSameJob<R>(options: SameJobOptions<R>): Promise<SameJobRuns<R>> {
  // the warm-ups run base then PR: the pairs follow them as they would follow an AB pair
  const orders = schedulePairs(options.pairs, options.random, 'AB');
  const progress = options.onProgress ?? (() => {});
  if (options.warmupRun) {
    for (const side of ['base', 'pr'] as const) {
      progress(`warm-up: ${side === 'base' ? 'base build' : 'PR build'}`);
      await options.measure(side, { index: 0, purpose: 'warmup' });
    }
  }
  const runs: SameJobRuns<R> = { baseline: [], candidate: [], orders: [] };
  const measurePairs = async (batch: PairOrder[], total: number) => {
    for (const order of batch) {
      const i = runs.orders.length;
      runs.orders.push(order);
      const sides: Side[] = order === 'AB' ? ['base', 'pr'] : ['pr', 'base'];
      for (const side of sides) {
        progress(`pair ${i + 1}/${total} (${order}): ${side === 'base' ? 'base build' : 'PR build'}`);
        const run = await options.measure(side, { index: i + 1, purpose: 'measure' });
        (side === 'base' ? runs.baseline : runs.candidate).push(run);
      }
    }
  };
  await measurePairs(orders, orders.length);
  const confirm = options.confirm;
  while (confirm && runs.orders.length < confirm.maxPairs && confirm.needMore(runs)) {
    const last = runs.orders[runs.orders.length - 1] as PairOrder;
    const batch = schedulePairs(Math.min(2, confirm.maxPairs - runs.orders.length), options.random, last);
    const total = runs.orders.length + batch.length;
    progress(`not decided after ${runs.orders.length} pairs: ${batch.length} more to confirm`);
    await measurePairs(batch, total);
  }
  return runs;
}
