import { describe, expect, it } from 'vitest';
import { parseCsvRecord } from '../../src/results/csv-record.ts';

describe('parseCsvRecord', () => {
  it('reads a quoted last field, and text after its closing quote', () => {
    expect(parseCsvRecord('a,"b,c"', ',')).toEqual(['a', 'b,c']);
    expect(parseCsvRecord('a,"b"x', ',')).toEqual(['a', 'bx']);
    expect(parseCsvRecord('"say ""hi"""', ',')).toEqual(['say "hi"']);
  });

  it('reads text after a quoted field up to the next delimiter', () => {
    expect(parseCsvRecord('"a"b;c;"d"', ';')).toEqual(['ab', 'c', 'd']);
  });

  it('is undefined while a quoted field is still open', () => {
    expect(parseCsvRecord('a,"b\n', ',')).toBeUndefined();
  });
});
