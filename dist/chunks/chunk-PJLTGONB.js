import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);

// src/results/histogram.ts
var RELATIVE_ACCURACY = 1e-3;
var GAMMA_MANTISSA = 2 * RELATIVE_ACCURACY / (1 - RELATIVE_ACCURACY);
var GAMMA = 1 + GAMMA_MANTISSA;
var MULTIPLIER = 1 / Math.log1p(GAMMA_MANTISSA) * Math.log(2);
var MIN_POSITIVE = 2 ** -1023 * GAMMA;
var BIN_VALUE = 2 / (1 + GAMMA);
function binKey(value) {
  return Math.ceil(Math.log2(value) * MULTIPLIER);
}
function binValue(key) {
  return 2 ** (key / MULTIPLIER) * BIN_VALUE;
}
var INT_KEYS = 1 << 16;
var intKeys = new Int32Array(INT_KEYS);
function intKey(v) {
  const cached = intKeys[v];
  if (cached !== 0) return cached - 1;
  const key = binKey(v);
  intKeys[v] = key + 1;
  return key;
}
function integerBinKey(v) {
  if (!(Number.isInteger(v) && v >= 1 && v < INT_KEYS))
    throw new Error(`not a whole millisecond in range: ${v}`);
  return intKey(v);
}
var keyScratch = new Int32Array(256);
var countScratch = new Float64Array(4096);
var distinctKeys = new Int32Array(256);
var distinctCounts = new Float64Array(256);
var UNSETTLED = 256;
var NO_KEYS = new Int32Array(0);
var NO_COUNTS = new Float64Array(0);
var LatencyHistogram = class _LatencyHistogram {
  n = 0;
  zeros = 0;
  total = 0;
  lo = Number.POSITIVE_INFINITY;
  hi = Number.NEGATIVE_INFINITY;
  /** distinct bin keys, ascending, in keys[0, size), and their counts */
  keys = NO_KEYS;
  counts = NO_COUNTS;
  size = 0;
  /** bin keys recorded by `record` and not yet in the bins (see `settle`) */
  unsettled = NO_KEYS;
  unsettledCount = 0;
  get count() {
    return this.n;
  }
  get min() {
    return this.n === 0 ? Number.NaN : this.lo;
  }
  get max() {
    return this.n === 0 ? Number.NaN : this.hi;
  }
  get mean() {
    return this.n === 0 ? Number.NaN : this.total / this.n;
  }
  /** Records `valueMs`, `weight` times (a positive weight). */
  record(valueMs, weight = 1) {
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
  recordMany(values, count = values.length) {
    if (keyScratch.length < count) keyScratch = new Int32Array(Math.max(count, keyScratch.length * 2));
    const keys = keyScratch;
    let positives = 0;
    let sum = this.total;
    let min = this.lo;
    let max = this.hi;
    for (let i = 0; i < count; i++) {
      const v = values[i];
      sum += v;
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
  addBins(keys, counts, length, values) {
    if (values.n === 0) return;
    this.n += values.n;
    this.zeros += values.zeros;
    this.total += values.sum;
    if (values.min < this.lo) this.lo = values.min;
    if (values.max > this.hi) this.hi = values.max;
    if (this.size === 0) {
      this.reserve(length);
      const ownKeys = this.keys;
      const ownCounts = this.counts;
      for (let i = 0; i < length; i++) {
        ownKeys[i] = keys[i];
        ownCounts[i] = counts[i];
      }
      this.size = length;
    } else {
      this.mergeBins(keys, counts, length);
    }
  }
  /** Adds one to the bin of each of `keys[0, length)` (in any order). */
  addKeys(keys, length) {
    if (length === 0) return;
    let minKey = keys[0];
    let maxKey = minKey;
    for (let i = 1; i < length; i++) {
      const key = keys[i];
      if (key < minKey) minKey = key;
      else if (key > maxKey) maxKey = key;
    }
    const range = maxKey - minKey + 1;
    if (range > 16 * length + 1024) {
      this.mergeBins(keys.subarray(0, length).sort(), void 0, length);
      return;
    }
    if (countScratch.length < range)
      countScratch = new Float64Array(Math.max(range, countScratch.length * 2));
    if (distinctKeys.length < length) {
      distinctKeys = new Int32Array(Math.max(length, distinctKeys.length * 2));
      distinctCounts = new Float64Array(distinctKeys.length);
    }
    const counts = countScratch;
    for (let i = 0; i < length; i++) counts[keys[i] - minKey]++;
    let distinct = 0;
    for (let i = 0; i < range; i++) {
      const c = counts[i];
      if (c > 0) {
        distinctKeys[distinct] = i + minKey;
        distinctCounts[distinct++] = c;
        counts[i] = 0;
      }
    }
    this.mergeBins(distinctKeys, distinctCounts, distinct);
  }
  /** Adds the keys `record` kept aside to the bins: every method that reads the bins calls this first. */
  settle() {
    this.addKeys(this.unsettled, this.unsettledCount);
    this.unsettledCount = 0;
  }
  /** Adds every value of `other` to this histogram. */
  merge(other) {
    if (other.n === 0) return this;
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
  static merged(histograms) {
    const out = new _LatencyHistogram();
    let minKey = Number.POSITIVE_INFINITY;
    let maxKey = Number.NEGATIVE_INFINITY;
    for (const h of histograms) {
      out.addTotals(h);
      if (h.size > 0) {
        if (h.keys[0] < minKey) minKey = h.keys[0];
        if (h.keys[h.size - 1] > maxKey) maxKey = h.keys[h.size - 1];
      }
    }
    if (minKey > maxKey) return out;
    const dense = new Float64Array(maxKey - minKey + 1);
    for (const h of histograms) h.addInto(dense, minKey);
    out.takeDense(dense, minKey);
    return out;
  }
  /** Adds the count, zeros, sum, min and max of `h` (settled first) to this histogram's (not its bins). */
  addTotals(h) {
    h.settle();
    this.n += h.n;
    this.zeros += h.zeros;
    this.total += h.total;
    if (h.lo < this.lo) this.lo = h.lo;
    if (h.hi > this.hi) this.hi = h.hi;
  }
  /** Adds this histogram's bin counts into `dense`, whose index 0 is bin `minKey`. */
  addInto(dense, minKey) {
    const keys = this.keys;
    const counts = this.counts;
    for (let i = 0; i < this.size; i++) dense[keys[i] - minKey] += counts[i];
  }
  /** Takes the non-empty bins of `dense` (index 0 is bin `minKey`) as this empty histogram's bins. */
  takeDense(dense, minKey) {
    let size = 0;
    for (let i = 0; i < dense.length; i++) if (dense[i] > 0) size++;
    this.keys = new Int32Array(size);
    this.counts = new Float64Array(size);
    for (let i = 0, j = 0; i < dense.length; i++) {
      if (dense[i] > 0) {
        this.keys[j] = i + minKey;
        this.counts[j++] = dense[i];
      }
    }
    this.size = size;
  }
  clone() {
    this.settle();
    const h = new _LatencyHistogram();
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
  valueAtRank(rank) {
    if (this.n === 0) return Number.NaN;
    this.settle();
    if (rank < this.zeros || this.size === 0) return Math.min(this.hi, Math.max(this.lo, 0));
    const r = rank - this.zeros;
    let running = 0;
    let i = 0;
    for (; i < this.size - 1; i++) {
      running += this.counts[i];
      if (running > r) break;
    }
    return Math.min(this.hi, Math.max(this.lo, binValue(this.keys[i])));
  }
  /**
   * Quantile `p` (0..1) the way k6 computes it: sort, then interpolate linearly at i = p·(n−1).
   * Matching k6's rule keeps our P99 comparable with the figure users see in k6's own summary.
   */
  quantile(p) {
    const i = p * (this.n - 1);
    const lo = Math.floor(i);
    const lower = this.valueAtRank(lo);
    if (i === lo) return lower;
    return lower + (this.valueAtRank(lo + 1) - lower) * (i - lo);
  }
  /** Calls `fn` for every non-empty bin in ascending order with its representative value and count. */
  forEachBin(fn) {
    this.settle();
    if (this.zeros > 0) fn(0, this.zeros);
    for (let i = 0; i < this.size; i++) fn(binValue(this.keys[i]), this.counts[i]);
  }
  toJSON() {
    this.settle();
    const b = [];
    let prev = 0;
    for (let i = 0; i < this.size; i++) {
      const key = this.keys[i];
      b.push(key - prev, this.counts[i]);
      prev = key;
    }
    return { n: this.n, min: this.min, max: this.max, sum: this.total, z: this.zeros, b };
  }
  static fromJSON(json) {
    const h = new _LatencyHistogram();
    let key = 0;
    for (let i = 0; i + 1 < json.b.length; i += 2) {
      key += json.b[i];
      h.add(key, json.b[i + 1]);
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
  add(key, count) {
    const size = this.size;
    if (size > 0 && key <= this.keys[size - 1]) {
      let lo = 0;
      let hi = size;
      while (lo < hi) {
        const mid = lo + hi >>> 1;
        if (this.keys[mid] < key) lo = mid + 1;
        else hi = mid;
      }
      if (this.keys[lo] === key) {
        this.counts[lo] += count;
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
  mergeBins(keys, counts, length) {
    const size = this.size;
    this.reserve(size + length);
    const ownKeys = this.keys;
    const ownCounts = this.counts;
    let i = size - 1;
    let j = length - 1;
    let w = size + length - 1;
    while (j >= 0) {
      const key = keys[j];
      let c = counts === void 0 ? 1 : counts[j];
      j--;
      if (counts === void 0) {
        while (j >= 0 && keys[j] === key) {
          c++;
          j--;
        }
      }
      while (i >= 0 && ownKeys[i] > key) {
        ownKeys[w] = ownKeys[i];
        ownCounts[w--] = ownCounts[i--];
      }
      if (i >= 0 && ownKeys[i] === key) c += ownCounts[i--];
      ownKeys[w] = key;
      ownCounts[w--] = c;
    }
    const gap = w - i;
    if (gap > 0) {
      ownKeys.copyWithin(i + 1, w + 1, size + length);
      ownCounts.copyWithin(i + 1, w + 1, size + length);
    }
    this.size = size + length - gap;
  }
  reserve(capacity) {
    if (capacity <= this.keys.length) return;
    const grown = Math.max(capacity, this.keys.length * 2);
    const { buffer, offset } = binSpace(grown);
    const counts = new Float64Array(buffer, offset, grown);
    const keys = new Int32Array(buffer, offset + grown * 8, grown);
    if (this.size > 0) {
      keys.set(this.keys.subarray(0, this.size));
      counts.set(this.counts.subarray(0, this.size));
    }
    this.keys = keys;
    this.counts = counts;
  }
};
var SLAB_BYTES = 1 << 18;
var slab = new ArrayBuffer(SLAB_BYTES);
var slabUsed = 0;
var space = { buffer: slab, offset: 0 };
function binSpace(capacity) {
  const bytes = capacity * 12 + 7 & ~7;
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

export {
  integerBinKey,
  LatencyHistogram
};
