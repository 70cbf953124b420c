import { BACKSLASH, DOT, MINUS, NINE, PLUS, QUOTE, ZERO } from './ascii.ts';

/**
 * JSON tokens read straight from bytes, for the hot path of the k6 reader: no string is created unless a value
 * is actually needed. Every function returns -1 (or false) on anything it does not fully understand, and the
 * caller then falls back to `JSON.parse`, which also produces the precise error message.
 */

/** 10^0 … 10^22: exactly representable doubles (the Clinger fast path for decimal → double). */
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);
const MAX_EXACT_INT = 2 ** 53;

/** The result of the last `scanNumber` call (an object field avoids allocating per call). */
export const numberOut = { value: 0 };

/**
 * Reads the JSON number starting at `p` (before `limit`); stores it in `numberOut.value` and returns the index
 * after it, or -1 when the bytes are not a JSON number followed by `,`, `}` or `]`. The value is the correctly
 * rounded double, exactly what `JSON.parse` gives: digits and exponent are combined exactly when both fit
 * (mantissa < 2^53, |exponent| ≤ 22), otherwise the text goes through `Number()`.
 */
export function scanNumber(buf: Buffer, p: number, limit: number): number {
  let i = p;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, a first byte read at or past the limit needs a byte after it, read as 0 past the limit, so -1 either way
  let c = i < limit ? buf[i]! : 0;
  const negative = c === MINUS;
  // Stryker disable next-line EqualityOperator: equivalent, a digit read at the limit after '-' needs a byte after it, read as 0 past the limit, so -1 either way
  if (negative) c = ++i < limit ? buf[i]! : 0;
  let mantissa = 0;
  let exponent = 0;
  if (c > ZERO && c <= NINE) {
    do {
      mantissa = mantissa * 10 + (c - ZERO);
      c = ++i < limit ? buf[i]! : 0;
    } while (c >= ZERO && c <= NINE);
  } else if (c === ZERO) {
    c = ++i < limit ? buf[i]! : 0;
  } else {
    return -1;
  }
  if (c === DOT) {
    const first = ++i;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, a digit read at the limit after '.' needs a byte after it, read as 0 past the limit, so -1 either way
    c = i < limit ? buf[i]! : 0;
    while (c >= ZERO && c <= NINE) {
      mantissa = mantissa * 10 + (c - ZERO);
      exponent--;
      c = ++i < limit ? buf[i]! : 0;
    }
    if (i === first) return -1;
  }
  if (c === 0x65 || c === 0x45) {
    // Stryker disable next-line EqualityOperator: equivalent, a sign or digit read at the limit after 'e' needs a byte after it, read as 0 past the limit, so -1 either way
    c = ++i < limit ? buf[i]! : 0;
    let expNegative = false;
    if (c === MINUS || c === PLUS) {
      expNegative = c === MINUS;
      // Stryker disable next-line EqualityOperator: equivalent, a digit read at the limit after the exponent's sign needs a byte after it, read as 0 past the limit, so -1 either way
      c = ++i < limit ? buf[i]! : 0;
    }
    const first = i;
    let e = 0;
    while (c >= ZERO && c <= NINE) {
      e = e * 10 + (c - ZERO);
      c = ++i < limit ? buf[i]! : 0;
    }
    if (i === first) return -1;
    exponent += expNegative ? -e : e;
  }
  if (c !== 0x2c && c !== 0x7d && c !== 0x5d) return -1;
  let value: number;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,UnaryOperator: equivalent, narrowing the fast path only sends more numbers through Number(), which gives the same double (tests cover the widenings)
  if (mantissa < MAX_EXACT_INT && exponent >= -22 && exponent <= 22) {
    // Stryker disable next-line EqualityOperator: equivalent, at exponent 0 dividing by 10^0 gives the mantissa, as multiplying by it does
    value = exponent < 0 ? mantissa / POW10[-exponent]! : mantissa * POW10[exponent]!;
    if (negative) value = -value;
  } else {
    value = Number(buf.toString('latin1', p, i));
  }
  numberOut.value = value;
  return i;
}

/** Whether the string of the last `skipString` call held a backslash escape (its bytes are then not its value). */
// Stryker disable next-line BooleanLiteral: equivalent, it is read only after a skipString that found the closing quote, which sets it
export const stringOut = { escaped: false };

/** Skips the JSON string whose opening quote is at `p`; returns the index after the closing quote, or -1. */
export function skipString(buf: Buffer, p: number, limit: number): number {
  if (buf[p] !== QUOTE) return -1;
  let escaped = false;
  for (let i = p + 1; i < limit; i++) {
    const c = buf[i]!;
    if (c === QUOTE) {
      stringOut.escaped = escaped;
      return i + 1;
    }
    if (c === BACKSLASH) {
      escaped = true;
      i++;
    } else if (c < 0x20) {
      return -1;
    }
  }
  return -1;
}

/**
 * Skips any JSON value at `p` (no whitespace, as k6 writes it); returns the index after it, or -1. Nested
 * objects and arrays are skipped by bracket depth, strings by `skipString`; the caller only needs the extent.
 */
export function skipValue(buf: Buffer, p: number, limit: number): number {
  const c = buf[p];
  if (c === QUOTE) return skipString(buf, p, limit);
  if (c === 0x7b || c === 0x5b) {
    let depth = 0;
    for (let i = p; i < limit; i++) {
      const b = buf[i]!;
      if (b === QUOTE) {
        const end = skipString(buf, i, limit);
        // Stryker disable next-line EqualityOperator: equivalent, skipString returns -1 or the index after a closing quote, never 0
        if (end < 0) return -1;
        i = end - 1;
      } else if (b === 0x7b || b === 0x5b) {
        depth++;
      } else if (b === 0x7d || b === 0x5d) {
        if (--depth === 0) return i + 1;
      }
    }
    return -1;
  }
  if (c === 0x74) return matchBytes(buf, p, limit, TRUE) ? p + 4 : -1;
  if (c === 0x66) return matchBytes(buf, p, limit, FALSE) ? p + 5 : -1;
  if (c === 0x6e) return matchBytes(buf, p, limit, NULL) ? p + 4 : -1;
  return scanNumber(buf, p, limit);
}

const TRUE = Buffer.from('true');
const FALSE = Buffer.from('false');
const NULL = Buffer.from('null');

/** Whether the bytes at `p` equal `pattern` (all of it before `limit`). */
export function matchBytes(buf: Buffer, p: number, limit: number, pattern: Uint8Array): boolean {
  const n = pattern.length;
  if (p + n > limit) return false;
  for (let i = 0; i < n; i++) if (buf[p + i] !== pattern[i]) return false;
  return true;
}
