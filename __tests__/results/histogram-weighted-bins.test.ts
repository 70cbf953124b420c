import { describe, expect, it } from 'vitest';
import { LatencyHistogram } from '../../src/results/histogram.ts';
import { mulberry32 } from '../../src/stats/rng.ts';

/** The bins, count and zeros of `h` (its sum depends on the order of additions, so it is left out). */
function binsOf(h: LatencyHistogram): { n: number; z: number; b: number[] } {
  const { n, z, b } = h.toJSON();
  return { n, z, b };
}

/** `h` with each value recorded `weight` times one by one (kept aside, then counted into the bins at once). */
function recordedSingly(values: [number, number][]): LatencyHistogram {
  const h = new LatencyHistogram();
  for (const [v, weight] of values) for (let k = 0; k < weight; k++) h.record(v);
  return h;
}

function recordedWeighted(values: [number, number][]): LatencyHistogram {
  const h = new LatencyHistogram();
  for (const [v, weight] of values) h.record(v, weight);
  return h;
}

describe('LatencyHistogram weighted records (each one straight into the bins)', () => {
  it('fill the bins recording each value singly fills, whatever their order', () => {
    const rand = mulberry32(23);
    // few distinct values, so the same bin comes back, before, after and between the others
    const pool = Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? i + 1 : Math.exp(rand.next() * 10 - 2)));
    pool.push(0);
    for (let trial = 0; trial < 20; trial++) {
      const values = Array.from({ length: 1 + rand.int(80) }, (): [number, number] => [
        pool[rand.int(pool.length)]!,
        2 + rand.int(4),
      ]);
      expect(binsOf(recordedWeighted(values))).toEqual(binsOf(recordedSingly(values)));
    }
  });

  it('add a value to its bin when it comes again, next to it or later', () => {
    const values: [number, number][] = [
      [3, 2],
      [3, 3],
      [40, 2],
      [3, 4],
    ];
    const h = recordedWeighted(values);
    expect(h.toJSON().b).toHaveLength(4);
    expect(h.toJSON().b[1]).toBe(9);
    expect(binsOf(h)).toEqual(binsOf(recordedSingly(values)));
  });

  it('keep 1 ms (bin 0) apart from the sub-millisecond bins before it', () => {
    // three bins below zero leave room for a fourth: bin 0 must become a new bin, not land in the empty room
    const values: [number, number][] = [
      [0.5, 2],
      [0.6, 2],
      [0.7, 2],
      [1, 2],
    ];
    const h = recordedWeighted(values);
    expect(h.toJSON().b).toHaveLength(8);
    expect(binsOf(h)).toEqual(binsOf(recordedSingly(values)));
    expect(h.quantile(1)).toBeGreaterThan(0.99); // bin 0 stands for 0.999
  });

  it('insert bins before, between and after the others as a stored histogram lists them', () => {
    // deltas of any sign: bins 10, 4, 7, 4, 12, 1 (as if listed unsorted)
    const h = LatencyHistogram.fromJSON({
      n: 21,
      min: 1,
      max: 20,
      sum: 100,
      z: 0,
      b: [10, 1, -6, 2, 3, 3, -3, 4, 8, 5, -11, 6],
    });
    expect(h.toJSON().b).toEqual([1, 6, 3, 6, 3, 3, 3, 1, 2, 5]);
  });
});
