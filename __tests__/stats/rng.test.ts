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
  it('rejects a seed that is not a number', () => {
    expect(() => mulberry32(Number.NaN)).toThrow(/seed must be a finite number/);
  });
});
