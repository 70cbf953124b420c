/**
 * Relative accuracy of every latency histogram: 0.1 % (about three significant digits). Any value the
 * histogram returns is within this factor of a recorded value, and histograms merge exactly (bin counts add),
 * which is what repeats, distributed k6 instances and time blocks need.
 */
export const RELATIVE_ACCURACY = 0.001;

/*
 * The bins are DDSketch's logarithmic mapping (Masson et al., VLDB 2019), computed in the same floating-point
 * steps as @datadog/sketches-js's LogarithmicMapping, which perf-gate used before: the bin keys in stored
 * baselines and reports keep their meaning, and every quantile is bit for bit what it was. Bin `key` holds the
 * values in (γ^(key−1), γ^key] and stands for 2γ^key/(1+γ), within RELATIVE_ACCURACY of all of them.
 */
const GAMMA_MANTISSA = (2 * RELATIVE_ACCURACY) / (1 - RELATIVE_ACCURACY);
const GAMMA = 1 + GAMMA_MANTISSA;
const MULTIPLIER = (1 / Math.log1p(GAMMA_MANTISSA)) * Math.log(2);
/** values at or below this (zero, and anything negative) are counted as zero */
const MIN_POSITIVE = 2 ** -1023 * GAMMA;
const BIN_VALUE = 2 / (1 + GAMMA);

function binKey(value: number): number {
  return Math.ceil(Math.log2(value) * MULTIPLIER);
}

function binValue(key: number): number {
  return 2 ** (key / MULTIPLIER) * BIN_VALUE;
}

/**
 * The keys of whole milliseconds below INT_KEYS, plus one (0: not computed yet). JMeter and Locust record
 * whole milliseconds, so most values are one of a few hundred integers whose logarithm need not be taken again.
 */
const INT_KEYS = 1 << 16;
const intKeys = new Int32Array(INT_KEYS);

function intKey(v: number): number {
  const cached = intKeys[v]!;
  if (cached !== 0) return cached - 1;
  const key = binKey(v);
  intKeys[v] = key + 1;
  return key;
}

/**
 * The bin key of the whole millisecond `v` (1 ≤ v < 65536), for a reader that counts bins itself (the JMeter
 * CSV reader's WebAssembly pass) and hands them over with `addBins`.
 */
export function integerBinKey(v: number): number {
  if (!(Number.isInteger(v) && v >= 1 && v < INT_KEYS))
    throw new Error(`not a whole millisecond in range: ${v}`);
  return intKey(v);
}

/**
 * What `recordMany` reuses from batch to batch (one batch at a time): the batch's keys, a count per key of
 * its range, and its distinct keys with their counts.
 */
let keyScratch = new Int32Array(256);
let countScratch = new Float64Array(4096);
let distinctKeys = new Int32Array(256);
let distinctCounts = new Float64Array(256);

/** how many keys `record` keeps aside before adding them to the bins */
const UNSETTLED = 256;

/** the bins of every empty histogram (a histogram is created per series and second: no allocation until used) */
const NO_KEYS = new Int32Array(0);
const NO_COUNTS = new Float64Array(0);

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

/**
 * A mergeable latency distribution (milliseconds) with bounded relative error. The bins are sparse: sorted
 * keys and their counts in two typed arrays. A run holds one histogram per series and second, each with a few
 * hundred distinct bins out of the thousands its range spans, so a dense array of bins per second would cost
 * more memory (and garbage collection) than the values themselves.
 */
export class LatencyHistogram {
  private n = 0;
  private zeros = 0;
  private total = 0;
  private lo = Number.POSITIVE_INFINITY;
  private hi = Number.NEGATIVE_INFINITY;
  /** distinct bin keys, ascending, in keys[0, size), and their counts */
  private keys = NO_KEYS;
  private counts = NO_COUNTS;
  private size = 0;
  /** bin keys recorded by `record` and not yet in the bins (see `settle`) */
  private unsettled = NO_KEYS;
  private unsettledCount = 0;

  get count(): number {
    return this.n;
  }
  get min(): number {
    return this.n === 0 ? Number.NaN : this.lo;
  }
  get max(): number {
    return this.n === 0 ? Number.NaN : this.hi;
  }
  get mean(): number {
    return this.n === 0 ? Number.NaN : this.total / this.n;
  }

