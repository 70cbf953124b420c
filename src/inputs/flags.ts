import { parseArgs } from 'node:util';
import { type InputName, Inputs } from '../constants.ts';

/** How the CLI names a setting in messages: its flag, e.g. `--runs`, `--tolerance` for the input tolerances. */
export function flagLabels(specs: Record<string, FlagSpec>): (input: string) => string {
  return (input) =>
    `--${Object.entries(specs).find(([flag, spec]) => (spec.input ?? flag) === input)?.[0] ?? input}`;
}

/** A command's flags: each maps to the action input of the same name, so both faces validate alike. */
export interface FlagSpec {
  /** repeatable flags are joined with newlines, like a multiline action input */
  multiple?: boolean;
  boolean?: boolean;
  /** the action input it feeds, when named differently (e.g. --tolerance → tolerances) */
  input?: InputName;
  short?: string;
}

export class UsageError extends Error {}

export interface ParsedFlags {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export function parseFlags(argv: string[], specs: Record<string, FlagSpec>): ParsedFlags {
  const options = Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => [
      name,
      {
        type: spec.boolean ? ('boolean' as const) : ('string' as const),
        multiple: spec.multiple ?? false,
        ...(spec.short ? { short: spec.short } : {}),
      },
    ]),
  );
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: values as ParsedFlags['values'], positionals };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** An action-input getter over parsed flags: `--tolerance a --tolerance b` reads as the input "a\nb". */
export function inputGetter(
  flags: ParsedFlags,
  specs: Record<string, FlagSpec>,
  fixed: Partial<Record<InputName, string>> = {},
): (name: InputName) => string {
  const byInput = new Map<InputName, string>();
  for (const [flag, spec] of Object.entries(specs)) {
    const input = spec.input ?? (Object.values(Inputs) as string[]).find((i) => i === flag);
    const value = flags.values[flag];
    // Stryker disable next-line ConditionalExpression: equivalent, a value kept under no input name is never looked up
    if (input === undefined) continue;
    if (value === undefined) continue;
    byInput.set(input as InputName, Array.isArray(value) ? value.join('\n') : String(value));
  }
  return (name) => fixed[name] ?? byInput.get(name) ?? '';
}

export function requireOne(flags: ParsedFlags, what: string): string {
  if (flags.positionals.length !== 1) {
    throw new UsageError(
      `expected one ${what}, got ${flags.positionals.length === 0 ? 'none' : flags.positionals.join(' ')}`,
    );
  }
  return flags.positionals[0]!;
}
