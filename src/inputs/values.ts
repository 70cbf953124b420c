import { DURATION_EXAMPLES, durationSeconds } from '../duration.ts';
import { InputError } from './errors.ts';

/** A duration input ('30s', '2m', '1m30s', '500ms', or a bare number of seconds) → seconds. */
export function parseDuration(input: string, raw: string): number {
  const seconds = durationSeconds(raw);
  if (seconds === undefined) throw new InputError(input, `'${raw}' is not a duration; ${DURATION_EXAMPLES}`);
  return seconds;
}

/** Node's timers hold at most 2^31-1 ms (24.8 days); a longer delay would fire at once, not late. */
const MAX_TIME_LIMIT_SECONDS = 24 * 24 * 3600;

/** A time limit: a duration above 0 and at most 24 days. */
export function parseTimeLimit(input: string, raw: string): number {
  const seconds = parseDuration(input, raw);
  if (seconds <= 0 || seconds > MAX_TIME_LIMIT_SECONDS) {
    throw new InputError(input, `'${raw}' is not a time limit: give more than 0 and at most 24 days (576h)`);
  }
  return seconds;
}

export function parseInteger(input: string, raw: string, min: number, max: number): number {
  const text = raw.trim();
  const n = Number(text);
  if (!/^-?\d+$/.test(text) || n < min || n > max) {
    throw new InputError(input, `'${raw}' is not a whole number from ${min} to ${max}`);
  }
  return n;
}

/** '5%' → 0.05; '0.5pp' → 0.005 (percentage points, for rates). A bare number is refused as ambiguous. */
export function parsePercent(input: string, raw: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(%|pp)\s*$/.exec(raw);
  if (!m) throw new InputError(input, `'${raw}' is not a percentage; write e.g. 5% (or 0.5pp for a rate)`);
  return Number(m[1]) / 100;
}

/** '0.95' or '95%' → 0.95, strictly between 0 and 1. */
export function parseProbability(input: string, raw: string): number {
  const text = raw.trim();
  const value = text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
  // '' and '%' read as 0, refused with the other values outside (0, 1)
  if (!Number.isFinite(value) || value <= 0 || value >= 1) {
    throw new InputError(input, `'${raw}' is not a probability; write e.g. 0.95 or 95%`);
  }
  return value;
}

export function parseBoolean(input: string, raw: string): boolean {
  const text = raw.trim().toLowerCase();
  if (['true', 'yes', 'on', '1'].includes(text)) return true;
  if (['false', 'no', 'off', '0'].includes(text)) return false;
  throw new InputError(input, `'${raw}' is not a boolean; write true or false`);
}

export function parseChoice<T extends string>(input: string, raw: string, choices: readonly T[]): T {
  const text = raw.trim().toLowerCase();
  const found = choices.find((c) => c === text);
  if (found === undefined) {
    throw new InputError(input, `'${raw}' is not one of ${choices.join(', ')}`);
  }
  return found;
}

/** Non-empty, non-comment lines of a multiline input. */
export function meaningfulLines(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** Splits a command-line-like string into words, honouring single and double quotes. */
export function splitWords(input: string, raw: string): string[] {
  const words: string[] = [];
  let current = '';
  let quote: '"' | "'" | null = null;
  let started = false;
  for (const ch of raw) {
    if (quote !== null) {
      if (ch === quote) quote = null;
      else current += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      started = true;
    } else if (/\s/.test(ch)) {
      if (started) words.push(current);
      current = '';
      started = false;
    } else {
      current += ch;
      started = true;
    }
  }
  if (quote !== null) throw new InputError(input, `unbalanced ${quote} quote in '${raw}'`);
  if (started) words.push(current);
  return words;
}