  /** Records `valueMs`, `weight` times (a positive weight). */
  record(valueMs: number, weight = 1): void {
    if (!(weight > 0)) throw new Error(`histogram weight must be a positive number, got ${weight}`);
    this.n += weight;
    this.total += valueMs * weight;
    if (valueMs < this.lo) this.lo = valueMs;
    if (valueMs > this.hi) this.hi = valueMs;
    if (!(valueMs > MIN_POSITIVE)) {
      this.zeros += weight;
      return;
    }
    const key = valueMs < INT_KEYS && (valueMs | 0) === valueMs ? intKey(valueMs) : binKey(valueMs);
    if (weight !== 1) {
      this.add(key, weight);
      return;
    }
    // kept aside and added in batches: inserting keys one by one into the sorted bins costs a search and a
    // shift each (the embedded engine records every request into its series and its second)
    if (this.unsettledCount === this.unsettled.length) {
      if (this.unsettledCount === 0) this.unsettled = new Int32Array(UNSETTLED);
      else this.settle();
    }
    this.unsettled[this.unsettledCount++] = key;
  }

  /**
   * Records the first `count` values of `values`, in order: exactly what calling `record` on each gives (same
   * bins, count, min, max and sum), with the bins merged once for the whole batch.
   */
  recordMany(values: ArrayLike<number>, count = values.length): void {
    // Stryker disable next-line ArithmeticOperator: the growth only sets how often it reallocates; it always fits
    if (keyScratch.length < count) keyScratch = new Int32Array(Math.max(count, keyScratch.length * 2));
    const keys = keyScratch;
    let positives = 0;
    let sum = this.total;
    let min = this.lo;
    let max = this.hi;
    for (let i = 0; i < count; i++) {
      const v = values[i]!;
      sum += v; // in order, as `record` adds them
      if (v < min) min = v;
      if (v > max) max = v;
      if (v > MIN_POSITIVE) keys[positives++] = v < INT_KEYS && (v | 0) === v ? intKey(v) : binKey(v);
    }
    this.total = sum;
    this.lo = min;
    this.hi = max;
    this.n += count;
    this.zeros += count - positives;
    this.addKeys(keys, positives);
  }

  /**
   * Adds `values.n` values counted elsewhere: `values.zeros` of them at or below zero and the rest in the bins
   * `keys[0, length)` (ascending, distinct; keys of `integerBinKey`) with `counts`, and their sum, min and
   * max. Exactly what recording the values one by one gives.
   */
  addBins(
    keys: Int32Array,
    counts: Float64Array,
    length: number,
    values: { n: number; zeros: number; sum: number; min: number; max: number },
  ): void {
    if (values.n === 0) return;
    this.n += values.n;
    this.zeros += values.zeros;
    this.total += values.sum;
    if (values.min < this.lo) this.lo = values.min;
    if (values.max > this.hi) this.hi = values.max;
    // Stryker disable next-line ConditionalExpression: mergeBins into no bins writes the same bins, only slower
    if (this.size === 0) {
      // the common case, a second's first batch: a copy
      // (a loop: TypedArray#set from a view of WebAssembly memory takes V8's slow path)
      this.reserve(length);
      const ownKeys = this.keys;
      const ownCounts = this.counts;
      // Stryker disable next-line EqualityOperator: a write at `length` lands past the bins or the view, never read
      for (let i = 0; i < length; i++) {
        ownKeys[i] = keys[i]!;
        ownCounts[i] = counts[i]!;
      }
      this.size = length;
    } else {
      this.mergeBins(keys, counts, length);
    }
  }

