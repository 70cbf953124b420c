import { describe, expect, it, vi } from 'vitest';
import { LatencyHistogram } from '../../src/results/histogram.ts';

/** Runs `fn` with every ArrayBuffer made counted (histograms carve their bins out of shared ones). */
function countingBuffers<T>(fn: (made: () => number) => T): T {
  let made = 0;
  class CountedArrayBuffer extends ArrayBuffer {
    constructor(bytes: number) {
      super(bytes);
      made++;
    }
  }
  vi.stubGlobal('ArrayBuffer', CountedArrayBuffer);
  try {
    return fn(() => made);
  } finally {
    vi.unstubAllGlobals();
  }
}

/** A histogram with one bin: the least room bins take (one count and one key, 16 bytes aligned). */
function oneBin(): LatencyHistogram {
  return LatencyHistogram.fromJSON({ n: 1, min: 1, max: 1, sum: 1, z: 0, b: [0, 1] });
}

/** How many one-bin histograms fit in what is left of the current slab (the one after them takes a new one). */
function oneBinsLeft(made: () => number): number {
  const before = made();
  let fitted = 0;
  while (made() === before && fitted < 100_000) {
    oneBin();
    fitted++;
  }
  return fitted - 1;
}

/** The slab room `fn` takes, in one-bin histograms (16 bytes), with the slab in use when it starts. */
function slabRoomTakenBy(fn: () => void): number {
  return countingBuffers((made) => {
    oneBinsLeft(made); // now a fresh slab, one one-bin histogram in
    const fresh = oneBinsLeft(made); // again
    fn();
    return fresh - oneBinsLeft(made);
  });
}

/** A stored histogram with bins 1, 2, …, `size` (one value each). */
function withBins(size: number): LatencyHistogram {
  const b = Array.from({ length: 2 * size }, () => 1);
  return LatencyHistogram.fromJSON({ n: size, min: 1, max: 2, sum: size, z: 0, b });
}

describe('LatencyHistogram bin space', () => {
  it('carves small histograms out of one shared buffer', () => {
    const buffers = countingBuffers((made) => {
      for (let i = 0; i < 1000; i++) oneBin();
      return made();
    });
    // the slab in use may fill up on the way: one new one at most
    expect(buffers).toBeLessThanOrEqual(1);
  });

  it('fills a slab of 256 KiB to its last byte before taking another', () => {
    const perSlab = countingBuffers((made) => {
      oneBinsLeft(made);
      return oneBinsLeft(made) + 1;
    });
    expect(perSlab).toBe((1 << 18) / 16);
  });

  it('takes no new room for a bin that fits in the room already taken', () => {
    const h = withBins(3); // room for four bins: one, two, then four
    const taken = slabRoomTakenBy(() => h.record(1000, 2));
    expect(taken).toBe(0);
    expect(h.toJSON().b.filter((_, i) => i % 2 === 1)).toEqual([1, 1, 1, 2]);
  });

  it('doubles the room of a growing histogram: all of its growths take less than four times its bins', () => {
    const taken = slabRoomTakenBy(() => withBins(100));
    expect(taken).toBeGreaterThan(0);
    expect(taken * 16).toBeLessThan(4 * 100 * 12);
  });

  it('holds more bins than a slab has room for', () => {
    // bins 1 to 30 000 (1 ms to 2^86 ms): past 2730 bins a histogram takes a buffer of its own
    const h = withBins(30_000);
    const { b } = h.toJSON();
    // every bin back in its place (checked without printing 60 000 numbers when it fails)
    expect(b.length).toBe(60_000);
    expect(b.findIndex((x) => x !== 1)).toBe(-1);
    expect(h.count).toBe(30_000);
  });
});
