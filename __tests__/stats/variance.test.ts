import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/stats/rng.ts';
import {
  expectedUnitVariance,
  huberLocation,
  sampleVariance,
  satterthwaite,
  spreadTooWide,
  unitVariance,
  updateWithSample,
} from '../../src/stats/variance.ts';

describe('variance parts', () => {
  it('Welch–Satterthwaite: two equal parts with 10 df each give 20 df', () => {
    const s = satterthwaite([
      { variance: 1, df: 10 },
      { variance: 1, df: 10 },
    ]);
    expect(s.variance).toBe(2);
    expect(s.df).toBeCloseTo(20, 10);
  });
  it('fixed assumptions add no uncertainty about the variance', () => {
    const s = satterthwaite([
      { variance: 3, df: Number.POSITIVE_INFINITY },
      { variance: 1, df: 4 },
    ]);
    expect(s.df).toBeCloseTo(16 * 4, 10);
    expect(satterthwaite([{ variance: 2, df: Number.POSITIVE_INFINITY }]).df).toBe(Number.POSITIVE_INFINITY);
  });
  it('rejects negative variances', () => {
    expect(() => satterthwaite([{ variance: -1, df: 3 }])).toThrow(/≥ 0/);
  });
  it('a prior worth 4 df and a sample worth 2 df average 2:1 and add up', () => {
    expect(updateWithSample({ variance: 1, df: 4 }, 4, 2)).toEqual({ variance: 2, df: 6 });
    expect(updateWithSample({ variance: 1, df: 4 }, 4, 0)).toEqual({ variance: 1, df: 4 });
  });
  it('sample variance', () => {
    expect(sampleVariance([1, 2, 3])).toBe(1);
    expect(sampleVariance([1])).toBeNaN();
    expect(sampleVariance([])).toBeNaN();
  });
  it('a part of zero variance adds nothing, even with no degrees of freedom (no past baselines)', () => {
    expect(
      satterthwaite([
        { variance: 0, df: 0 },
        { variance: 1, df: 4 },
      ]),
    ).toEqual({ variance: 1, df: 4 });
    expect(satterthwaite([{ variance: 0, df: 3 }])).toEqual({ variance: 0, df: Number.POSITIVE_INFINITY });
  });
  it('a sample with no degrees of freedom (one run: NaN) or a prior known exactly leave the prior', () => {
    expect(updateWithSample({ variance: 1, df: 4 }, Number.NaN, 0)).toEqual({ variance: 1, df: 4 });
    const known = { variance: 1, df: Number.POSITIVE_INFINITY };
    expect(updateWithSample(known, 4, 2)).toEqual(known);
  });
  it('with no prior variance, a unit is expected to vary by the mean of its within-run variances, with the degrees of freedom of a sum', () => {
    const none = { variance: 0, df: 0 };
    // (1 + 3)² / (1²/10 + 3²/10) = 16
    expect(
      expectedUnitVariance(none, [
        { variance: 1, df: 10 },
        { variance: 3, df: 10 },
      ]),
    ).toEqual({ variance: 2, df: expect.closeTo(16, 10) });
    // a run without within-run variance adds none and no uncertainty about it
    expect(
      expectedUnitVariance(none, [
        { variance: 0, df: 0 },
        { variance: 2, df: 4 },
      ]),
    ).toEqual({ variance: 1, df: 4 });
    expect(expectedUnitVariance(none, [{ variance: 0, df: 5 }])).toEqual({
      variance: 0,
      df: Number.POSITIVE_INFINITY,
    });
  });
});

describe('spreadTooWide: the upper-tail F test', () => {
  const expected = { variance: 1, df: 30 };
  it('is one-sided: a spread at or below the expected variance is never too wide, whatever the level', () => {
    // P(F(2, 30) > 1) ≈ 0.38 and P(F(2, 30) > 0.5) ≈ 0.61, both under a level of 0.99
    expect(spreadTooWide(1, 2, expected, 0.99)).toBe(false);
    expect(spreadTooWide(0.5, 2, expected, 0.99)).toBe(false);
    expect(spreadTooWide(1.5, 2, expected, 0.99)).toBe(true);
    // nothing expected (no prior, no within-run noise): no spread can be judged too wide against it
    expect(spreadTooWide(1, 2, { variance: 0, df: 10 }, 0.99)).toBe(false);
  });
  it('at level 0 calls nothing too wide, not even a spread whose p-value is 0', () => {
    expect(spreadTooWide(1e300, 2, expected, 0)).toBe(false);
    expect(spreadTooWide(1e300, 2, expected, 1e-300)).toBe(true);
  });
});

