import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/stats/rng.ts';
import { sumVarianceOBM } from '../../src/stats/time-blocks.ts';

describe('overlapping batch means', () => {
  it('with windows of one second is T times the sample variance', () => {
    const y = [1, 3, 2, 5, 4];
    const mean = 3;
    const s2 = y.reduce((a, v) => a + (v - mean) ** 2, 0) / (y.length - 1);
    expect(sumVarianceOBM(y, 1)!.variance).toBeCloseTo(y.length * s2, 10);
  });

  it('needs two seconds', () => {
    expect(sumVarianceOBM([3])).toBeUndefined();
    // the default window is √T seconds rounded down, at least 1: seen in the degrees of freedom, 1.5·T/L − 1
    const series = (T: number) => Array.from({ length: T }, (_, i) => i % 3);
    expect(sumVarianceOBM(series(30))!.df).toBe(1.5 * (30 / 5) - 1);
    expect(sumVarianceOBM(series(3))!.df).toBe(1.5 * (3 / 1) - 1);
  });

  it('takes two seconds, and cuts a window longer than the series to T − 1 seconds', () => {
    // [1, 3]: sample variance 2, so T · s² = 4
    expect(sumVarianceOBM([1, 3])!.variance).toBeCloseTo(4, 12);
    // [1, 2, 3, 4] in windows of 3: means 2 and 3 around 2.5, σ² = 3·4/(1·2) · 0.5 = 3, Var(sum) = 12
    expect(sumVarianceOBM([1, 2, 3, 4], 10)).toEqual({ variance: 12, df: 1 });
  });

  it('sees correlation that the independent formula misses (AR(1), ρ = 0.7)', () => {
    const rng = mulberry32(7);
    const T = 400;
    const rho = 0.7;
    const trials = 400;
    let estimates = 0;
    let naive = 0;
    const sums: number[] = [];
    for (let k = 0; k < trials; k++) {
      const y = new Float64Array(T);
      let x = rng.normal() / Math.sqrt(1 - rho * rho);
      for (let t = 0; t < T; t++) {
        x = rho * x + rng.normal();
        y[t] = x;
      }
      sums.push(y.reduce((a, v) => a + v, 0));
      estimates += sumVarianceOBM(y)!.variance / trials;
      naive += sumVarianceOBM(y, 1)!.variance / trials;
    }
    const m = sums.reduce((a, v) => a + v, 0) / trials;
    const actual = sums.reduce((a, v) => a + (v - m) ** 2, 0) / (trials - 1);
    // truth ≈ T·Var(y)·(1+ρ)/(1−ρ): 5.7 times what the independent formula says
    expect(naive / actual).toBeLessThan(0.25);
    expect(estimates / actual).toBeGreaterThan(0.75);
    expect(estimates / actual).toBeLessThan(1.2);
  });
});
