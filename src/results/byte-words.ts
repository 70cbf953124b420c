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
  hash: number;
  first: BytePattern;
  second: BytePattern;
  value: T;
  next: SpanEntry<T> | undefined;
}

const NO_BYTES = new BytePattern(new Uint8Array(0));

/**
 * A map from byte spans (or pairs of spans, such as a JTL row's label and thread group) to values: a word-wise
 * hash picks the candidates from an array of chains, a word-wise comparison confirms the exact bytes, so a
 * lookup never allocates and never mistakes one span for another.
 */
export class SpanTable<T> {
  private slots: (SpanEntry<T> | undefined)[] = new Array(16).fill(undefined);
  size = 0;

  get(view: DataView, buf: Uint8Array, start: number, end: number): T | undefined {
    return this.getPair(view, buf, start, end, end, end);
  }

  /** The value of the bytes `[s1, e1)` followed by the bytes `[s2, e2)`, both of `buf`. */
  getPair(view: DataView, buf: Uint8Array, s1: number, e1: number, s2: number, e2: number): T | undefined {
    const h = pairHash(view, buf, s1, e1, s2, e2);
    let entry = this.slots[h & (this.slots.length - 1)];
    while (entry !== undefined) {
      if (
        // Stryker disable next-line ConditionalExpression: equivalent for `entry.hash === h` as true, the hash only narrows the entries whose bytes are compared below (the conditions joined with it are tested)
        entry.hash === h &&
        entry.first.length === e1 - s1 &&
        entry.second.length === e2 - s2 &&
        entry.first.matches(view, buf, s1, e1) &&
        entry.second.matches(view, buf, s2, e2)
      )
        return entry.value;
      entry = entry.next;
    }
    return undefined;
  }

  set(view: DataView, buf: Uint8Array, start: number, end: number, value: T): void {
    this.setPair(view, buf, start, end, end, end, value);
  }

  /**
   * Stores the pair beside any earlier entry of it (once the table has grown a lookup may find either): callers
   * set a pair after get missed it, or with the same value.
   */
  setPair(view: DataView, buf: Uint8Array, s1: number, e1: number, s2: number, e2: number, value: T): void {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent for `false` and `>`, growing later or never only lengthens the chains a lookup walks, with the same entries (see above on a pair set twice; `true` and `<` are tested)
    if (this.size >= this.slots.length) this.grow();
    const hash = pairHash(view, buf, s1, e1, s2, e2);
    const first = new BytePattern(buf.subarray(s1, e1));
    // Stryker disable next-line ConditionalExpression: equivalent for `false`, a new empty pattern matches as NO_BYTES does (`true` is tested)
    const second = s2 === e2 ? NO_BYTES : new BytePattern(buf.subarray(s2, e2));
    const slot = hash & (this.slots.length - 1);
    this.slots[slot] = { hash, first, second, value, next: this.slots[slot] };
    this.size++;
  }

  clear(): void {
    this.slots = new Array(16).fill(undefined);
    this.size = 0;
  }

  // Stryker disable next-line BlockStatement: equivalent, a table that never grows only walks longer chains, with the same entries (see setPair on a pair set twice)
  private grow(): void {
    const old = this.slots;
    this.slots = new Array(old.length * 2).fill(undefined);
    const mask = this.slots.length - 1;
    for (let entry of old) {
      while (entry !== undefined) {
        const next = entry.next;
        entry.next = this.slots[entry.hash & mask];
        this.slots[entry.hash & mask] = entry;
        entry = next;
      }
    }
  }
}

/** The hash of two spans of `buf`, mixed so that its low bits (the slot) depend on every byte. */
function pairHash(view: DataView, buf: Uint8Array, s1: number, e1: number, s2: number, e2: number): number {
  let h = spanHash(view, buf, s1, e1);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, mixing in the empty span's hash (0) or leaving out a second span's changes the hash alike in set and get, and it only picks the chain whose entries' bytes are compared
  if (e2 > s2) h = Math.imul(h ^ spanHash(view, buf, s2, e2), 0x5bd1e995);
  h ^= h >>> 13;
  h = Math.imul(h, 0x5bd1e995);
  return h ^ (h >>> 15);
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
