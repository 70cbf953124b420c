import { describe, expect, it } from 'vitest';
import { normalCdf, regularizedIncompleteBeta } from '../../src/stats/distributions.ts';

describe('regularized incomplete beta at the edges', () => {
  it('is 0 below x = 0 and 1 above x = 1, like a CDF', () => {
    expect(regularizedIncompleteBeta(-0.5, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
    expect(regularizedIncompleteBeta(1.5, 2, 3)).toBe(1);
  });

  it('keeps the digits of 1 − x that its caller computed, where x has rounded to 1', () => {
    // I_x(2, ½) = 1 − I_y(½, 2) with y = 1 − x, and I_y(½, 2) = y^½ (1 − y)² / (½ B(½, 2)) · (1 + O(y)) with
    // B(½, 2) = 4/3: at y = 1e-20 that is 1.5e-10, which x = 1 alone (1 − 1e-20 in doubles) cannot show.
    expect(regularizedIncompleteBeta(1, 2, 0.5)).toBe(1);
    expect((1 - regularizedIncompleteBeta(1, 2, 0.5, 1e-20)) / 1.5e-10).toBeCloseTo(1, 5);
    // a complement of 0 is x = 1 exactly
    expect(regularizedIncompleteBeta(1, 2, 0.5, 0)).toBe(1);
  });

  // Beta(n, n) is normal with mean 1/2 and variance 1 / (4 (2n + 1)) up to O(1/n), far below these tolerances.
  const normalApproximation = (x: number, n: number) => normalCdf((x - 0.5) * 2 * Math.sqrt(2 * n + 1));

  it('may use all 20 000 continued-fraction steps', () => {
    // This x was searched for: the fraction meets its 1e-15 stopping test on exactly the 20 000th step.
    const x = 0.4999999914617;
    expect(regularizedIncompleteBeta(x, 1e11, 1e11)).toBeCloseTo(normalApproximation(x, 1e11), 3);
  });

  it('says so when the continued fraction does not converge', () => {
    // With a = b = 1e12 and x at the switch point it would need about 44 000 steps.
    expect(() => regularizedIncompleteBeta(0.4999999999999, 1e12, 1e12)).toThrow(
      /incomplete beta did not converge \(a=1000000000000, b=1000000000000, x=0\.4999999999999\)/,
    );
  });
});