  /** Adds one to the bin of each of `keys[0, length)` (in any order). */
  private addKeys(keys: Int32Array, length: number): void {
    // Stryker disable next-line ConditionalExpression: an empty batch counts no key and merges no bin anyway
    if (length === 0) return;
    let minKey = keys[0]!;
    let maxKey = minKey;
    for (let i = 1; i < length; i++) {
      const key = keys[i]!;
      // Stryker disable next-line EqualityOperator: a key equal to the minimum sets it to itself
      if (key < minKey) minKey = key;
      // Stryker disable next-line EqualityOperator: a key equal to the maximum sets it to itself
      else if (key > maxKey) maxKey = key;
    }
    // Counting the keys over their range beats sorting them (a typed-array sort costs ~100 ns a key) unless
    // the range is far wider than the batch.
    const range = maxKey - minKey + 1;
    if (range > 16 * length + 1024) {
      this.mergeBins(keys.subarray(0, length).sort(), undefined, length);
      return;
    }
    // The scratch arrays only ever grow, doubling so that slowly growing batches seldom reallocate: growing
    // them at equal length too, or to exactly what the batch needs, changes how often, never a count.
    // Stryker disable next-line EqualityOperator: see above
    if (countScratch.length < range)
      // Stryker disable next-line ArithmeticOperator: see above
      countScratch = new Float64Array(Math.max(range, countScratch.length * 2));
    // Stryker disable next-line EqualityOperator: see above
    if (distinctKeys.length < length) {
      // Stryker disable next-line ArithmeticOperator: see above
      distinctKeys = new Int32Array(Math.max(length, distinctKeys.length * 2));
      distinctCounts = new Float64Array(distinctKeys.length);
    }
    const counts = countScratch;
    for (let i = 0; i < length; i++) counts[keys[i]! - minKey]!++;
    let distinct = 0;
    // Stryker disable next-line EqualityOperator: counts[range] is 0 (every count is reset after use) or past the end
    for (let i = 0; i < range; i++) {
      const c = counts[i]!;
      if (c > 0) {
        distinctKeys[distinct] = i + minKey;
        distinctCounts[distinct++] = c;
        counts[i] = 0;
      }
    }
    this.mergeBins(distinctKeys, distinctCounts, distinct);
  }

  /** Adds the keys `record` kept aside to the bins: every method that reads the bins calls this first. */
  private settle(): void {
    this.addKeys(this.unsettled, this.unsettledCount);
    this.unsettledCount = 0;
  }

  /** Adds every value of `other` to this histogram. */
  merge(other: LatencyHistogram): this {
    if (other.n === 0) return this;
    // `other` may be this histogram: mergeBins reads each of its bins before writing where it moves to
    this.settle();
    other.settle();
    this.mergeBins(other.keys, other.counts, other.size);
    this.n += other.n;
    this.zeros += other.zeros;
    this.total += other.total;
    if (other.lo < this.lo) this.lo = other.lo;
    if (other.hi > this.hi) this.hi = other.hi;
    return this;
  }

  /**
   * All of `histograms` merged into one. Merging many histograms one by one into a growing one costs its size
   * each time; this adds them into one dense run of bins instead (a run's seconds into its whole series).
   * Each step is a small method of its own: one function with three loops ran its later loops on code
   * optimised (on stack) for the first, which V8 threw away for every series (~20 ms on a 250 MB JTL file).
   */
  static merged(histograms: Iterable<LatencyHistogram>): LatencyHistogram {
    const out = new LatencyHistogram();
    let minKey = Number.POSITIVE_INFINITY;
    let maxKey = Number.NEGATIVE_INFINITY;
    for (const h of histograms) {
      out.addTotals(h);
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, a histogram without bins has keys of length 0, whose reads (undefined) fail both comparisons below
      if (h.size > 0) {
        // Stryker disable next-line EqualityOperator: equivalent, keys are integers: a tie assigns the value minKey already holds
        if (h.keys[0]! < minKey) minKey = h.keys[0]!;
        // Stryker disable next-line EqualityOperator: equivalent, keys are integers: a tie assigns the value maxKey already holds
        if (h.keys[h.size - 1]! > maxKey) maxKey = h.keys[h.size - 1]!;
      }
    }
    if (minKey > maxKey) return out;
    const dense = new Float64Array(maxKey - minKey + 1);
    for (const h of histograms) h.addInto(dense, minKey);
    out.takeDense(dense, minKey);
    return out;
  }

  /** Adds the count, zeros, sum, min and max of `h` (settled first) to this histogram's (not its bins). */
  private addTotals(h: LatencyHistogram): void {
    h.settle();
    this.n += h.n;
    this.zeros += h.zeros;
    this.total += h.total;
    if (h.lo < this.lo) this.lo = h.lo;
    if (h.hi > this.hi) this.hi = h.hi;
  }

  /** Adds this histogram's bin counts into `dense`, whose index 0 is bin `minKey`. */
  private addInto(dense: Float64Array, minKey: number): void {
    const keys = this.keys;
    const counts = this.counts;
    for (let i = 0; i < this.size; i++) dense[keys[i]! - minKey]! += counts[i]!;
  }

