import { describe, expect, it } from 'vitest';
import { schedulePairs } from '../../src/abtest/pair-order.ts';
import { mulberry32 } from '../../src/stats/rng.ts';

describe('schedulePairs', () => {
  it('balances AB and BA (one more of either for an odd count)', () => {
    for (let seed = 1; seed <= 200; seed++) {
      for (const pairs of [1, 2, 3, 5, 8]) {
        const orders = schedulePairs(pairs, mulberry32(seed).next);
        const ab = orders.filter((o) => o === 'AB').length;
        expect(orders).toHaveLength(pairs);
        expect(Math.abs(ab - (pairs - ab))).toBeLessThanOrEqual(pairs % 2);
      }
    }
  });

  it('reproduces from its seed', () => {
    expect(schedulePairs(7, mulberry32(42).next)).toEqual(schedulePairs(7, mulberry32(42).next));
  });

  it('randomises the sequence: over seeds, every order of 4 balanced pairs appears, none dominates', () => {
    const counts = new Map<string, number>();
    const trials = 1200;
    for (let seed = 0; seed < trials; seed++) {
      const key = schedulePairs(4, mulberry32(seed).next).join(' ');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    // 4 pairs, 2 AB + 2 BA: C(4,2) = 6 sequences, each expected 200 times.
    expect(counts.size).toBe(6);
    for (const n of counts.values()) expect(n).toBeGreaterThan(140);
    // an odd pair's extra order is AB about half the time
    const firstOfOne = Array.from({ length: trials }, (_, s) => schedulePairs(1, mulberry32(s).next)[0]);
    const ab = firstOfOne.filter((o) => o === 'AB').length / trials;
    expect(ab).toBeGreaterThan(0.44);
    expect(ab).toBeLessThan(0.56);
  });

  it('refuses a count that is not a whole number ≥ 1', () => {
    expect(() => schedulePairs(0, Math.random)).toThrow('pairs must be a whole number ≥ 1, got 0');
  });
});