describe('huberLocation', () => {
  it('settles where the units within 2 scales balance the pull of the one beyond', () => {
    // four units at 0 pull by −m each, the one at 10 by 2 (clipped): 2 − 4m = 0
    expect(huberLocation([0, 0, 0, 0, 10], 1)).toBeCloseTo(0.5, 10);
    // the same with a scale of 2 (the pull clipped at 4), shifted by 1: 4 − 4(m − 1) = 0
    expect(huberLocation([1, 1, 1, 1, 21], 2)).toBeCloseTo(2, 10);
    // from three units on: 2 − 2m = 0
    expect(huberLocation([0, 0, 10], 1)).toBeCloseTo(1, 10);
    // a unit hundreds of scales out: still 2 − 2m = 0 (from the mean, 50 steps of 2/3 left it at 300)
    expect(huberLocation([0, 0, 1000], 1)).toBeCloseTo(1, 10);
    // three at 3 pull 3(3 − m), the 4 pulls 4 − m and the far one −1 (clipped): m = 3
    expect(huberLocation([-5000, 3, 3, 3, 4], 0.5)).toBeCloseTo(3, 10);
  });
  it('balances the clipped pulls exactly, wherever the units lie', () => {
    // no unit within 2 scales of the balance: the middle of the stretch where the pulls cancel
    expect(huberLocation([-100, -100, 100, 100], 1)).toBe(0);
    expect(huberLocation([-100, 0, 100], 1)).toBe(0);
    const rand = mulberry32(5);
    for (let trial = 0; trial < 200; trial++) {
      const n = 3 + Math.floor(rand.next() * 13);
      // most units near 0, some far out on either side, at scales from 0.01 to 10
      const values = Array.from({ length: n }, () =>
        rand.next() < 0.2 ? (rand.next() - 0.5) * 2000 : rand.normal(),
      );
      const scale = 10 ** (rand.next() * 3 - 2);
      const m = huberLocation(values, scale);
      const pull = values.reduce((a, v) => a + Math.max(-2 * scale, Math.min(2 * scale, v - m)), 0);
      expect(Math.abs(pull), `${values} at ${scale}`).toBeLessThan(1e-9 * n * scale);
      expect(m).toBeGreaterThanOrEqual(Math.min(...values));
      expect(m).toBeLessThanOrEqual(Math.max(...values));
    }
  });
  it('is the mean without a scale to clip at, and of two units (they pull equally both ways)', () => {
    expect(huberLocation([0, 0, 10], Number.NaN)).toBeCloseTo(10 / 3, 12);
    expect(huberLocation([0, 0, 10], 0)).toBeCloseTo(10 / 3, 12);
    // the mean itself, not a step of iteration away from it (0.1 − m and 0.7 − m round unequally)
    expect(huberLocation([0.1, 0.7], 1)).toBe((0.1 + 0.7) / 2);
  });
});

describe('unitVariance of pairs (robust): the units’ spread with each unit’s pull bounded', () => {
  // E[min(Z², 4)] for a standard normal Z: 1 − 2·0.0227501 − 4·0.0539910 + 8·0.0227501
  const WINSORISED = 0.9205369;
  // within-run variance next to nothing: the expected variance is the prior's
  const units = (values: number[], prior: number, robust: boolean) =>
    unitVariance({
      values,
      within: values.map(() => ({ variance: 1e-12, df: 1e6 })),
      prior: { variance: prior, df: 4 },
      robust,
    })!;
  it('clips the unit beyond 2 scales at 2 scales and rescales the squares to a normal variance', () => {
    // scale √4 = 2 (the MAD is 0), centre 2 (above): squares 4·1² + 4² = 20 over 4 df, within what the
    // prior expects (F 1.36), so pooled with it; the raw spread (80) is an F of 20, too wide, and replaces it
    const robust = units([1, 1, 1, 1, 21], 4, true);
    expect(robust.variance).toBeCloseTo((4 * 4 + 20 / WINSORISED) / 8, 5);
    expect(robust.df).toBeCloseTo(8, 5);
    expect(units([1, 1, 1, 1, 21], 4, false)).toEqual({ variance: 80, df: 4 });
  });
  it('takes the scale from the units’ median absolute deviation when it is wider than expected', () => {
    // MAD 1, scale 1.4826: nothing clipped, squares 4 + 1 + 0 + 1 + 4, far wider than the prior
    expect(units([0, 1, 2, 3, 4], 0.01, true).variance).toBeCloseTo(10 / (4 * WINSORISED), 5);
    expect(units([0, 1, 2, 3, 4], 0.01, false).variance).toBeCloseTo(2.5, 12);
  });
  it('needs five units: fewer give the raw spread', () => {
    expect(units([0, 1, 2, 3], 0.01, true).variance).toBeCloseTo(5 / 3, 12);
  });
});

