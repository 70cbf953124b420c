import { describe, expect, it } from 'vitest';
import { studentTQuantile } from '../../src/stats/distributions.ts';
import { type DriftPoint, detectDrift } from '../../src/stats/drift.ts';
import { mulberry32 } from '../../src/stats/rng.ts';
import { sampleVariance } from '../../src/stats/variance.ts';

/** Nightlies with between-job noise of `cv` (log-normal), the last `shifted` ones moved by `shift`. */
function nightlies(seed: number, n: number, cv: number, shifted = 0, shift = 0): DriftPoint[] {
  const rng = mulberry32(seed);
  return Array.from({ length: n }, (_, i) => ({
    commit: `c${i}`,
    timeMs: i * 86_400_000,
    value: 100 * Math.exp(cv * rng.normal()) * (i >= n - shifted ? 1 + shift : 1),
  }));
}

describe('detectDrift', () => {
  it('needs enough history', () => {
    const r = detectDrift(nightlies(1, 6, 0.05));
    expect(r.detected).toBe(false);
    expect(r.reason).toBe('drift needs 8 nightlies; the history has 6');
  });

  it('stays quiet on stable nightlies with 10% between-job noise (rate over seeded trials)', () => {
    let alarms = 0;
    for (let seed = 0; seed < 400; seed++) if (detectDrift(nightlies(seed, 20, 0.1)).detected) alarms++;
    expect(alarms / 400).toBeLessThan(0.02);
  });

  it('finds a sustained +40% shift over the last 4 nightlies, and when it started', () => {
    let found = 0;
    for (let seed = 0; seed < 200; seed++) {
      const r = detectDrift(nightlies(seed, 20, 0.05, 4, 0.4));
      if (r.detected) found++;
    }
    expect(found / 200).toBeGreaterThan(0.95);
    // where it started, over seeds rather than on one
    let placed = 0;
    for (let seed = 0; seed < 100; seed++) {
      const r = detectDrift(nightlies(seed, 20, 0.02, 4, 0.4));
      expect(r.change, `seed ${seed}`).toBeGreaterThan(0.3);
      if (r.since?.commit === 'c16') placed++;
    }
    expect(placed).toBeGreaterThanOrEqual(95);
  });

  it('finds a sustained +15% shift (above the 10% tolerance) on quiet nightlies', () => {
    let found = 0;
    for (let seed = 0; seed < 100; seed++)
      if (detectDrift(nightlies(seed, 20, 0.02, 4, 0.15)).detected) found++;
    expect(found).toBeGreaterThanOrEqual(95);
  });

  it('ignores a sustained, significant shift smaller than the tolerance (+5% on very quiet nightlies)', () => {
    let found = 0;
    for (let seed = 0; seed < 100; seed++) {
      const r = detectDrift(nightlies(seed, 20, 0.005, 4, 0.05));
      expect(r.interval![0], `seed ${seed}: significant`).toBeGreaterThan(0);
      if (r.detected) found++;
    }
    expect(found).toBe(0);
  });

  it('needs significance however large the shift: +60% over very noisy nightlies is not drift', () => {
    // earlier nightlies alternate 60 and 140 (a log spread of ~0.44), the last three all sit at 150
    const values = [...Array.from({ length: 17 }, (_, i) => (i % 2 === 0 ? 140 : 60)), 150, 150, 150];
    const points = values.map((value, i) => ({ commit: `c${i}`, timeMs: i, value }));
    const r = detectDrift(points);
    expect(r.change).toBeGreaterThan(0.5);
    expect(r.interval![0]).toBeLessThan(0);
    expect(r.detected).toBe(false);
  });

  it('ignores a single spike however large', () => {
    const points = nightlies(5, 15, 0.03);
    points[13]!.value *= 3;
    expect(detectDrift(points).detected).toBe(false);
  });
});

