import { describe, expect, it } from 'vitest';
import { type PairOrder, schedulePairs } from '../../src/abtest/pair-order.ts';
import { mulberry32 } from '../../src/stats/rng.ts';

/**
 * For runs in these pair orders (the first pair only sets the scene), how often each build ran after sitting
 * idle while the other ran twice.
 */
function idleTwiceCounts(orders: PairOrder[]): { A: number; B: number } {
  const runs = orders.flatMap((o) => [...o]);
  const counts = { A: 0, B: 0 };
  for (let i = 2; i < runs.length; i++) {
    const side = runs[i] as 'A' | 'B';
    if (runs[i - 1] !== side && runs[i - 2] !== side) counts[side]++;
  }
  return counts;
}

describe('schedulePairs', () => {
  it('balances AB and BA (one more of either for an odd count)', () => {
    for (let seed = 1; seed <= 200; seed++) {
      for (const pairs of [1, 2, 3, 5, 8]) {
        const orders = schedulePairs(pairs, mulberry32(seed).next, 'AB');
        const ab = orders.filter((o) => o === 'AB').length;
        expect(orders).toHaveLength(pairs);
        expect(Math.abs(ab - (pairs - ab))).toBeLessThanOrEqual(pairs % 2);
      }
    }
  });

  it('reproduces from its seed', () => {
    expect(schedulePairs(7, mulberry32(42).next, 'BA')).toEqual(schedulePairs(7, mulberry32(42).next, 'BA'));
  });

  it('randomises the sequence: over seeds, every balanced order of 4 pairs that ends as it follows appears, none dominates', () => {
    const counts = new Map<string, number>();
    const trials = 1200;
    for (let seed = 0; seed < trials; seed++) {
      const key = schedulePairs(4, mulberry32(seed).next, 'AB').join(' ');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    // 2 AB + 2 BA ending in AB: the first three places hold one AB, so 3 sequences, each expected 400 times
    expect([...counts.keys()].sort()).toEqual(['AB BA BA AB', 'BA AB BA AB', 'BA BA AB AB']);
    for (const n of counts.values()) expect(n).toBeGreaterThan(320);
    // an odd count's extra order is AB about half the time
    const extraAb =
      Array.from({ length: trials }, (_, s) => schedulePairs(5, mulberry32(s).next, 'AB')).filter(
        (orders) => orders.filter((o) => o === 'AB').length === 3,
      ).length / trials;
    expect(extraAb).toBeGreaterThan(0.44);
    expect(extraAb).toBeLessThan(0.56);
  });

  it('ends with the order it follows, so both builds sit idle for two runs equally often', () => {
    for (const after of ['AB', 'BA'] as const) {
      for (let seed = 1; seed <= 200; seed++) {
        for (const pairs of [1, 2, 3, 4, 5, 8]) {
          const orders = schedulePairs(pairs, mulberry32(seed).next, after);
          expect(orders.at(-1)).toBe(after);
          const idled = idleTwiceCounts([after, ...orders]);
          expect(idled.A, `${after} then ${orders.join(' ')}`).toBe(idled.B);
        }
      }
    }
  });

  it('refuses a count that is not a whole number ≥ 1', () => {
    expect(() => schedulePairs(0, Math.random, 'AB')).toThrow('pairs must be a whole number ≥ 1, got 0');
  });
});
