/** 'AB': the base build (A) runs first in the pair, then the PR build (B); 'BA' the other way round. */
export type PairOrder = 'AB' | 'BA';

/**
 * Orders for `pairs` pairs: as many AB as BA (one more of either for an odd count, chosen at random), in a
 * random sequence. Balancing makes drift over the job (thermal, noisy neighbours, caches warming) fall on
 * both sides equally; randomising the sequence keeps a periodic disturbance from lining up with one side.
 * `random` is the caller's seeded generator (uniform in [0, 1)), so a schedule reproduces from its seed.
 */
export function schedulePairs(pairs: number, random: () => number): PairOrder[] {
  if (!Number.isInteger(pairs) || pairs < 1)
    throw new Error(`pairs must be a whole number ≥ 1, got ${pairs}`);
  const orders: PairOrder[] = [];
  for (let i = 0; i < Math.floor(pairs / 2); i++) orders.push('AB', 'BA');
  if (pairs % 2 === 1) orders.push(random() < 0.5 ? 'AB' : 'BA');
  // Fisher–Yates shuffle.
  for (let i = orders.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [orders[i], orders[j]] = [orders[j]!, orders[i]!];
  }
  return orders;
}
