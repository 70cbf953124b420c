import { describe, expect, it } from 'vitest';
import { RunFileError, snippet, unreadable } from '../../src/results/errors.ts';

describe('RunFileError', () => {
  it('names the file, the line when there is one, and itself', () => {
    const atLine = new RunFileError('k6.json', 12, 'not JSON');
    expect(String(atLine)).toBe('RunFileError: k6.json:12: not JSON');
    expect([atLine.file, atLine.line]).toEqual(['k6.json', 12]);
    expect(String(new RunFileError('k6.json', undefined, 'empty'))).toBe('RunFileError: k6.json: empty');
  });

  it('says why the system would not let the file be read: its code, else its message', () => {
    const missing = Object.assign(new Error('no such file'), { code: 'ENOENT' });
    expect(unreadable('a.csv', missing).message).toBe('a.csv: cannot read the file (ENOENT)');
    expect(unreadable('a.csv', new Error('boom')).message).toBe('a.csv: cannot read the file (boom)');
  });
});

describe('snippet', () => {
  it('puts the text on one line, each run of white space one space', () => {
    expect(snippet('a \n\t b\r\nc')).toBe('a b c');
  });

  it('keeps text of exactly the limit whole and cuts longer text at it, marking the cut', () => {
    expect(snippet('abcde', 5)).toBe('abcde');
    expect(snippet('abcdef', 5)).toBe('abcde…');
    expect(snippet('x'.repeat(81))).toBe(`${'x'.repeat(80)}…`);
  });
});
