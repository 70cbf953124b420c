import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  BACKSLASH,
  DOT,
  MINUS,
  NINE,
  PLUS,
  QUOTE,
  ZERO
} from "./chunk-5EQLK7LG.js";

// src/results/byte-json.ts
var POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);
var MAX_EXACT_INT = 2 ** 53;
var numberOut = { value: 0 };
function scanNumber(buf, p, limit) {
  let i = p;
  let c = i < limit ? buf[i] : 0;
  const negative = c === MINUS;
  if (negative) c = ++i < limit ? buf[i] : 0;
  let mantissa = 0;
  let exponent = 0;
  if (c > ZERO && c <= NINE) {
    do {
      mantissa = mantissa * 10 + (c - ZERO);
      c = ++i < limit ? buf[i] : 0;
    } while (c >= ZERO && c <= NINE);
  } else if (c === ZERO) {
    c = ++i < limit ? buf[i] : 0;
  } else {
    return -1;
  }
  if (c === DOT) {
    const first = ++i;
    c = i < limit ? buf[i] : 0;
    while (c >= ZERO && c <= NINE) {
      mantissa = mantissa * 10 + (c - ZERO);
      exponent--;
      c = ++i < limit ? buf[i] : 0;
    }
    if (i === first) return -1;
  }
  if (c === 101 || c === 69) {
    c = ++i < limit ? buf[i] : 0;
    let expNegative = false;
    if (c === MINUS || c === PLUS) {
      expNegative = c === MINUS;
      c = ++i < limit ? buf[i] : 0;
    }
    const first = i;
    let e = 0;
    while (c >= ZERO && c <= NINE) {
      e = e * 10 + (c - ZERO);
      c = ++i < limit ? buf[i] : 0;
    }
    if (i === first) return -1;
    exponent += expNegative ? -e : e;
  }
  if (c !== 44 && c !== 125 && c !== 93) return -1;
  let value;
  if (mantissa < MAX_EXACT_INT && exponent >= -22 && exponent <= 22) {
    value = exponent < 0 ? mantissa / POW10[-exponent] : mantissa * POW10[exponent];
    if (negative) value = -value;
  } else {
    value = Number(buf.toString("latin1", p, i));
  }
  numberOut.value = value;
  return i;
}
var stringOut = { escaped: false };
function skipString(buf, p, limit) {
  if (buf[p] !== QUOTE) return -1;
  let escaped = false;
  for (let i = p + 1; i < limit; i++) {
    const c = buf[i];
    if (c === QUOTE) {
      stringOut.escaped = escaped;
      return i + 1;
    }
    if (c === BACKSLASH) {
      escaped = true;
      i++;
    } else if (c < 32) {
      return -1;
    }
  }
  return -1;
}
function skipValue(buf, p, limit) {
  const c = buf[p];
  if (c === QUOTE) return skipString(buf, p, limit);
  if (c === 123 || c === 91) {
    let depth = 0;
    for (let i = p; i < limit; i++) {
      const b = buf[i];
      if (b === QUOTE) {
        const end = skipString(buf, i, limit);
        if (end < 0) return -1;
        i = end - 1;
      } else if (b === 123 || b === 91) {
        depth++;
      } else if (b === 125 || b === 93) {
        if (--depth === 0) return i + 1;
      }
    }
    return -1;
  }
  if (c === 116) return matchBytes(buf, p, limit, TRUE) ? p + 4 : -1;
  if (c === 102) return matchBytes(buf, p, limit, FALSE) ? p + 5 : -1;
  if (c === 110) return matchBytes(buf, p, limit, NULL) ? p + 4 : -1;
  return scanNumber(buf, p, limit);
}
var TRUE = Buffer.from("true");
var FALSE = Buffer.from("false");
var NULL = Buffer.from("null");
function matchBytes(buf, p, limit, pattern) {
  const n = pattern.length;
  if (p + n > limit) return false;
  for (let i = 0; i < n; i++) if (buf[p + i] !== pattern[i]) return false;
  return true;
}

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
      if (
        // Stryker disable next-line ConditionalExpression: equivalent for `entry.hash === h` as true, the hash only narrows the entries whose bytes are compared below (the conditions joined with it are tested)
        entry.hash === h && entry.first.length === e1 - s1 && entry.second.length === e2 - s2 && entry.first.matches(view, buf, s1, e1) && entry.second.matches(view, buf, s2, e2)
      )
        return entry.value;
      entry = entry.next;
    }
    return void 0;
  }
  set(view, buf, start, end, value) {
    this.setPair(view, buf, start, end, end, end, value);
  }
  /**
   * Stores the pair beside any earlier entry of it (once the table has grown a lookup may find either): callers
   * set a pair after get missed it, or with the same value.
   */
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
  // Stryker disable next-line BlockStatement: equivalent, a table that never grows only walks longer chains, with the same entries (see setPair on a pair set twice)
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
  numberOut,
  scanNumber,
  stringOut,
  skipString,
  skipValue,
  matchBytes,
  BytePattern,
  SpanTable,
  spanHash
};