describe('unitVariance', () => {
  const prior = { variance: 0.0004, df: 4 };
  it('one run: within-run part plus prior, nothing from a spread', () => {
    const v = unitVariance({ values: [0.1], within: [{ variance: 0.0002, df: 40 }], prior })!;
    expect(v.variance).toBeCloseTo(0.0006, 12);
    expect(v.df).toBeGreaterThan(4);
  });
  it('runs that disagree more than expected raise the variance', () => {
    const within = [0, 0, 0].map(() => ({ variance: 0.0001, df: 40 }));
    const calm = unitVariance({ values: [0.1, 0.101, 0.099], within, prior })!;
    const wild = unitVariance({ values: [0.1, 0.3, -0.1], within, prior })!;
    expect(wild.variance).toBeGreaterThan(5 * calm.variance);
  });
  it('units within the expected spread update it with their degrees of freedom', () => {
    const within = [0, 0, 0].map(() => ({ variance: 0.0001, df: 40 }));
    // expected: 0.0004 + 0.0001 (the mean of n runs' within-run parts, worth 40n df) with
    // (0.0005)² / (0.0004²/4 + 0.0001²/40n) df; the units' spread then adds its n − 1 df
    const expectedDf = (n: number) => 0.0005 ** 2 / (0.0004 ** 2 / 4 + 0.0001 ** 2 / (40 * n));
    const two = unitVariance({ values: [0.1, 0.12], within: within.slice(0, 2), prior })!;
    expect(two.df).toBeCloseTo(expectedDf(2) + 1, 10);
    expect(two.variance).toBeCloseTo((expectedDf(2) * 0.0005 + 0.0002) / (expectedDf(2) + 1), 12);
    const three = unitVariance({ values: [0.1, 0.12, 0.11], within, prior })!;
    expect(three.df).toBeCloseTo(expectedDf(3) + 2, 10);
    expect(three.variance).toBeCloseTo((expectedDf(3) * 0.0005 + 2 * 0.0001) / (expectedDf(3) + 2), 12);
  });
  it('summary fidelity: the spread of repeats only, never below the prior, nothing from one run', () => {
    expect(unitVariance({ values: [0.1], within: undefined, prior })).toBeUndefined();
    const v = unitVariance({ values: [0.1, 0.1], within: undefined, prior })!;
    expect(v).toEqual({ variance: 0.0004, df: 1 });
  });
  it('the F test’s level decides when one outlying unit replaces a prior of 30 df by the units’ spread', () => {
    // three pairs of CPU per request: one a neighbour pushed 0.5 out, against a pair spread of 0.106
    const cpuPrior = { variance: 0.0112, df: 30 };
    const values = [0.4, 0.41, 0.9];
    const within = values.map(() => ({ variance: 0.00001, df: Number.POSITIVE_INFINITY }));
    const atOnePercent = unitVariance({ values, within, prior: cpuPrior })!;
    const atOnePermille = unitVariance({ values, within, prior: cpuPrior, spreadTestLevel: 0.001 })!;
    expect(atOnePercent.df).toBe(2);
    expect(atOnePermille.df).toBeGreaterThan(30);
    expect(atOnePermille.variance).toBeGreaterThan(cpuPrior.variance);
  });
  it('robust (pairs): from 5 units one outlying unit no longer sets the width; a noisy job keeps its own', () => {
    const within = Array.from({ length: 7 }, () => ({ variance: 0.0001, df: 50 }));
    const calm = [0.01, -0.01, 0.005, 0, -0.005, 0.012, -0.008];
    const oneOut = [...calm.slice(0, 6), 0.2];
    const plain = unitVariance({ values: oneOut, within, prior })!;
    const robust = unitVariance({ values: oneOut, within, prior, robust: true })!;
    expect(robust.variance).toBeLessThan(plain.variance / 4);
    expect(robust.variance).toBeGreaterThan(unitVariance({ values: calm, within, prior })!.variance);
    // every unit ten times as spread as the model says: the robust spread is as wide as the plain one
    const noisy = calm.map((v) => 10 * v);
    const n = unitVariance({ values: noisy, within, prior, robust: true })!;
    expect(n.variance).toBeGreaterThan(0.7 * unitVariance({ values: noisy, within, prior })!.variance);
    // three units: nothing robust about it
    expect(unitVariance({ values: [0, 0.01, 0.2], within: within.slice(0, 3), prior, robust: true })).toEqual(
      unitVariance({ values: [0, 0.01, 0.2], within: within.slice(0, 3), prior }),
    );
  });
});
