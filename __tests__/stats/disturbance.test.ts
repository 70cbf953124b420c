import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../src/stats/compare.ts';
import { resolveGateOptions } from '../../src/stats/defaults.ts';
import { screenDisturbances } from '../../src/stats/disturbance.ts';
import { huberLocation } from '../../src/stats/variance.ts';
import { makeRuns } from './helpers.ts';

const options = resolveGateOptions({});
/** a CPU hog beside every run made with it: 6 s at ×2 somewhere in the run */
const hog = { share: 1, minSeconds: 6, maxSeconds: 6, logFactor: Math.log(2) };

describe('disturbed runs (a noisy neighbour on one side)', () => {
  it('finds a 6 s ×2 burst in a run and nothing in a calm one', () => {
    const [calm] = makeRuns(1, { seed: 1, seconds: 30 });
    const [hit] = makeRuns(1, { seed: 2, seconds: 30, neighbour: hog });
    const screened = screenDisturbances([calm!], [hit!]);
    expect(screened.disturbances).toHaveLength(1);
    const [found] = screened.disturbances;
    expect(found).toMatchObject({ side: 'candidate', run: 1, leftOut: true });
    expect(found?.seconds).toBeGreaterThanOrEqual(6);
    expect(found?.seconds).toBeLessThanOrEqual(8);
    expect(found?.factor).toBeGreaterThan(1.7);
    expect(screened.baseline[0]).toBe(calm);
  });

  it('leaves the burst out: an A/A with one disturbed run per trial never fails, over 30 seeded trials', () => {
    let passed = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const baseline = makeRuns(3, { seed: 100 + seed, seconds: 30 });
      const candidate = [
        ...makeRuns(1, { seed: 200 + seed, seconds: 30, neighbour: hog }),
        ...makeRuns(2, { seed: 300 + seed, seconds: 30 }),
      ];
      const c = compareRuns(
        { baseline, candidate, design: 'same-job', pairOrders: ['AB', 'BA', 'AB'] },
        options,
      );
      expect(c.verdict).not.toBe('fail');
      expect(c.disturbances?.some((d) => d.side === 'candidate' && d.run === 1 && d.leftOut)).toBe(true);
      if (c.verdict === 'pass') passed++;
    }
    expect(passed).toBeGreaterThanOrEqual(20);
    // 30 comparisons of 30 s runs: 8 s alone, past the default 30 s beside the suite on a busy machine
  }, 180_000);

  it('keeps a slow stretch that every run of one side shows and none of the other: the build’s own', () => {
    const baseline = makeRuns(3, { seed: 5, seconds: 30 });
    const candidate = makeRuns(3, { seed: 6, seconds: 30, neighbour: hog });
    const c = compareRuns(
      { baseline, candidate, design: 'same-job', pairOrders: ['AB', 'BA', 'AB'] },
      options,
    );
    expect(c.disturbances).toHaveLength(3);
    expect(c.disturbances!.every((d) => !d.leftOut)).toBe(true);
    expect(c.verdict).toBe('fail');
  });
});

describe('huberLocation', () => {
  it('is the mean without outliers and moves by a bounded amount for one', () => {
    const calm = [0.01, -0.02, 0.015, 0.0, -0.005];
    const mean = calm.reduce((a, v) => a + v, 0) / calm.length;
    expect(huberLocation(calm, 0.02)).toBeCloseTo(mean, 12);
    const outlier = [...calm.slice(0, 4), 0.5];
    expect(huberLocation(outlier, 0.02)).toBeLessThan(0.02);
    expect(outlier.reduce((a, v) => a + v, 0) / outlier.length).toBeGreaterThan(0.1);
  });
});
