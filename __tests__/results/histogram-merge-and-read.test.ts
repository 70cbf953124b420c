import { describe, expect, it } from 'vitest';
import { LatencyHistogram } from '../../src/results/histogram.ts';

function histogramOf(values: number[]): LatencyHistogram {
  const h = new LatencyHistogram();
  h.recordMany(values);
  return h;
}

describe('LatencyHistogram merging', () => {
  it('keeps the min and max that recording the values in order gives, down to the sign of zero', () => {
    // recording -0 then 0 keeps -0 as both min and max (0 is neither below nor above -0)
    const inOrder = histogramOf([-0, 0]);
    expect(inOrder.min).toBe(-0);
    expect(inOrder.max).toBe(-0);
    const merged = histogramOf([-0]).merge(histogramOf([0]));
    expect(merged.min).toBe(-0);
    expect(merged.max).toBe(-0);
    const all = LatencyHistogram.merged([histogramOf([-0]), histogramOf([0])]);
    expect(all.min).toBe(-0);
    expect(all.max).toBe(-0);
  });

  it('merges histograms whose values all share one bin into that bin', () => {
    const all = LatencyHistogram.merged([histogramOf([5, 5]), histogramOf([5])]);
    expect(all.toJSON()).toEqual(histogramOf([5, 5, 5]).toJSON());
    expect(all.toJSON().b).toHaveLength(2);
  });

  it('clones bins of their own: adding to the original or the clone leaves the other alone', () => {
    const original = histogramOf([10, 20, 30]);
    original.record(40, 2); // the bins grow with room to spare, so later inserts write in place
    const before = original.toJSON();
    const clone = original.clone();
    original.record(1, 3); // a new first bin: the others shift up
    original.record(20, 5); // an existing bin's count grows
    expect(clone.toJSON()).toEqual(before);
    const again = original.clone();
    const after = original.toJSON();
    again.record(2, 7);
    again.record(30, 1);
    expect(original.toJSON()).toEqual(after);
  });
});

describe('LatencyHistogram ranks and quantiles', () => {
  it('is NaN at every rank and quantile when empty', () => {
    const h = new LatencyHistogram();
    expect(h.valueAtRank(0)).toBeNaN();
    expect(h.quantile(0)).toBeNaN();
    expect(h.quantile(0.5)).toBeNaN();
  });

  it('reads the values at or below zero as 0, never below it', () => {
    const h = histogramOf([-5, 3]);
    expect(h.valueAtRank(0)).toBe(0);
    expect(h.quantile(0)).toBe(0);
    expect(h.valueAtRank(1)).toBe(3);
  });

  it('reads values that are all below zero as their largest, never above what was recorded', () => {
    const h = histogramOf([-5, -3]);
    expect(h.valueAtRank(0)).toBe(-3);
    expect(h.quantile(0.5)).toBe(-3);
    expect(h.quantile(1)).toBe(-3);
  });

  it('reads a rank of count or more as the last value', () => {
    const h = histogramOf([1, 2, 3]);
    const last = h.valueAtRank(2);
    expect(last).toBe(3);
    for (const rank of [3, 4, 10]) expect(h.valueAtRank(rank)).toBe(last);
    // values too small for a bin count as zero: min −2, max 1e-310, and the last value reads as 0
    const zeros = histogramOf([-2, 1e-310]);
    expect(zeros.valueAtRank(1)).toBe(0);
    expect(zeros.valueAtRank(2)).toBe(0);
    expect(zeros.valueAtRank(5)).toBe(0);
  });

  it('reads a quantile past 1 as the last value, as quantile 1', () => {
    const h = histogramOf([1, 2, 3]);
    expect(h.quantile(1)).toBe(3);
    for (const p of [1.25, 2, Number.POSITIVE_INFINITY]) expect(h.quantile(p)).toBe(3);
  });
});

describe('LatencyHistogram.forEachBin', () => {
  /** each bin's value rounded to whole milliseconds (a bin stands for its values within 0.1 %) */
  function roundedBins(h: LatencyHistogram): [number, number][] {
    const out: [number, number][] = [];
    h.forEachBin((value, count) => {
      // a loop that never ends would hang the test run: fail it instead
      if (out.length === 100) throw new Error('forEachBin did not stop');
      out.push([Math.round(value), count]);
    });
    return out;
  }

  it('reports the zeros first as value 0, then every bin in ascending order', () => {
    expect(roundedBins(histogramOf([700, 0, 3, 700, -1, 40]))).toEqual([
      [0, 2],
      [3, 1],
      [40, 1],
      [700, 2],
    ]);
  });

  it('reports no zero bin when no value was at or below zero, and nothing when empty', () => {
    expect(roundedBins(histogramOf([4, 9]))).toEqual([
      [4, 1],
      [9, 1],
    ]);
    expect(roundedBins(histogramOf([0]))).toEqual([[0, 1]]);
    expect(roundedBins(new LatencyHistogram())).toEqual([]);
  });
});

describe('LatencyHistogram JSON', () => {
  it('ignores a trailing key delta that has no count', () => {
    const h = LatencyHistogram.fromJSON({ n: 1, min: 1, max: 1, sum: 1, z: 0, b: [0, 1, 5] });
    expect(h.toJSON().b).toEqual([0, 1]);
  });

  it('reads an empty histogram back as empty: later values set its min and max', () => {
    const h = LatencyHistogram.fromJSON(new LatencyHistogram().toJSON());
    expect(h.min).toBeNaN();
    h.record(5);
    expect(h.min).toBe(5);
    expect(h.max).toBe(5);
    const merged = LatencyHistogram.fromJSON(new LatencyHistogram().toJSON()).merge(histogramOf([2, 9]));
    expect([merged.min, merged.max]).toEqual([2, 9]);
  });
});