describe('detectDrift: the history it reads and the interval it builds', () => {
  const at = (values: number[]): DriftPoint[] =>
    values.map((value, i) => ({ commit: `c${i}`, timeMs: i, value }));

  it('reads only nightlies with a positive, finite figure', () => {
    const r = detectDrift(at([100, 101, 99, 0, 100, -5, 102, Number.NaN, 98, Number.POSITIVE_INFINITY, 100]));
    expect(r.reason).toBe('drift needs 8 nightlies; the history has 7');
  });

  it('judges from exactly enough history (5 earlier and 3 recent nightlies)', () => {
    const r = detectDrift(at([100, 101, 99, 100, 102, 100, 99, 101]));
    expect(r.reason).toBeUndefined();
    expect(r).toMatchObject({ detected: false, window: 8 });
  });

  it('needs the recent nightlies whatever the earlier minimum', () => {
    const r = detectDrift(at([100, 101]), {
      recent: 3,
      minEarlier: 0,
      maxEarlier: 20,
      tolerance: 0.1,
      confidence: 0.99,
    });
    expect(r.reason).toBe('drift needs 3 nightlies; the history has 2');
  });

  it('compares with the last 20 earlier nightlies only: an old level long gone is not drift', () => {
    const r = detectDrift(
      at([
        ...Array(10).fill(200),
        ...Array(20)
          .fill(100)
          .map((v, i) => v + (i % 3)),
        101,
        100,
        102,
      ]),
    );
    expect(r.window).toBe(23);
    expect(Math.abs(r.change)).toBeLessThan(0.02);
    expect(r.detected).toBe(false);
  });

  it('the interval is the shift ± t(n − 1)·se, the spread from the earlier nightlies alone', () => {
    const earlier = [100, 104, 97, 101, 99, 103, 96, 100, 102, 98];
    const recent = [130, 128, 133];
    const r = detectDrift(at([...earlier, ...recent]));
    const le = earlier.map(Math.log);
    const mean = (xs: number[]) => xs.reduce((a, x) => a + x, 0) / xs.length;
    const shift = mean(recent.map(Math.log)) - mean(le);
    const se = Math.sqrt(sampleVariance(le) * (1 / 10 + 1 / 3));
    const half = studentTQuantile(0.995, 9) * se;
    expect(r.change).toBeCloseTo(Math.expm1(shift), 12);
    expect(r.interval![0]).toBeCloseTo(Math.expm1(shift - half), 12);
    expect(r.interval![1]).toBeCloseTo(Math.expm1(shift + half), 12);
    expect(r).toMatchObject({ detected: true, since: { commit: 'c10', timeMs: 10 } });
  });

  it('a sustained drop is drift too (the figure improved), placed where it began', () => {
    const r = detectDrift(at([100, 104, 97, 101, 99, 103, 96, 100, 102, 98, 70, 71, 69]));
    expect(r.change).toBeLessThan(-0.25);
    expect(r.interval![1]).toBeLessThan(0);
    expect(r).toMatchObject({ detected: true, since: { commit: 'c10' } });
  });

  it('sides are taken against the earlier median, not the middle nightly in time', () => {
    // the middle nightly in time (index 10 of 20) is a spike at 200; the median is 100, the recent 170s above it
    const earlier = Array.from({ length: 20 }, (_, i) => (i === 10 ? 200 : 100));
    const r = detectDrift(at([...earlier, 170, 171, 169]));
    expect(r.detected).toBe(true);
  });

  const options = { recent: 3, minEarlier: 5, maxEarlier: 20, tolerance: 0.1, confidence: 0.99 };

  it('no shift is never drift, even with a tolerance of 0: an interval of exactly [0, 0] is not beyond zero', () => {
    // every nightly at 1: logs of 0, no spread, so the interval is exactly [0, 0]
    const r = detectDrift(at(Array(8).fill(1)), { ...options, tolerance: 0 });
    expect(r).toEqual({ detected: false, change: 0, interval: [0, 0], window: 8 });
  });

  it('a shift of exactly the tolerance is drift', () => {
    const points = at([100, 104, 97, 101, 99, 103, 96, 100, 102, 98, 130, 128, 133]);
    const { change } = detectDrift(points);
    expect(change).toBeGreaterThan(0.3);
    expect(detectDrift(points, { ...options, tolerance: change })).toMatchObject({ detected: true, change });
  });

  it('an undecided history says nothing of where a shift began', () => {
    const r = detectDrift(at([100, 104, 97, 101, 99, 103, 96, 100, 102, 98, 101, 99, 100]));
    expect(r.detected).toBe(false);
    expect(Object.keys(r).sort()).toEqual(['change', 'detected', 'interval', 'window']);
  });
});
