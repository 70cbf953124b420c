import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);

// src/results/byte-words.ts
var BytePattern = class {
  length;
  words;
  tail;
  constructor(bytes) {
    this.length = bytes.length;
    const n = bytes.length >>> 2;
    this.words = new Int32Array(n);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
    for (let k = 0; k < n; k++) this.words[k] = view.getInt32(k * 4, true);
    this.tail = Uint8Array.from(bytes.subarray(n * 4));
  }
  /** Whether the bytes at `p` (all before `limit`) are this pattern. `view` must be a view of `buf`. */
  matches(view, buf, p, limit) {
    if (p + this.length > limit) return false;
    const words = this.words;
    const n = words.length;
    for (let k = 0; k < n; k++) if (view.getInt32(p + k * 4, true) !== words[k]) return false;
    const tail = this.tail;
    const q = p + n * 4;
    for (let k = 0; k < tail.length; k++) if (buf[q + k] !== tail[k]) return false;
    return true;
  }
};
var NO_BYTES = new BytePattern(new Uint8Array(0));
var SpanTable = class {
  slots = new Array(16).fill(void 0);
  size = 0;
  get(view, buf, start, end) {
    return this.getPair(view, buf, start, end, end, end);
  }
  /** The value of the bytes `[s1, e1)` followed by the bytes `[s2, e2)`, both of `buf`. */
  getPair(view, buf, s1, e1, s2, e2) {
    const h = pairHash(view, buf, s1, e1, s2, e2);
    let entry = this.slots[h & this.slots.length - 1];
    while (entry !== void 0) {
      if (entry.hash === h && entry.first.length === e1 - s1 && entry.second.length === e2 - s2 && entry.first.matches(view, buf, s1, e1) && entry.second.matches(view, buf, s2, e2))
        return entry.value;
      entry = entry.next;
    }
    return void 0;
  }
  set(view, buf, start, end, value) {
    this.setPair(view, buf, start, end, end, end, value);
  }
  setPair(view, buf, s1, e1, s2, e2, value) {
    if (this.size >= this.slots.length) this.grow();
    const hash = pairHash(view, buf, s1, e1, s2, e2);
    const first = new BytePattern(buf.subarray(s1, e1));
    const second = s2 === e2 ? NO_BYTES : new BytePattern(buf.subarray(s2, e2));
    const slot = hash & this.slots.length - 1;
    this.slots[slot] = { hash, first, second, value, next: this.slots[slot] };
    this.size++;
  }
  clear() {
    this.slots = new Array(16).fill(void 0);
    this.size = 0;
  }
  grow() {
    const old = this.slots;
    this.slots = new Array(old.length * 2).fill(void 0);
    const mask = this.slots.length - 1;
    for (let entry of old) {
      while (entry !== void 0) {
        const next = entry.next;
        entry.next = this.slots[entry.hash & mask];
        this.slots[entry.hash & mask] = entry;
        entry = next;
      }
    }
  }
};
function pairHash(view, buf, s1, e1, s2, e2) {
  let h = spanHash(view, buf, s1, e1);
  if (e2 > s2) h = Math.imul(h ^ spanHash(view, buf, s2, e2), 1540483477);
  h ^= h >>> 13;
  h = Math.imul(h, 1540483477);
  return h ^ h >>> 15;
}
function spanHash(view, buf, start, end) {
  let h = end - start;
  let p = start;
  for (; p + 4 <= end; p += 4) {
    h = Math.imul(h ^ view.getInt32(p, true), 1540483477);
    h ^= h >>> 15;
  }
  for (; p < end; p++) h = Math.imul(h ^ buf[p], 1540483477);
  return h;
}

export {
  BytePattern,
  SpanTable,
  spanHash
};
