import { afterEach, describe, expect, it, vi } from 'vitest';
import { integerBinKey, LatencyHistogram, RELATIVE_ACCURACY } from '../../src/results/histogram.ts';
import { mulberry32 } from '../../src/stats/rng.ts';

/** the bin key `record` gives `valueMs`: a one-value histogram's only bin (its first delta is from key 0) */
function keyOf(valueMs: number): number {
  const h = new LatencyHistogram();
  h.record(valueMs);
  return h.toJSON().b[0]!;
}

/** a value in bin `key`: the bin's representative value */
function valueInBin(key: number): number {
  let value = Number.NaN;
  LatencyHistogram.fromJSON({ n: 1, min: 0, max: 0, sum: 0, z: 0, b: [key, 1] }).forEachBin((v) => {
    value = v;
  });
  return value;
}

/** the `b` of a histogram holding one value in the bin of each of `keys` */
function binsOf(keys: number[]): number[] {
  const counts = new Map<number, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const b: number[] = [];
  let prev = 0;
  for (const key of [...counts.keys()].sort((a, c) => a - c)) {
    b.push(key - prev, counts.get(key)!);
    prev = key;
  }
  return b;
}

/** the typed-array sort `addKeys` uses on a batch whose keys span too wide a range to count */
const typedArraySort = Object.getPrototypeOf(Int32Array.prototype) as { sort(): unknown };

afterEach(() => {
  vi.restoreAllMocks();
});

describe('integerBinKey', () => {
  it('gives the bin key record() uses, for whole milliseconds 1 to 65535 only', () => {
    for (const v of [1, 2, 999, 65535]) expect(integerBinKey(v)).toBe(keyOf(v));
    for (const v of [0, -1, 0.5, 1.5, 65536, Number.NaN])
      expect(() => integerBinKey(v)).toThrow(`not a whole millisecond in range: ${v}`);
  });

  it('takes the logarithm of a whole millisecond once, however it is recorded', () => {
    const h = new LatencyHistogram();
    h.recordMany([777]);
    const log2 = vi.spyOn(Math, 'log2');
    h.recordMany([777, 777]);
    h.record(777);
    expect(integerBinKey(777)).toBe(keyOf(777));
    expect(log2).not.toHaveBeenCalled();
    h.record(777.5); // a fraction is not cached: the spy does see logarithms
    expect(log2).toHaveBeenCalledTimes(1);
  });
});

