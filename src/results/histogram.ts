import { DDSketch } from '@datadog/sketches-js';

/**
 * Relative accuracy of every latency histogram: 0.1 % (about three significant digits). DDSketch guarantees
 * that any value it returns is within this factor of a recorded value, and sketches of equal accuracy merge
 * exactly (bin counts add), which is what repeats, distributed k6 instances and time blocks need.
 */
export const RELATIVE_ACCURACY = 0.001;

/** Compact, JSON-safe form of a histogram: sparse bins with delta-encoded keys. */
export interface HistogramJSON {
  /** number of values */
  n: number;
  /** exact minimum, maximum and sum of recorded values (ms) */
  min: number;
  max: number;
  sum: number;
  /** values at or below zero (k6 reports 0 ms for requests that never connected) */
  z: number;
  /** [keyDelta, count, keyDelta, count, ...]; the first delta is from key 0 */
  b: number[];
}

/** A mergeable latency distribution (milliseconds) with bounded relative error. */
export class LatencyHistogram {
  private readonly sketch = new DDSketch({ relativeAccuracy: RELATIVE_ACCURACY });

  get count(): number {
    return this.sketch.count;
  }
  get min(): number {
    return this.sketch.count === 0 ? Number.NaN : this.sketch.min;
  }
  get max(): number {
    return this.sketch.count === 0 ? Number.NaN : this.sketch.max;
  }
  get mean(): number {
    return this.sketch.count === 0 ? Number.NaN : this.sketch.sum / this.sketch.count;
  }

  record(valueMs: number, weight = 1): void {
    this.sketch.accept(valueMs, weight);
  }

  /**
   * Records the first `count` values of `values`, in order: exactly what calling `record` on each gives (same
   * bins, count, min, max and sum), but the dense store is widened once for the whole batch. Recording one
   * value at a time re-centres the store's bins on every new lowest or highest value, which made filling a
   * fresh histogram (one per second and series) several times slower than the rest of reading k6 output.
   */
  recordMany(values: ArrayLike<number>, count = values.length): void {
    for (let i = 0; i < count; i++) {
      if (!(values[i]! >= 0)) {
        // a negative value (never a latency): keep the sketch's own handling, one by one
        for (let j = 0; j < count; j++) this.sketch.accept(values[j]!);
        return;
      }
    }
    const s = this.sketch;
    const mapping = s.mapping;
    const minPossible = mapping.minPossible;
    if (keyScratch.length < count) keyScratch = new Int32Array(Math.max(count, keyScratch.length * 2));
    const keys = keyScratch;
    let minKey = Number.POSITIVE_INFINITY;
    let maxKey = Number.NEGATIVE_INFINITY;
    let positives = 0;
    let sum = s.sum;
    let min = s.min;
    let max = s.max;
    for (let i = 0; i < count; i++) {
      const v = values[i]!;
      sum += v; // in order, as `accept` adds them
      if (v < min) min = v;
      if (v > max) max = v;
      if (v > minPossible) {
        const key = v < INT_KEYS && (v | 0) === v ? intKey(v, mapping) : mapping.key(v);
        keys[positives++] = key;
        if (key < minKey) minKey = key;
        if (key > maxKey) maxKey = key;
      }
    }
    if (positives > 0) {
      const store = s.store;
      widenStore(store, minKey, maxKey);
      const bins = store.bins;
      const offset = store.offset;
      for (let i = 0; i < positives; i++) bins[keys[i]! - offset]! += 1;
      store.count += positives;
    }
    s.zeroCount += count - positives;
    s.count += count;
    s.sum = sum;
    s.min = min;
    s.max = max;
  }

  /** Adds every value of `other` to this histogram. */
  merge(other: LatencyHistogram): this {
    this.sketch.merge(other.sketch);
    return this;
  }

  clone(): LatencyHistogram {
    return new LatencyHistogram().merge(this);
  }

  /**
   * The value at zero-based rank `rank` in sorted order (0 ≤ rank < count), within the relative accuracy.
   * Clamped to the exact min and max so the extremes are never outside what was recorded.
   */
  valueAtRank(rank: number): number {
    const s = this.sketch;
    if (s.count === 0) return Number.NaN;
    if (rank < s.zeroCount) return Math.max(0, s.min);
    const key = s.store.keyAtRank(rank - s.zeroCount);
    return Math.min(s.max, Math.max(s.min, s.mapping.value(key)));
  }

