import { ZERO } from './ascii.ts';

/**
 * RFC 3339 timestamps as k6 writes them (Go's RFC3339Nano: `2026-11-23T23:04:45.189147296Z`, trailing zeros of
 * the fraction trimmed, `Z` or a `±hh:mm` offset), parsed from bytes. Consecutive samples nearly always share
 * their second, so the `YYYY-MM-DDTHH:MM:SS` prefix is compared with the previous one and its epoch second is
 * reused; only a new second costs a `Date.UTC`.
 */

const PREFIX = 19; // YYYY-MM-DDTHH:MM:SS

export class Rfc3339Parser {
  /** epoch second (UTC) of the last parsed timestamp */
  second = 0;
  /** milliseconds within that second (fractional) */
  msInSecond = 0;
  /** the cached prefix as four little-endian words (bytes 0–15) and its last three bytes (the seconds) */
  private readonly cachedWords = new Int32Array(4);
  private readonly cachedTail = new Uint8Array(3);
  private cachedLocalSecond = 0;
  private hasCache = false;

  /**
   * Parses the timestamp whose first digit is at `p` and which must end with a `"` before `limit`. Returns the
   * index of that closing quote, or -1 when the bytes are not an RFC 3339 date-time.
   */
  parse(view: DataView, buf: Buffer, p: number, limit: number): number {
    // Stryker disable next-line ConditionalExpression,ArithmeticOperator: equivalent, a quick exit: a read past `limit` fails the closing quote's own check
    if (p + PREFIX + 2 > limit) return -1;
    const tail = this.cachedTail;
    const words = this.cachedWords;
    // the seconds change most often: compare them first
    // The cache only saves work: a mutant that makes it miss (a comparison false, a prefix never stored)
    // computes the same second afresh, so those are listed as equivalent.
    const same =
      // Stryker disable next-line ConditionalExpression: equivalent, the cache misses (above)
      buf[p + 18] === tail[2] &&
      buf[p + 17] === tail[1] &&
      buf[p + 16] === tail[0] &&
      view.getInt32(p + 12, true) === words[3] &&
      view.getInt32(p + 8, true) === words[2] &&
      view.getInt32(p + 4, true) === words[1] &&
      view.getInt32(p, true) === words[0] &&
      this.hasCache;
    if (!same && !this.cachePrefix(view, buf, p)) return -1;

    let i = p + PREFIX;
    let c = buf[i]!;
    let ms = 0;
    if (c === 0x2e) {
      let fraction = 0;
      let scale = 1;
      c = buf[++i]!;
      if (!(c >= ZERO && c <= 0x39)) return -1;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, digits read past `limit` end before a closing quote inside it
      while (c >= ZERO && c <= 0x39 && i < limit) {
        if (scale < 1e15) {
          fraction = fraction * 10 + (c - ZERO);
          scale *= 10;
        }
        c = buf[++i]!;
      }
      ms = (fraction * 1000) / scale;
    }
    let offsetSeconds = 0;
    if (c === 0x5a || c === 0x7a) {
      i++;
    } else if (c === 0x2b || c === 0x2d) {
      // Stryker disable next-line ConditionalExpression,ArithmeticOperator: equivalent for `i + 7 > limit`, an offset cut by `limit` fails the closing quote's check
      if (i + 7 > limit || buf[i + 3] !== 0x3a) return -1;
      const hh = twoDigits(buf, i + 1);
      const mm = twoDigits(buf, i + 4);
      if (hh < 0 || mm < 0 || hh > 23 || mm > 59) return -1;
      offsetSeconds = (c === 0x2d ? -1 : 1) * (hh * 3600 + mm * 60);
      i += 6;
    } else {
      return -1;
    }
    if (i >= limit || buf[i] !== 0x22) return -1;
    this.second = this.cachedLocalSecond - offsetSeconds;
    this.msInSecond = ms;
    return i;
  }

  private cachePrefix(view: DataView, buf: Buffer, p: number): boolean {
    const century = twoDigits(buf, p);
    const yearInCentury = twoDigits(buf, p + 2);
    const month = twoDigits(buf, p + 5);
    const day = twoDigits(buf, p + 8);
    const hour = twoDigits(buf, p + 11);
    const minute = twoDigits(buf, p + 14);
    const second = twoDigits(buf, p + 17);
    const t = buf[p + 10];
    if (
      buf[p + 4] !== 0x2d ||
      buf[p + 7] !== 0x2d ||
      (t !== 0x54 && t !== 0x74) ||
      buf[p + 13] !== 0x3a ||
      buf[p + 16] !== 0x3a ||
      century < 0 ||
      yearInCentury < 0 ||
      month < 1 ||
      month > 12 ||
      // Stryker disable next-line ConditionalExpression: equivalent, a day 0 or an hour past 23 moves the date to another day, which the day check below rejects
      day < 1 ||
      // Stryker disable next-line ConditionalExpression: equivalent (day check)
      day > 31 ||
      // Stryker disable next-line ConditionalExpression: equivalent (day check)
      hour < 0 ||
      // Stryker disable next-line ConditionalExpression: equivalent (day check)
      hour > 23 ||
      minute < 0 ||
      minute > 59 ||
      second < 0 ||
      second > 59
    ) {
      return false;
    }
    const date = new Date(0); // not Date.UTC: it maps years 0–99 to 1900–1999
    date.setUTCFullYear(century * 100 + yearInCentury, month - 1, day);
    date.setUTCHours(hour, minute, second, 0);
    if (date.getUTCDate() !== day) return false; // e.g. 2026-02-30
    this.cachedLocalSecond = date.getTime() / 1000;
    // Stryker disable next-line BooleanLiteral: equivalent, the cache misses (see parse)
    this.hasCache = true;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator,BooleanLiteral: equivalent, the cache misses (see parse)
    for (let k = 0; k < 4; k++) this.cachedWords[k] = view.getInt32(p + k * 4, true);
    this.cachedTail.set(buf.subarray(p + 16, p + PREFIX));
    return true;
  }
}

/** The two-digit decimal number at `p`, or -1. */
function twoDigits(buf: Buffer, p: number): number {
  const a = buf[p]! - ZERO;
  const b = buf[p + 1]! - ZERO;
  // Stryker disable next-line ConditionalExpression: equivalent for `a < 0` (a negative first digit makes the result negative anyway); the other three are tested
  if (a < 0 || a > 9 || b < 0 || b > 9) return -1;
  return a * 10 + b;
}
