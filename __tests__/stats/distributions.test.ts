import { describe, expect, it } from 'vitest';
import {
  normalCdf,
  regularizedIncompleteBeta,
  studentTQuantile,
  studentTTwoSidedP,
} from '../../src/stats/distributions.ts';

// the normal quantile is the t quantile with infinitely many degrees of freedom
const normalQuantile = (p: number) => studentTQuantile(p, Number.POSITIVE_INFINITY);

describe('normal distribution', () => {
  it('matches table values', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.999)).toBeCloseTo(3.090232, 5);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326348, 5);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-3)).toBeCloseTo(0.0013499, 6);
  });
  it('rejects p outside [0, 1]', () => {
    expect(() => normalQuantile(1.5)).toThrow(/p must be in/);
  });
});

describe('Student t distribution', () => {
  // Two-sided critical values from standard t tables.
  const table: Array<[p: number, df: number, t: number]> = [
    [0.975, 1, 12.7062],
    [0.975, 2, 4.3027],
    [0.975, 5, 2.5706],
    [0.975, 10, 2.2281],
    [0.975, 30, 2.0423],
    [0.995, 3, 5.8409],
    [0.9995, 10, 4.5869],
    [0.99, 20, 2.528],
    [0.95, 120, 1.6577],
  ];
  it.each(table)('quantile(%f, df=%f) = %f', (p, df, t) => {
    expect(studentTQuantile(p, df)).toBeCloseTo(t, 3);
    expect(studentTTwoSidedP(t, df)).toBeCloseTo(2 * (1 - p), 4);
    expect(studentTQuantile(1 - p, df)).toBeCloseTo(-t, 3);
  });
  it('matches the closed forms for 1 and 2 degrees of freedom at fractional p', () => {
    for (const p of [0.6, 0.9, 0.99, 0.999, 0.99995]) {
      expect(studentTQuantile(p, 1)).toBeCloseTo(Math.tan(Math.PI * (p - 0.5)), 6);
      expect(studentTQuantile(p, 2)).toBeCloseTo((2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 6);
    }
  });
  it('handles fractional and very large degrees of freedom', () => {
    const a = studentTQuantile(0.975, 7.5);
    expect(a).toBeGreaterThan(studentTQuantile(0.975, 8));
    expect(a).toBeLessThan(studentTQuantile(0.975, 7));
    expect(studentTQuantile(0.975, Number.POSITIVE_INFINITY)).toBeCloseTo(1.959964, 5);
    expect(studentTQuantile(0.975, 1e5)).toBeCloseTo(1.95999, 4);
  });
  it('two-sided p-value agrees with the CDF', () => {
    expect(studentTTwoSidedP(2.2281, 10)).toBeCloseTo(0.05, 4);
    expect(studentTTwoSidedP(-2.2281, 10)).toBeCloseTo(0.05, 4);
    expect(studentTTwoSidedP(0, 4)).toBe(1);
  });
  it('incomplete beta: I_x(1, 1) = x and symmetry', () => {
    expect(regularizedIncompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12);
    expect(regularizedIncompleteBeta(0.3, 2.5, 4)).toBeCloseTo(
      1 - regularizedIncompleteBeta(0.7, 4, 2.5),
      12,
    );
  });
  it('rejects nonsense degrees of freedom', () => {
    expect(() => studentTQuantile(0.9, 0)).toThrow(/degrees of freedom/);
  });
});
