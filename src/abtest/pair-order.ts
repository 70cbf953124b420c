/** 'AB': the base build (A) runs first in the pair, then the PR build (B); 'BA' the other way round. */
export type PairOrder = 'AB' | 'BA';

/**
 * Orders for `pairs` pairs that follow `after` (the order of the runs just before them: the warm-ups, base
 * then PR, count as 'AB'; for more pairs, the last pair so far): as many AB as BA (one more of either for an
 * odd count, chosen at random), in a random sequence that ends with `after`'s order.
 *
 * Balancing makes drift over the job (thermal, noisy neighbours, caches warming) fall on both sides equally;
 * randomising the sequence keeps a periodic disturbance from lining up with one side.
 *
 * Ending as `after` does balances the carryover. Where the order switches (AB then BA), one build runs twice
 * in a row while the other sits idle for two runs, and a service that has sat idle costs more: about 14 %
 * more CPU per request in A/A pairs on a 2-core machine, where two sides that had both waited one run
 * differed by 1.5 %. Switches alternate in kind (AB→BA idles the base build, BA→AB the PR build), so both
 * builds sit idle equally often exactly when the number of switches is even: when the sequence ends as it
 * started.
 * `random` is the caller's seeded generator (uniform in [0, 1)), so a schedule reproduces from its seed.
 */
export function schedulePairs(pairs: number, random: () => number, after: PairOrder): PairOrder[] {
  if (!Number.isInteger(pairs) || pairs < 1)
    throw new Error(`pairs must be a whole number ≥ 1, got ${pairs}`);
  const other: PairOrder = after === 'AB' ? 'BA' : 'AB';
  // one pair can only repeat `after`; otherwise the odd count's extra order is drawn
  const extra = pairs % 2 === 0 ? [] : pairs === 1 || random() < 0.5 ? [after] : [other];
  const orders: PairOrder[] = [...extra];
  for (let i = 0; i < Math.floor(pairs / 2); i++) orders.push(after, other);
  // the last place goes to `after` (there is always one), the others are shuffled (Fisher–Yates)
  orders.splice(orders.indexOf(after), 1);
  for (let i = orders.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [orders[i], orders[j]] = [orders[j]!, orders[i]!];
  }
  orders.push(after);
  return orders;
}
