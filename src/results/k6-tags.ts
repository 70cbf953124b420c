import { matchBytes, skipString, skipValue, stringOut } from './byte-json.ts';
import { BytePattern, spanHash } from './byte-words.ts';
import type { RequestTags } from './run-accumulator.ts';

/**
 * Finds, in the bytes of a k6 `tags` object, the few tags that identify a request series, and looks their
 * combination up without making strings: only a combination never seen before is decoded. Every other tag
 * (url when a name exists, status, proto, error_code, …) is skipped over as bytes, so unique URLs behind one
 * `name` tag cost no allocation.
 */

/**
 * The tags the reader uses (its `RequestTags`, as k6 names them); a tag's index into the span arrays is its
 * place in this list.
 */
const TAG_KEYS = ['scenario', 'group', 'method', 'name', 'url', 'expected_response'] as const;
const TAG_COUNT = TAG_KEYS.length;
const TAG_NAME = TAG_KEYS.indexOf('name');
const TAG_URL = TAG_KEYS.indexOf('url');
const KEYS = TAG_KEYS.map((key) => Buffer.from(key));
const COMBINATION_LIMIT = 50_000;

interface Combination<T> {
  /** the raw value bytes of each used tag, undefined when absent */
  values: (BytePattern | undefined)[];
  result: T;
  next: Combination<T> | undefined;
}

export class TagScanner<T> {
  /**
   * value span of each used tag: first byte after the opening quote … closing quote; -1 when absent. A value
   * starts after `{"url":"` at least, never at 0, so `s < 0` and `s <= 0` agree (as do `>= 0` and `> 0`): those
   * mutants are listed as equivalent where they occur, the other comparisons are tested.
   */
  private readonly start = new Int32Array(TAG_COUNT);
  private readonly end = new Int32Array(TAG_COUNT);
  /** whether the value holds a backslash escape (then it must be JSON-decoded) */
  private readonly escaped = new Uint8Array(TAG_COUNT);
  private readonly combinations = new Map<number, Combination<T>>();

  /**
   * Scans the `tags` value at `p`: an object of string values, or `null` as very old k6 wrote for untagged
   * samples. Returns the index after it, or -1 when it is anything else (the caller then uses `JSON.parse`).
   */
  scan(buf: Buffer, p: number, limit: number): number {
    this.start.fill(-1);
    if (buf[p] === 0x6e) return skipValue(buf, p, limit);
    if (buf[p] !== 0x7b) return -1;
    let i = p + 1;
    if (buf[i] === 0x7d) return i + 1;
    for (;;) {
      const keyEnd = skipString(buf, i, limit);
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent for `keyEnd < 0` (false, `<=`), skipString never gives 0 and at -1 buf[-1] is no colon; the rest is tested
      if (keyEnd < 0 || buf[keyEnd] !== 0x3a) return -1;
      const which = stringOut.escaped ? -1 : tagIndex(buf, i + 1, keyEnd - 1);
      const valueStart = keyEnd + 1;
      const valueEnd = skipString(buf, valueStart, limit);
      // Stryker disable next-line EqualityOperator: equivalent for `valueEnd <= 0`, skipString never gives 0 (`>=` is tested)
      if (valueEnd < 0) return -1;
      // Stryker disable next-line ConditionalExpression: equivalent for `true`, writes at index -1 of a typed array are ignored (`false` is tested)
      if (which >= 0) {
        this.start[which] = valueStart + 1;
        this.end[which] = valueEnd - 1;
        this.escaped[which] = stringOut.escaped ? 1 : 0;
      }
      const c = buf[valueEnd];
      if (c === 0x7d) return valueEnd + 1;
      if (c !== 0x2c) return -1;
      i = valueEnd + 1;
    }
  }