  /** Takes the non-empty bins of `dense` (index 0 is bin `minKey`) as this empty histogram's bins. */
  private takeDense(dense: Float64Array, minKey: number): void {
    let size = 0;
    // Stryker disable next-line EqualityOperator: equivalent, dense[dense.length] reads undefined, which is not > 0
    for (let i = 0; i < dense.length; i++) if (dense[i]! > 0) size++;
    this.keys = new Int32Array(size);
    this.counts = new Float64Array(size);
    // Stryker disable next-line EqualityOperator: equivalent, dense[dense.length] reads undefined, which is not > 0
    for (let i = 0, j = 0; i < dense.length; i++) {
      if (dense[i]! > 0) {
        this.keys[j] = i + minKey;
        this.counts[j++] = dense[i]!;
      }
    }
    this.size = size;
  }

  clone(): LatencyHistogram {
    this.settle();
    const h = new LatencyHistogram();
    h.n = this.n;
    h.zeros = this.zeros;
    h.total = this.total;
    h.lo = this.lo;
    h.hi = this.hi;
    h.keys = this.keys.slice(0, this.size);
    h.counts = this.counts.slice(0, this.size);
    h.size = this.size;
    return h;
  }

  /**
   * The value at zero-based rank `rank` in sorted order (0 ≤ rank < count), within the relative accuracy.
   * Clamped to the exact min and max so the extremes are never outside what was recorded. A rank of count or
   * more reads as the largest value's bin, clamped alike.
   */
  valueAtRank(rank: number): number {
    if (this.n === 0) return Number.NaN;
    this.settle();
    // the values at or below zero read as 0, clamped like any bin; with no bins every value is one of them
    if (rank < this.zeros || this.size === 0) return Math.min(this.hi, Math.max(this.lo, 0));
    const r = rank - this.zeros;
    let running = 0;
    let i = 0;
    for (; i < this.size - 1; i++) {
      running += this.counts[i]!;
      if (running > r) break;
    }
    return Math.min(this.hi, Math.max(this.lo, binValue(this.keys[i]!)));
  }

  /**
   * Quantile `p` (0..1) the way k6 computes it: sort, then interpolate linearly at i = p·(n−1).
   * Matching k6's rule keeps our P99 comparable with the figure users see in k6's own summary.
   */
  quantile(p: number): number {
    const i = p * (this.n - 1);
    const lo = Math.floor(i);
    const lower = this.valueAtRank(lo); // NaN when empty, and so is the quantile
    if (i === lo) return lower;
    return lower + (this.valueAtRank(lo + 1) - lower) * (i - lo);
  }

  /** Calls `fn` for every non-empty bin in ascending order with its representative value and count. */
  forEachBin(fn: (valueMs: number, count: number) => void): void {
    this.settle();
    if (this.zeros > 0) fn(0, this.zeros);
    for (let i = 0; i < this.size; i++) fn(binValue(this.keys[i]!), this.counts[i]!);
  }

  toJSON(): HistogramJSON {
    this.settle();
    const b: number[] = [];
    let prev = 0;
    for (let i = 0; i < this.size; i++) {
      const key = this.keys[i]!;
      b.push(key - prev, this.counts[i]!);
      prev = key;
    }
    return { n: this.n, min: this.min, max: this.max, sum: this.total, z: this.zeros, b };
  }

  static fromJSON(json: HistogramJSON): LatencyHistogram {
    const h = new LatencyHistogram();
    let key = 0;
    for (let i = 0; i + 1 < json.b.length; i += 2) {
      key += json.b[i]!;
      h.add(key, json.b[i + 1]!);
    }
    h.zeros = json.z;
    h.n = json.n;
    h.total = json.sum;
    if (json.n > 0) {
      h.lo = json.min;
      h.hi = json.max;
    }
    return h;
  }

