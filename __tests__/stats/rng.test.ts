import { describe, expect, it } from 'vitest';
import { deriveSeed, mulberry32 } from '../../src/stats/rng.ts';

describe('seeded generator', () => {
  it('reproduces from its seed and differs between seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(mulberry32(43).next()).not.toBe(xs[0]);
    expect(deriveSeed(1, 0)).not.toBe(deriveSeed(1, 1));
    expect(deriveSeed(1, 0)).toBe(deriveSeed(1, 0));
  });
  it('uniforms in [0, 1), normals with mean 0 and variance 1', () => {
    const rng = mulberry32(7);
    let sum = 0;
    let squares = 0;
    const n = 50_000;
    for (let i = 0; i < n; i++) {
      const u = rng.next();
      expect(u >= 0 && u < 1).toBe(true);
      const z = rng.normal();
      sum += z;
      squares += z * z;
    }
    expect(Math.abs(sum / n)).toBeLessThan(0.02);
    expect(squares / n).toBeGreaterThan(0.97);
    expect(squares / n).toBeLessThan(1.03);
    expect(rng.int(3)).toBeLessThan(3);
  });
  it('int(n) draws every integer of [0, n) about equally often', () => {
    const rng = mulberry32(11);
    const counts = new Array<number>(10).fill(0);
    for (let i = 0; i < 10_000; i++) counts[rng.int(10)]! += 1;
    for (const c of counts) {
      expect(c).toBeGreaterThan(900);
      expect(c).toBeLessThan(1100);
    }
  });
  it('derives the same sub-stream seeds in every version (the calibration figures reproduce from their seeds)', () => {
    // splitmix32-style hash of seed ^ (index + 1)·φ, pinned: a change of the hash would silently change
    // every seeded figure of the calibration bench
    expect([0, 1, 2, 1000].map((i) => deriveSeed(42, i))).toEqual([
      3856264912, 3549116748, 1397300444, 2910836340,
    ]);
    expect(deriveSeed(0, 0)).toBe(2462723854);
    expect(deriveSeed(0xffffffff, 7)).toBe(719642249);
  });
  it('rejects a seed that is not a number', () => {
    expect(() => mulberry32(Number.NaN)).toThrow(/seed must be a finite number/);
  });
});
