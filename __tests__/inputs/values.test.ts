import { describe, expect, it } from 'vitest';
import { InputError, InvalidInputsError } from '../../src/inputs/errors.ts';
import { selectorMatches } from '../../src/inputs/series-selector.ts';
import {
  meaningfulLines,
  parseBoolean,
  parseChoice,
  parseDuration,
  parseInteger,
  parsePercent,
  parseProbability,
  parseTimeLimit,
  splitWords,
} from '../../src/inputs/values.ts';

// Boundaries and exact messages of the input parsers, each value one a broken parser would get wrong.
describe('input value parsers at their boundaries', () => {
  it('names the error and the input', () => {
    const error = new InputError('runs', 'bad');
    expect(String(error)).toBe("InputError: input 'runs': bad");
    expect(error).toMatchObject({ input: 'runs', problem: 'bad' });
    expect(String(new InvalidInputsError(['a', 'b']))).toBe('InvalidInputsError: invalid inputs:\n- a\n- b');
  });

  it('durations: the message says what is accepted', () => {
    expect(() => parseDuration('warmup', '')).toThrow(
      "input 'warmup': '' is not a duration; write e.g. 30s, 2m, 1m30s or 500ms",
    );
  });

  it('time limits: above 0 and at most 24 days', () => {
    expect(parseTimeLimit('run-timeout', '576h')).toBe(576 * 3600);
    expect(parseTimeLimit('run-timeout', '1ms')).toBe(0.001);
    for (const raw of ['0s', '576h1s']) {
      expect(() => parseTimeLimit('run-timeout', raw)).toThrow(
        `input 'run-timeout': '${raw}' is not a time limit: give more than 0 and at most 24 days (576h)`,
      );
    }
  });

  it('integers: whole, trimmed, within min and max inclusive', () => {
    expect(parseInteger('runs', ' 1 ', 1, 50)).toBe(1);
    expect(parseInteger('runs', '50', 1, 50)).toBe(50);
    expect(parseInteger('seed', '-3', -5, 5)).toBe(-3);
    for (const raw of ['0', '51', '2.5', '1e1', '', 'x1', '1x']) {
      expect(() => parseInteger('runs', raw, 1, 50)).toThrow(
        `input 'runs': '${raw}' is not a whole number from 1 to 50`,
      );
    }
  });

  it('percentages: % or pp, whole or decimal, nothing around them', () => {
    expect(parsePercent('t', ' 1.25 % ')).toBe(0.0125);
    expect(parsePercent('t', '12pp')).toBe(0.12);
    for (const raw of ['5', 'x5%', '5%x', '.5%', '5.%', '5 percent']) {
      expect(() => parsePercent('t', raw)).toThrow(
        `input 't': '${raw}' is not a percentage; write e.g. 5% (or 0.5pp for a rate)`,
      );
    }
  });

  it('probabilities: a fraction or a percentage strictly between 0 and 1', () => {
    expect(parseProbability('confidence', ' 0.9 ')).toBe(0.9);
    expect(parseProbability('confidence', ' 90% ')).toBe(0.9);
    expect(parseProbability('confidence', '0.999')).toBe(0.999);
    for (const raw of ['', '%', '0', '1', '0%', '100%', '-0.5', 'x', '0.9x', 'Infinity']) {
      expect(() => parseProbability('confidence', raw)).toThrow(
        `input 'confidence': '${raw}' is not a probability; write e.g. 0.95 or 95%`,
      );
    }
  });

  it('booleans: every spelling, any case, trimmed', () => {
    for (const raw of ['true', ' YES ', 'On', '1']) expect(parseBoolean('comment', raw)).toBe(true);
    for (const raw of ['false', ' NO ', 'Off', '0']) expect(parseBoolean('comment', raw)).toBe(false);
    expect(() => parseBoolean('comment', 'maybe')).toThrow(
      "input 'comment': 'maybe' is not a boolean; write true or false",
    );
  });

  it('choices: case-insensitive, trimmed, and the message lists them', () => {
    expect(parseChoice('mode', ' Compare ', ['auto', 'compare'] as const)).toBe('compare');
    expect(() => parseChoice('mode', 'x', ['auto', 'compare'] as const)).toThrow(
      "input 'mode': 'x' is not one of auto, compare",
    );
  });

  it('multiline inputs: trimmed lines, blank lines and comments dropped', () => {
    expect(meaningfulLines('a=1\r\n  b = 2  \n\n   \n  # note\nc#d')).toEqual(['a=1', 'b = 2', 'c#d']);
  });

  it('splits words at any whitespace run, keeps empty quoted words and quotes of the other kind', () => {
    expect(splitWords('f', '  a \t b  ')).toEqual(['a', 'b']);
    expect(splitWords('f', `"" x`)).toEqual(['', 'x']);
    expect(splitWords('f', `a"" ''`)).toEqual(['a', '']);
    expect(splitWords('f', `"it's" 'say "hi"'`)).toEqual(["it's", 'say "hi"']);
    expect(splitWords('f', '')).toEqual([]);
    expect(() => splitWords('k6-flags', `a 'b`)).toThrow(`input 'k6-flags': unbalanced ' quote in 'a 'b'`);
  });
});

describe('series selectors', () => {
  it('the wildcard names every series, even one whose name spans lines', () => {
    expect(selectorMatches('*', { scenario: 'api', group: '', method: 'GET', name: 'GET /a\n(1)' })).toBe(
      true,
    );
  });

  it('matches the whole name only, with regular-expression characters taken literally', () => {
    const key = { scenario: 'api', group: '', method: 'POST', name: 'POST /a.b(1)+' };
    expect(selectorMatches('POST /a.b(1)+', key)).toBe(true);
    expect(selectorMatches('POST POST /a.b(1)+', key)).toBe(true);
    expect(selectorMatches('POST*', key)).toBe(true);
    expect(selectorMatches('*/a.b*', key)).toBe(true);
    expect(selectorMatches('POST /a.b', key)).toBe(false);
    expect(selectorMatches('POST /axb(1)+', key)).toBe(false);
    expect(selectorMatches('POST /a.b(1)++', key)).toBe(false);
  });
});
