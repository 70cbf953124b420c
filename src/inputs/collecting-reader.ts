import type { InputName } from '../constants.ts';
import { InputError } from './errors.ts';

/**
 * Reads raw inputs and parses them, collecting each problem instead of stopping at the first, so a user fixes
 * every input in one go. An invalid input reads as its fallback; the problem is kept in `problems`.
 */
export interface CollectingReader {
  readonly problems: string[];
  /** How a message names an input: the Action's `input 'x'` or the CLI's `--x`. */
  label(input: string): string;
  /** The input trimmed ('' when not given). */
  raw(name: InputName): string;
  /** The input trimmed, or undefined when empty. */
  optional(name: InputName): string | undefined;
  /** The input parsed, or `fallback` when it is empty or invalid (then the problem is recorded). */
  read<T>(name: InputName, parse: (raw: string) => T, fallback: T): T;
  /** An http(s) URL without trailing slashes, or undefined. */
  url(name: InputName): string | undefined;
  /** Records a problem with `input`. */
  problem(input: string, text: string): void;
}

export function collectingReader(
  getInput: (name: InputName) => string,
  label: (input: string) => string,
): CollectingReader {
  const problems: string[] = [];
  const problem = (input: string, text: string) => {
    problems.push(`${label(input)}: ${text}`);
  };
  const read = <T>(name: InputName, parse: (raw: string) => T, fallback: T): T => {
    const raw = getInput(name).trim();
    if (raw === '') return fallback;
    try {
      return parse(raw);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problem(error.input, error.problem);
      return fallback;
    }
  };
  return {
    problems,
    label,
    raw: (name) => getInput(name).trim(),
    optional: (name) => getInput(name).trim() || undefined,
    read,
    url: (name) =>
      read<string | undefined>(
        name,
        (raw) => {
          if (!/^https?:\/\/[^\s]+$/.test(raw)) throw new InputError(name, `'${raw}' is not an http(s) URL`);
          return raw.replace(/\/+$/, '');
        },
        undefined,
      ),
    problem,
  };
}
