import { describe, expect, it } from 'vitest';
import { Inputs } from '../../src/constants.ts';
import { collectingReader } from '../../src/inputs/collecting-reader.ts';
import { InputError } from '../../src/inputs/errors.ts';

const readerOf = (inputs: Record<string, string>) =>
  collectingReader(
    (name) => inputs[name] ?? '',
    (input) => `--${input}`,
  );

describe('collectingReader', () => {
  it('reads inputs trimmed, empty as absent', () => {
    const reader = readerOf({ runs: ' 5 \n', engine: '  ' });
    expect(reader.raw(Inputs.Runs)).toBe('5');
    expect(reader.raw(Inputs.Engine)).toBe('');
    expect(reader.optional(Inputs.Runs)).toBe('5');
    expect(reader.optional(Inputs.Engine)).toBeUndefined();
    expect(reader.label('runs')).toBe('--runs');
  });

  it('parses a given input, and gives the fallback without calling the parser when it is empty', () => {
    const reader = readerOf({ runs: ' 5 ', engine: ' ' });
    const seen: string[] = [];
    const parse = (raw: string) => {
      seen.push(raw);
      return Number(raw);
    };
    expect(reader.read(Inputs.Runs, parse, 3)).toBe(5);
    expect(reader.read(Inputs.Engine, parse, 3)).toBe(3);
    expect(seen).toEqual(['5']);
    expect(reader.problems).toEqual([]);
  });

  it('collects every invalid input as a problem naming it, and reads it as the fallback', () => {
    const reader = readerOf({ runs: 'many', 'max-runs': 'lots' });
    const parse = (raw: string) => {
      throw new InputError(raw === 'many' ? Inputs.Runs : Inputs.MaxRuns, `'${raw}' is not a number`);
    };
    expect(reader.read(Inputs.Runs, parse, 3)).toBe(3);
    expect(reader.read(Inputs.MaxRuns, parse, 15)).toBe(15);
    reader.problem('seed', 'must be whole');
    expect(reader.problems).toEqual([
      "--runs: 'many' is not a number",
      "--max-runs: 'lots' is not a number",
      '--seed: must be whole',
    ]);
  });

  it('lets an error that is not an input error through', () => {
    const reader = readerOf({ runs: '5' });
    expect(() =>
      reader.read(
        Inputs.Runs,
        () => {
          throw new RangeError('a bug');
        },
        0,
      ),
    ).toThrow(RangeError);
    expect(reader.problems).toEqual([]);
  });

  it('reads http(s) URLs without trailing slashes, and names a bad one', () => {
    const reader = readerOf({
      'target-url': ' http://127.0.0.1:8080/api// ',
      'baseline-target-url': 'https://example.com',
      start: 'ftp://example.com',
      build: 'see http://example.com',
      ready: 'http://example.com/a b',
    });
    expect(reader.url(Inputs.TargetUrl)).toBe('http://127.0.0.1:8080/api');
    expect(reader.url(Inputs.BaselineTargetUrl)).toBe('https://example.com');
    expect(reader.url(Inputs.Engine)).toBeUndefined();
    expect(reader.url(Inputs.Start)).toBeUndefined();
    expect(reader.url(Inputs.Build)).toBeUndefined();
    expect(reader.url(Inputs.Ready)).toBeUndefined();
    expect(reader.problems).toEqual([
      "--start: 'ftp://example.com' is not an http(s) URL",
      "--build: 'see http://example.com' is not an http(s) URL",
      "--ready: 'http://example.com/a b' is not an http(s) URL",
    ]);
  });
});