describe('LatencyHistogram recording', () => {
  it('counts a weighted value weight times in its bin, count and sum', () => {
    const h = new LatencyHistogram();
    h.record(10, 4);
    h.record(10);
    h.record(20, 0.5);
    expect(h.toJSON()).toEqual({
      n: 5.5,
      min: 10,
      max: 20,
      sum: 60,
      z: 0,
      b: [keyOf(10), 5, keyOf(20) - keyOf(10), 0.5],
    });
    expect(h.mean).toBeCloseTo(60 / 5.5, 12);
  });

  it('refuses a weight that is not positive', () => {
    const h = new LatencyHistogram();
    for (const weight of [0, -1, Number.NaN])
      expect(() => h.record(5, weight)).toThrow(`histogram weight must be a positive number, got ${weight}`);
    expect(h.count).toBe(0);
  });

  it('counts as zero the values at or below the smallest bin boundary', () => {
    // MIN_POSITIVE of histogram.ts, computed the same way
    const gamma = 1 + (2 * RELATIVE_ACCURACY) / (1 - RELATIVE_ACCURACY);
    const minPositive = 2 ** -1023 * gamma;
    const one = new LatencyHistogram();
    one.record(minPositive);
    const many = new LatencyHistogram();
    many.recordMany([minPositive]);
    for (const h of [one, many]) expect(h.toJSON()).toMatchObject({ n: 1, z: 1, b: [] });
    const above = new LatencyHistogram();
    above.recordMany([minPositive * 2]);
    expect(above.toJSON()).toMatchObject({ z: 0, b: [keyOf(minPositive * 2), 1] });
  });

  it('keeps the first recorded of equal extremes as min and max (0 then −0 stays 0)', () => {
    // toBe compares with Object.is, so it tells 0 from −0: only a `<=` or `>=` would take the later −0
    const one = new LatencyHistogram();
    one.record(0);
    one.record(-0);
    const many = new LatencyHistogram();
    many.recordMany([0, -0]);
    const bins = new LatencyHistogram();
    bins.record(0);
    bins.addBins(new Int32Array(0), new Float64Array(0), 0, { n: 1, zeros: 1, sum: -0, min: -0, max: -0 });
    for (const h of [one, many, bins]) {
      expect(h.min).toBe(0);
      expect(h.max).toBe(0);
    }
  });

  it('ignores the min and max of an empty batch of bins', () => {
    const h = new LatencyHistogram();
    h.addBins(new Int32Array(0), new Float64Array(0), 0, { n: 0, zeros: 0, sum: 0, min: 0, max: 0 });
    h.record(5);
    expect(h.toJSON()).toEqual({ n: 1, min: 5, max: 5, sum: 5, z: 0, b: [keyOf(5), 1] });
  });

  it('has no mean and adds nothing when empty, whatever sum its JSON carries', () => {
    const empty = LatencyHistogram.fromJSON({ n: 0, min: 0, max: 0, sum: 5, z: 0, b: [] });
    expect(empty.mean).toBeNaN();
    const h = new LatencyHistogram();
    h.record(2);
    h.merge(empty);
    expect(h.toJSON()).toEqual({ n: 1, min: 2, max: 2, sum: 2, z: 0, b: [keyOf(2), 1] });
  });

  it('merges a histogram into itself: every bin, count and sum doubles', () => {
    const rand = mulberry32(3).next;
    for (let trial = 0; trial < 20; trial++) {
      const h = new LatencyHistogram();
      const values = Array.from({ length: 1 + Math.floor(rand() * 300) }, () => Math.exp(rand() * 10 - 2));
      if (trial % 2 === 0) h.recordMany(values);
      else for (const v of values) h.record(v);
      const expected = h.clone().merge(h.clone());
      expect(h.merge(h).toJSON()).toEqual(expected.toJSON());
    }
  });
});

describe('LatencyHistogram batches', () => {
  it('adds the values record() keeps aside in one sorted batch when the bins are next read', () => {
    const sort = vi.spyOn(typedArraySort, 'sort');
    const h = new LatencyHistogram();
    h.record(1e-300); // keys this far apart are sorted, not counted
    h.record(1e300);
    expect(sort).not.toHaveBeenCalled();
    expect(h.toJSON().b).toEqual(binsOf([keyOf(1e-300), keyOf(1e300)]));
    expect(sort).toHaveBeenCalledTimes(1);
  });

  it('counts a batch whose keys span up to 16 per key plus 1024 bins, and sorts a wider one', () => {
    const n = 100;
    const widest = 16 * n + 1024;
    const sort = vi.spyOn(typedArraySort, 'sort');
    for (const range of [widest, widest + 1]) {
      const keys = [...Array<number>(n - 1).fill(0), range - 1];
      const h = new LatencyHistogram();
      h.recordMany(keys.map(valueInBin));
      expect(h.toJSON().b).toEqual(binsOf(keys));
    }
    expect(sort).toHaveBeenCalledTimes(1);
    expect(sort.mock.contexts[0]).toHaveLength(n);
  });

  it('counts every key of a batch spanning far more bins than any before', () => {
    const rand = mulberry32(17);
    const n = 4000;
    const range = 60_000; // within 16 × 4000 + 1024: counted, over a scratch grown well past its first size
    const keys = [0, range - 1, ...Array.from({ length: n - 2 }, () => rand.int(range))];
    const values = keys.map(valueInBin);
    expect(values.map(keyOf)).toEqual(keys);
    const h = new LatencyHistogram();
    h.recordMany(values);
    expect(h.toJSON().b).toEqual(binsOf(keys));
  });
});
