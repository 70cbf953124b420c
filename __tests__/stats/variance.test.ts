import { describe, expect, it } from 'vitest';
import { sampleVariance, satterthwaite, unitVariance, updateWithSample } from '../../src/stats/variance.ts';

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
