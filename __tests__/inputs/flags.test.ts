import { describe, expect, it } from 'vitest';
import { Inputs } from '../../src/constants.ts';
import { COMPARE_FLAGS, COMPARE_HELP } from '../../src/inputs/compare-flags.ts';
import { flagLabels, inputGetter, parseFlags, requireOne, UsageError } from '../../src/inputs/flags.ts';
import { GATE_FLAGS, GATE_FLAGS_HELP } from '../../src/inputs/gate-flags.ts';
import { RUN_FLAGS, RUN_HELP } from '../../src/inputs/run-flags.ts';

describe('parseFlags', () => {
  it('reads strings, booleans, repeatable flags, short names and positionals', () => {
    const parsed = parseFlags(
      [
        'script.js',
        '--runs',
        '5',
        '-e',
        'A=1',
        '--env',
        'B=2',
        '--json',
        '-o',
        'out',
        '--tolerance',
        'p99=10%',
      ],
      RUN_FLAGS,
    );
    expect(parsed.positionals).toEqual(['script.js']);
    expect(parsed.values).toEqual({
      runs: '5',
      env: ['A=1', 'B=2'],
      json: true,
      out: 'out',
      tolerance: ['p99=10%'],
    });
    expect(parseFlags(['-h'], RUN_FLAGS).values).toEqual({ help: true });
  });

  it('a flag given twice that is not repeatable keeps the last value', () => {
    expect(parseFlags(['--runs', '3', '--runs', '4'], RUN_FLAGS).values).toEqual({ runs: '4' });
  });

  it('an unknown flag or a missing value is a usage error in plain words', () => {
    expect(() => parseFlags(['--nope'], RUN_FLAGS)).toThrow(UsageError);
    expect(() => parseFlags(['--nope'], RUN_FLAGS)).toThrow(/^Unknown option '--nope'\. /);
    expect(() => parseFlags(['--runs'], RUN_FLAGS)).toThrow(/^Option '--runs <value>' argument missing$/);
  });
});

describe('inputGetter', () => {
  const getter = (argv: string[], fixed = {}) => inputGetter(parseFlags(argv, RUN_FLAGS), RUN_FLAGS, fixed);

  it('reads each flag as the action input it feeds, repeated flags joined by newlines', () => {
    const get = getter([
      ...['--runs', '5', '--tolerance', 'p99=10%', '--tolerance', 'p95=5%', '--k6', '/bin/k6'],
      ...['--slo', 'p99 < 300ms', '--slo', 'error_rate < 1%'],
    ]);
    expect(get(Inputs.Slos)).toBe('p99 < 300ms\nerror_rate < 1%');
    expect(get(Inputs.Runs)).toBe('5');
    expect(get(Inputs.Tolerances)).toBe('p99=10%\np95=5%');
    expect(get(Inputs.K6Path)).toBe('/bin/k6');
    expect(get(Inputs.Engine)).toBe('');
  });

  it('fixed values win over flags; flags that feed no input are not inputs', () => {
    const get = getter(['--design', 'cached', '--out', 'dir', '--baseline', 'b.json'], {
      [Inputs.Design]: 'same-job',
    });
    expect(get(Inputs.Design)).toBe('same-job');
    expect(get(Inputs.Results)).toBe('');
    expect(get('baseline' as never)).toBe('');
    expect(get('out' as never)).toBe('');
  });

  it('a boolean flag that feeds an input reads as "true"', () => {
    const specs = { 'strict-environment': { boolean: true } };
    const get = inputGetter(parseFlags(['--strict-environment'], specs), specs);
    expect(get(Inputs.StrictEnvironment)).toBe('true');
  });
});

describe('flagLabels', () => {
  it('names an input by the flag that feeds it, or by its own name when no flag does', () => {
    const label = flagLabels(RUN_FLAGS);
    expect(label(Inputs.Runs)).toBe('--runs');
    expect(label(Inputs.K6Path)).toBe('--k6');
    expect(label(Inputs.Tolerances)).toBe('--tolerance');
    expect(label(Inputs.Slos)).toBe('--slo');
    expect(label(Inputs.JmeterPath)).toBe('--jmeter');
    expect(label(Inputs.LocustPath)).toBe('--locust');
    expect(label(Inputs.HistorySize)).toBe('--history-size');
    expect(flagLabels(COMPARE_FLAGS)(Inputs.Tolerances)).toBe('--tolerance');
  });
});

describe('requireOne', () => {
  it('wants exactly one positional, and says what it got otherwise', () => {
    expect(requireOne({ values: {}, positionals: ['a.js'] }, 'script')).toBe('a.js');
    expect(() => requireOne({ values: {}, positionals: [] }, 'script')).toThrow(
      new UsageError('expected one script, got none'),
    );
    expect(() => requireOne({ values: {}, positionals: ['a.js', 'b.js'] }, 'script')).toThrow(
      new UsageError('expected one script, got a.js b.js'),
    );
  });
});

describe("each command's flags", () => {
  it('are all explained by its --help', () => {
    for (const [specs, help] of [
      [RUN_FLAGS, RUN_HELP],
      [COMPARE_FLAGS, COMPARE_HELP],
      [GATE_FLAGS, GATE_FLAGS_HELP],
    ] as const) {
      for (const flag of Object.keys(specs)) {
        if (flag !== 'help') expect(help).toMatch(new RegExp(`--${flag}\\b`));
      }
    }
    expect(RUN_HELP).toContain(GATE_FLAGS_HELP);
    expect(COMPARE_HELP).toContain(GATE_FLAGS_HELP);
    expect(RUN_HELP).toMatch(/^Usage: perf-gate run SCRIPT/);
    expect(COMPARE_HELP).toMatch(/^Usage: perf-gate compare BASELINE CANDIDATE/);
  });
});