  /**
   * Quantile `p` (0..1) the way k6 computes it: sort, then interpolate linearly at i = p·(n−1).
   * Matching k6's rule keeps our P99 comparable with the figure users see in k6's own summary.
   */
  quantile(p: number): number {
    const n = this.sketch.count;
    if (n === 0) return Number.NaN;
    const i = p * (n - 1);
    const lo = Math.floor(i);
    const lower = this.valueAtRank(lo);
    if (i === lo) return lower;
    return lower + (this.valueAtRank(lo + 1) - lower) * (i - lo);
  }

  /** Calls `fn` for every non-empty bin in ascending order with its representative value and count. */
  forEachBin(fn: (valueMs: number, count: number) => void): void {
    const s = this.sketch;
    if (s.zeroCount > 0) fn(0, s.zeroCount);
    const { bins, offset } = s.store;
    for (let i = 0; i < bins.length; i++) {
      const c = bins[i]!;
      if (c > 0) fn(s.mapping.value(i + offset), c);
    }
  }

  toJSON(): HistogramJSON {
    const s = this.sketch;
    const b: number[] = [];
    let prev = 0;
    const { bins, offset } = s.store;
    for (let i = 0; i < bins.length; i++) {
      const c = bins[i]!;
      if (c > 0) {
        b.push(i + offset - prev, c);
        prev = i + offset;
      }
    }
    return { n: s.count, min: this.min, max: this.max, sum: s.sum, z: s.zeroCount, b };
  }

  static fromJSON(json: HistogramJSON): LatencyHistogram {
    const h = new LatencyHistogram();
    const s = h.sketch;
    let key = 0;
    for (let i = 0; i + 1 < json.b.length; i += 2) {
      key += json.b[i]!;
      s.store.add(key, json.b[i + 1]!);
    }
    s.zeroCount = json.z;
    s.count = json.n;
    s.sum = json.sum;
    if (json.n > 0) {
      s.min = json.min;
      s.max = json.max;
    }
    return h;
  }
}

/**
 * The keys of whole milliseconds below INT_KEYS, plus one (0: not computed yet). JMeter and Locust record
 * whole milliseconds, so most values are one of a few hundred integers whose logarithm need not be taken
 * again. Every histogram has the same relative accuracy, hence the same mapping, so one table serves all.
 */
const INT_KEYS = 1 << 16;
const intKeys = new Int32Array(INT_KEYS);

function intKey(v: number, mapping: DDSketch['mapping']): number {
  const cached = intKeys[v]!;
  if (cached !== 0) return cached - 1;
  const key = mapping.key(v);
  intKeys[v] = key + 1;
  return key;
}

/** keys of the batch being recorded by `recordMany` (reused: one batch at a time) */
let keyScratch = new Int32Array(256);

type DenseStore = DDSketch['store'];

/**
 * Makes `store` hold bins for [minKey, maxKey] (besides what it holds), copying its bins at most once. Keeps
 * the DenseStore invariants every other store method relies on: bin i counts key `offset + i`, and
 * `offset ≤ minKey ≤ maxKey < offset + bins.length`.
 */
function widenStore(store: DenseStore, minKey: number, maxKey: number): void {
  if (store.bins.length === 0) {
    store.bins = new Array<number>(maxKey - minKey + 1).fill(0);
    store.offset = minKey;
    store.minKey = minKey;
    store.maxKey = maxKey;
    return;
  }
  const lo = Math.min(minKey, store.minKey);
  const hi = Math.max(maxKey, store.maxKey);
  const end = store.offset + store.bins.length; // one past the last key the bins can hold
  if (lo < store.offset || hi >= end) {
    const newOffset = Math.min(lo, store.offset);
    const bins = new Array<number>(Math.max(hi + 1, end) - newOffset).fill(0);
    const old = store.bins;
    const shift = store.offset - newOffset;
    for (let i = 0; i < old.length; i++) bins[i + shift] = old[i]!;
    store.bins = bins;
    store.offset = newOffset;
  }
  store.minKey = lo;
  store.maxKey = hi;
}
