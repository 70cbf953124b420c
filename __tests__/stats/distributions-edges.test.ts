import { describe, expect, it } from 'vitest';
import { studentTQuantile, studentTTwoSidedP } from '../../src/stats/distributions.ts';

// Reference values below come from mpmath at 40 digits (erfc, regularized betainc, the closed forms), not from
// this implementation.

const relativeError = (value: number, reference: number) => Math.abs(value - reference) / Math.abs(reference);

describe('argument checks', () => {
  it('rejects degrees of freedom that are not positive, naming the function', () => {
    for (const df of [0, -1, Number.NaN]) {
      expect(() => studentTTwoSidedP(2, df)).toThrow(
        `studentTTwoSidedP: degrees of freedom must be > 0, got ${df}`,
      );
      // p = 0.5 would return 0 at once if the check were skipped
      expect(() => studentTQuantile(0.5, df)).toThrow(
        `studentTQuantile: degrees of freedom must be > 0, got ${df}`,
      );
    }
  });
  it('rejects p outside [0, 1] for finite degrees of freedom', () => {
    for (const p of [1.5, -0.5, Number.NaN]) {
      expect(() => studentTQuantile(p, 5)).toThrow(`studentTQuantile: p must be in [0, 1], got ${p}`);
    }
  });
  it('maps p = 0 and p = 1 to the infinite quantiles and p = 0.5 to the median 0', () => {
    expect(studentTQuantile(0, 5)).toBe(Number.NEGATIVE_INFINITY);
    expect(studentTQuantile(1, 5)).toBe(Number.POSITIVE_INFINITY);
    expect(studentTQuantile(0.5, 3)).toBe(0);
  });
});

describe('the normal limit', () => {
  // erfc(4/√2): the two-sided normal tail beyond 4; the t distribution with 10⁶ df has 7.2e-5 more relative mass
  const normalTailBeyond4 = 6.334248366623985e-5;
  it('uses the normal distribution from 10⁶ degrees of freedom on, and for infinitely many', () => {
    expect(relativeError(studentTTwoSidedP(4, 1e6), normalTailBeyond4)).toBeLessThan(1e-6);
    expect(relativeError(studentTTwoSidedP(-4, Number.POSITIVE_INFINITY), normalTailBeyond4)).toBeLessThan(
      1e-6,
    );
  });
  it('gives the normal quantile far in the tail, from 10⁶ degrees of freedom on', () => {
    const z = -7.034483825301132; // Φ⁻¹(1e-12); the t quantile with 10⁶ df is -7.03457
    expect(studentTQuantile(1e-12, Number.POSITIVE_INFINITY)).toBeCloseTo(z, 7);
    expect(studentTQuantile(1e-12, 1e6)).toBeCloseTo(z, 7);
  });
});

describe('Student t quantile precision', () => {
  // The Newton steps converge quadratically, so where the CDF itself is accurate the quantile is good to a few
  // ulps, far inside the 1e-12 step tolerance that a bisection alone would stop at.
  const references: Array<[df: number, p: number, t: number]> = [
    [1, 0.6, 0.32491969623290623], // tan(π(p − ½))
    [1, 0.9, 3.077683537175254],
    [1, 0.975, 12.706204736174694],
    [2, 0.6, 0.2886751345948128], // (2p − 1) / √(2p(1 − p))
    [2, 0.9, 1.885618083164127],
    [2, 0.975, 4.302652729749462],
    [3, 0.9, 1.6377443536962104],
    [0.5, 0.9, 10.27032441023451],
  ];
  it.each(references)('df=%f, p=%f: %f to 2e-14', (df, p, t) => {
    expect(relativeError(studentTQuantile(p, df), t)).toBeLessThan(2e-14);
    expect(relativeError(studentTQuantile(1 - p, df), -t)).toBeLessThan(2e-14);
  });
});

describe('Student t near the median and far in the tails', () => {
  it('keeps the digits of p-values just below 1 and far below it', () => {
    // 1 − P(|T| > t) = (2/π)·atan(t) for one degree of freedom
    expect(relativeError(1 - studentTTwoSidedP(1e-9, 1), (2 / Math.PI) * Math.atan(1e-9))).toBeLessThan(1e-5);
    expect(relativeError(studentTTwoSidedP(1e8, 1), 6.366197723675813e-9)).toBeLessThan(1e-12);
    expect(relativeError(studentTTwoSidedP(30, 5), 7.718648620496052e-7)).toBeLessThan(1e-12);
    expect(relativeError(studentTTwoSidedP(1.5, 7.5), 0.17448057058646424)).toBeLessThan(1e-12);
    expect(relativeError(studentTTwoSidedP(8, 999_999), 1.24550634463512e-15)).toBeLessThan(1e-8);
  });
  it('finds quantiles just above the median, where the CDF differs from ½ by less than an ulp of 1', () => {
    for (const gap of [1e-12, 1e-9]) {
      const p = 0.5 + gap;
      const d = p - 0.5; // exact: the gap p really carries
      // p itself is only known to 5.6e-17, so about 6e-5 relative at the smaller gap
      expect(relativeError(studentTQuantile(p, 1), Math.tan(Math.PI * d))).toBeLessThan(2e-4);
      expect(relativeError(studentTQuantile(p, 2), (2 * d) / Math.sqrt(2 * p * (1 - p)))).toBeLessThan(2e-4);
    }
  });
  it('finds a quantile just below 1e12 rather than stopping the search there', () => {
    // p where the bracket's top end, 9.88e11, already has CDF exactly p (in floating point)
    const p = 0.9999999999996779;
    const t = 1 / Math.tan(Math.PI * (1 - p)); // 9.883e11; p carries only 3.4e-4 of relative precision here
    expect(relativeError(studentTQuantile(p, 1), t)).toBeLessThan(1e-3);
  });
  it('stops the search at the first doubling past 1e12', () => {
    // the true quantile is 1/tan(π·1e-13) ≈ 3.2e12
    const t = studentTQuantile(1 - 1e-13, 1);
    expect(t).toBeGreaterThan(1e12);
    expect(t).toBeLessThanOrEqual(2e12);
  });
});
