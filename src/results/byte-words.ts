/**
 * Byte comparisons four bytes at a time through a DataView, which V8 compiles to plain unaligned loads: the
 * reader's hot path compares fixed line fragments and looks up repeated byte spans (tag objects) this way
 * instead of making strings.
 */

/** A fixed byte sequence, pre-split into little-endian 32-bit words plus a tail of up to 3 bytes. */
export class BytePattern {
  readonly length: number;
  private readonly words: Int32Array;
  private readonly tail: Uint8Array;

  constructor(bytes: Uint8Array) {
    this.length = bytes.length;
    const n = bytes.length >>> 2;
    this.words = new Int32Array(n);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
    for (let k = 0; k < n; k++) this.words[k] = view.getInt32(k * 4, true);
    this.tail = Uint8Array.from(bytes.subarray(n * 4)); // a copy: `bytes` may be a view of a reused buffer
  }

  /** Whether the bytes at `p` (all before `limit`) are this pattern. `view` must be a view of `buf`. */
  matches(view: DataView, buf: Uint8Array, p: number, limit: number): boolean {
    if (p + this.length > limit) return false;
    const words = this.words;
    const n = words.length;
    for (let k = 0; k < n; k++) if (view.getInt32(p + k * 4, true) !== words[k]) return false;
    const tail = this.tail;
    const q = p + n * 4;
    for (let k = 0; k < tail.length; k++) if (buf[q + k] !== tail[k]) return false;
    return true;
  }
}

interface SpanEntry<T> {
  pattern: BytePattern;
  value: T;
  next: SpanEntry<T> | undefined;
}

/**
 * A map from byte spans to values: a word-wise hash picks the candidates, a word-wise comparison confirms the
 * exact bytes, so a lookup never allocates and never mistakes one span for another.
 */
export class SpanTable<T> {
  private readonly buckets = new Map<number, SpanEntry<T>>();
  size = 0;

  get(view: DataView, buf: Uint8Array, start: number, end: number): T | undefined {
    let entry = this.buckets.get(spanHash(view, buf, start, end));
    while (entry !== undefined) {
      if (entry.pattern.length === end - start && entry.pattern.matches(view, buf, start, end))
        return entry.value;
      entry = entry.next;
    }
    return undefined;
  }

  set(view: DataView, buf: Uint8Array, start: number, end: number, value: T): void {
    const h = spanHash(view, buf, start, end);
    const pattern = new BytePattern(buf.subarray(start, end));
    this.buckets.set(h, { pattern, value, next: this.buckets.get(h) });
    this.size++;
  }

  clear(): void {
    this.buckets.clear();
    this.size = 0;
  }
}

/** A 32-bit hash of the bytes `[start, end)`, read four at a time. */
export function spanHash(view: DataView, buf: Uint8Array, start: number, end: number): number {
  let h = end - start;
  let p = start;
  for (; p + 4 <= end; p += 4) {
    h = Math.imul(h ^ view.getInt32(p, true), 0x5bd1e995);
    h ^= h >>> 15;
  }
  for (; p < end; p++) h = Math.imul(h ^ buf[p]!, 0x5bd1e995);
  return h;
}