  /** Adds `count` to bin `key` (appending is the common case: bins read back in order). */
  private add(key: number, count: number): void {
    const size = this.size;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: only `size > 0` → true / `>= 0` live: keys[-1] is undefined and `key <=` it false, so an empty histogram appends anyway (the rest die in histogram-weighted-bins)
    if (size > 0 && key <= this.keys[size - 1]!) {
      let lo = 0;
      let hi = size;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (this.keys[mid]! < key) lo = mid + 1;
        else hi = mid;
      }
      if (this.keys[lo] === key) {
        this.counts[lo]! += count;
        return;
      }
      this.reserve(size + 1);
      this.keys.copyWithin(lo + 1, lo, size);
      this.counts.copyWithin(lo + 1, lo, size);
      this.keys[lo] = key;
      this.counts[lo] = count;
    } else {
      this.reserve(size + 1);
      this.keys[size] = key;
      this.counts[size] = count;
    }
    this.size = size + 1;
  }

  /**
   * Adds the bins `keys[0, length)` (ascending; with `counts` undefined, each key counts one and may repeat)
   * into this histogram's bins, merging from the back in place.
   */
  private mergeBins(keys: Int32Array, counts: Float64Array | undefined, length: number): void {
    const size = this.size;
    this.reserve(size + length);
    const ownKeys = this.keys;
    const ownCounts = this.counts;
    let i = size - 1;
    let j = length - 1;
    let w = size + length - 1;
    // w − i ≥ the source bins left, so a write never lands on an own bin not yet moved
    while (j >= 0) {
      const key = keys[j]!;
      let c = counts === undefined ? 1 : counts[j]!;
      j--;
      // Stryker disable next-line ConditionalExpression: → true is equivalent: keys given with counts are distinct (bins, or addBins's contract), so the loop finds no repeat
      if (counts === undefined) {
        // Stryker disable next-line ConditionalExpression: `j >= 0` → true is equivalent: keys[-1] is undefined, never === key
        while (j >= 0 && keys[j] === key) {
          c++;
          j--;
        }
      }
      // Stryker disable next-line ConditionalExpression: `i >= 0` → true is equivalent: ownKeys[-1] is undefined, never > key
      while (i >= 0 && ownKeys[i]! > key) {
        ownKeys[w] = ownKeys[i]!;
        ownCounts[w--] = ownCounts[i--]!;
      }
      // Stryker disable next-line ConditionalExpression: `i >= 0` → true is equivalent: ownKeys[-1] is undefined, never === key
      if (i >= 0 && ownKeys[i] === key) c += ownCounts[i--]!;
      ownKeys[w] = key;
      ownCounts[w--] = c;
    }
    const gap = w - i;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: → true / `>= 0` are equivalent: gap is never negative (w ≥ i), and at 0 the copy is onto itself; the check only skips it
    if (gap > 0) {
      ownKeys.copyWithin(i + 1, w + 1, size + length);
      ownCounts.copyWithin(i + 1, w + 1, size + length);
    }
    this.size = size + length - gap;
  }

  private reserve(capacity: number): void {
    if (capacity <= this.keys.length) return;
    const grown = Math.max(capacity, this.keys.length * 2);
    const { buffer, offset } = binSpace(grown);
    const counts = new Float64Array(buffer, offset, grown);
    const keys = new Int32Array(buffer, offset + grown * 8, grown);
    // an empty histogram (a second's first batch, the common case) has nothing to carry over: no views to make
    // Stryker disable next-line ConditionalExpression,EqualityOperator: → true / `>= 0` are equivalent: with size 0 the set() calls copy nothing; the check only skips making views
    if (this.size > 0) {
      keys.set(this.keys.subarray(0, this.size));
      counts.set(this.counts.subarray(0, this.size));
    }
    this.keys = keys;
    this.counts = counts;
  }
}

/**
 * Bins are carved out of shared slabs: a reader makes a histogram per series and second, and an ArrayBuffer of
 * its own for each (off the JS heap, counted as external memory) cost microseconds apiece and drove the garbage
 * collector. A histogram that outgrows its space leaves it unused in the slab, which lives as long as any
 * histogram in it (at most as much again as the bins themselves, as with any doubling array).
 */
const SLAB_BYTES = 1 << 18;
let slab = new ArrayBuffer(SLAB_BYTES);
let slabUsed = 0;
// Stryker disable next-line ObjectLiteral: `{}` is equivalent: binSpace sets both fields before every return
const space = { buffer: slab, offset: 0 };

/** Room for `capacity` counts (8 bytes) followed by as many keys (4 bytes), 8-byte aligned. */
function binSpace(capacity: number): { buffer: ArrayBuffer; offset: number } {
  const bytes = (capacity * 12 + 7) & ~7;
  // Stryker disable next-line EqualityOperator: `>=` is equivalent: bytes (12·capacity rounded up to 8) is never exactly 32768; `<=` dies in histogram-slabs
  if (bytes > SLAB_BYTES >>> 3) {
    space.buffer = new ArrayBuffer(bytes);
    space.offset = 0;
    return space;
  }
  if (slabUsed + bytes > SLAB_BYTES) {
    slab = new ArrayBuffer(SLAB_BYTES);
    slabUsed = 0;
  }
  space.buffer = slab;
  space.offset = slabUsed;
  slabUsed += bytes;
  return space;
}
