import { describe, expect, it } from 'vitest';
import { LatencyHistogram, RELATIVE_ACCURACY } from '../../src/results/histogram.ts';
import { mulberry32 } from '../../src/stats/rng.ts';

/** whole milliseconds (JMeter, Locust), fractions (k6) over five decades, and zeros (never connected) */
function latencies(rand: () => number, n: number): number[] {
  return Array.from({ length: n }, () => {
    const r = rand();
    if (r < 0.05) return 0;
    if (r < 0.4) return Math.round(Math.exp(rand() * 9));
    return Math.exp(rand() * 12 - 3);
  });
}

describe('LatencyHistogram', () => {
  it('reads a histogram stored by perf-gate 0.1 (@datadog/sketches-js bins) to the same figures', () => {
    // written by the DDSketch-backed histogram from the values 0, 0.42, 1, 1.5, 2.25, 3, 3, 7.123, 7.124, 12,
    // 12, 12, 19.9, 48, 73.5, 120, 250.75, 999, 1000, 4321.5; the quantiles are what that version returned
    const stored = {
      n: 20,
      min: 0,
      max: 4321.5,
      sum: 6894.067,
      z: 1,
      b: [
        -433, 1, 433, 1, 203, 1, 203, 1, 144, 2, 432, 2, 261, 3, 253, 1, 440, 1, 213, 1, 245, 1, 369, 1, 691,
        2, 732, 1,
      ],
    };
    const h = LatencyHistogram.fromJSON(stored);
    expect([0, 0.1, 0.25, 0.5, 0.9, 0.95, 0.99, 1].map((p) => h.quantile(p))).toEqual([
      0, 0.9411209959518083, 2.8134113443134434, 12.001124195202623, 999.2468071445744, 1165.2826543598178,
      3689.027532031475, 4319.963751449395,
    ]);
    expect(h.toJSON()).toEqual(stored);
    const again = new LatencyHistogram();
    for (const v of [0, 0.42, 1, 1.5, 2.25, 3, 3, 7.123, 7.124, 12, 12, 12, 19.9, 48, 73.5, 120, 250.75, 999])
      again.record(v);
    again.recordMany([1000, 4321.5]);
    expect(again.toJSON()).toEqual(stored);
  });

  it('merges exactly: any way of merging equals recording every value into one histogram', () => {
    const rand = mulberry32(11).next;
    for (let trial = 0; trial < 30; trial++) {
      const parts = Array.from({ length: 1 + Math.floor(rand() * 6) }, () =>
        latencies(rand, Math.floor(rand() * 200)),
      );
      const all = new LatencyHistogram();
      for (const [i, v] of parts.flat().entries()) {
        all.record(v);
        if (i === 100) all.quantile(0.5); // a read between records settles what record() kept aside
      }
      const histograms = parts.map((values) => {
        const h = new LatencyHistogram();
        h.recordMany(values);
        return h;
      });
      const oneByOne = new LatencyHistogram();
      for (const h of histograms) oneByOne.merge(h);
      const backwards = histograms.reduceRight((into, h) => into.merge(h), new LatencyHistogram());
      for (const merged of [oneByOne, backwards, LatencyHistogram.merged(histograms)]) {
        expect(merged.count).toBe(all.count);
        expect(merged.toJSON().b).toEqual(all.toJSON().b);
        for (const p of [0, 0.5, 0.99, 1]) expect(merged.quantile(p)).toBe(all.quantile(p));
      }
      const twice = all.clone().merge(all);
      expect(twice.count).toBe(2 * all.count);
      expect(twice.quantile(0.5)).toBe(all.quantile(0.5));
    }
  });

  it('returns quantiles within the relative accuracy of the exact ones', () => {
    const rand = mulberry32(5).next;
    const values = latencies(rand, 5000).sort((a, b) => a - b);
    const h = new LatencyHistogram();
    h.recordMany(values);
    for (let rank = 0; rank < values.length; rank += 37) {
      const exact = values[rank]!;
      expect(Math.abs(h.valueAtRank(rank) - exact)).toBeLessThanOrEqual(
        exact * RELATIVE_ACCURACY * (1 + 1e-12),
      );
    }
  });
});