  /**
   * The result for the used tags of the last scan: looked up by their bytes, or made by `create` from their
   * decoded values the first time this combination is seen. `url` counts only when there is no `name`.
   */
  resolve(view: DataView, buf: Buffer, create: (tags: RequestTags) => T): T {
    // Stryker disable next-line EqualityOperator: equivalent for `> 0`, a start is never 0 (see `start`)
    if (this.start[TAG_NAME]! >= 0) this.start[TAG_URL] = -1;
    let h = 0;
    // Stryker disable next-line EqualityOperator: equivalent for `<=`, a 7th slot hashes as NaN, which XORs as 0: every hash gets one more multiplication by the odd constant, the same buckets renumbered
    for (let t = 0; t < TAG_COUNT; t++) {
      const s = this.start[t]!;
      // Stryker disable next-line EqualityOperator: equivalent for `s <= 0`, a start is never 0 (see `start`)
      h = Math.imul(h ^ (s < 0 ? t : spanHash(view, buf, s, this.end[t]!)), 0x5bd1e995);
    }
    for (let c = this.combinations.get(h); c !== undefined; c = c.next) {
      if (this.sameValues(c.values, view, buf)) return c.result;
    }
    const decoded: (string | undefined)[] = [];
    const values: (BytePattern | undefined)[] = [];
    // Stryker disable next-line EqualityOperator: equivalent for `<=`, a 7th slot is decoded and kept but never read (six are taken below and compared in sameValues)
    for (let t = 0; t < TAG_COUNT; t++) {
      const s = this.start[t]!;
      const e = this.end[t]!;
      decoded.push(this.value(buf, t));
      // Stryker disable next-line EqualityOperator: equivalent for `s <= 0`, a start is never 0 (see `start`)
      values.push(s < 0 ? undefined : new BytePattern(buf.subarray(s, e)));
    }
    const [scenario, group, method, name, url, expectedResponse] = decoded; // in TAG_KEYS' order
    const result = create({ scenario, group, method, name, url, expectedResponse });
    if (this.combinations.size >= COMBINATION_LIMIT) this.combinations.clear(); // bounded whatever the input
    this.combinations.set(h, { values, result, next: this.combinations.get(h) });
    return result;
  }

  private sameValues(values: (BytePattern | undefined)[], view: DataView, buf: Buffer): boolean {
    // Stryker disable next-line EqualityOperator: equivalent for `<=`, a 7th slot is absent in both (undefined), never a difference
    for (let t = 0; t < TAG_COUNT; t++) {
      const s = this.start[t]!;
      const v = values[t];
      if (
        v === undefined
          ? // Stryker disable next-line EqualityOperator: equivalent for `s > 0`, a start is never 0 (see `start`)
            s >= 0
          : // Stryker disable next-line EqualityOperator: equivalent for `s <= 0`, a start is never 0 (see `start`)
            s < 0 || v.length !== this.end[t]! - s || !v.matches(view, buf, s, this.end[t]!)
      ) {
        return false;
      }
    }
    return true;
  }

  /** Whether the last scan found a `name` tag. */
  hasName(): boolean {
    // Stryker disable next-line EqualityOperator: equivalent for `> 0`, a start is never 0 (see `start`)
    return this.start[TAG_NAME]! >= 0;
  }

  private value(buf: Buffer, which: number): string | undefined {
    const s = this.start[which]!;
    // Stryker disable next-line EqualityOperator: equivalent for `s <= 0`, a start is never 0 (see `start`)
    if (s < 0) return undefined;
    const e = this.end[which]!;
    return this.escaped[which]
      ? (JSON.parse(buf.toString('utf8', s - 1, e + 1)) as string)
      : buf.toString('utf8', s, e);
  }
}

function tagIndex(buf: Buffer, start: number, end: number): number {
  const length = end - start;
  for (let index = 0; index < TAG_COUNT; index++) {
    const key = KEYS[index]!;
    if (key.length === length && matchBytes(buf, start, end, key)) return index;
  }
  return -1;
}

const URL_KEY = Buffer.from(',"url":');

/**
 * Where the tags text `buf[start, end)` (ending with `}`) holds its `url` tag as the last one: the index of
 * the `,` before `"url":`, or -1. k6 sorts tags and `url` comes last among its system tags, so a cache keyed by
 * the text before it serves every URL behind one `name` tag. -1 as well when the value holds an escape.
 */
export function urlTagStart(buf: Buffer, start: number, end: number): number {
  if (buf[end - 1] !== 0x7d || buf[end - 2] !== 0x22) return -1;
  let k = end - 3;
  // Stryker disable next-line EqualityOperator: equivalent for `k >= start`, a loop that reaches `start` leaves a key that would start before the text: -1 either way
  for (; k > start; k--) {
    const c = buf[k];
    if (c === 0x22) break;
    if (c === 0x5c) return -1;
  }
  const keyStart = k - URL_KEY.length;
  return keyStart > start && matchBytes(buf, keyStart, end, URL_KEY) ? keyStart : -1;
}
