import { describe, expect, it } from 'vitest';
import {
  matchBytes,
  numberOut,
  scanNumber,
  skipString,
  skipValue,
  stringOut,
} from '../../src/results/byte-json.ts';
import { BytePattern, SpanTable } from '../../src/results/byte-words.ts';
import { LatencyHistogram } from '../../src/results/histogram.ts';
import { MALFORMED_NAME, MetricNameTrie, UNKNOWN_NAME } from '../../src/results/metric-name-trie.ts';
import { Rfc3339Parser } from '../../src/results/rfc3339.ts';
import { mulberry32 } from '../../src/stats/rng.ts';
import { view } from './helpers.ts';

/** seeded: the same cases every run */
const random = (seed: number): (() => number) => mulberry32(seed).next;

describe('scanNumber', () => {
  const parse = (text: string): number | undefined => {
    const buf = Buffer.from(`${text},`);
    const end = scanNumber(buf, 0, buf.length);
    return end === text.length ? numberOut.value : undefined;
  };

  it('gives exactly what JSON.parse gives, for k6-like and awkward numbers', () => {
    const rand = random(7);
    const cases = [
      '0',
      '-0',
      '1',
      '7.829594500000001',
      '11.701072',
      '1e-05',
      '1.2345e-05',
      '2.2742E+03',
      '0.000012',
      '123456789012345678901234567890',
      '9007199254740993',
      '1.7976931348623157e308',
      '5e-324',
      '0.1',
      '100',
      '-3.5e-7',
      // exponents without a sign
      '1e5',
      '25E2',
      // the fast path's edges: 10^±22 is exact, 10^±23 is not in its table
      '1e22',
      '1e-22',
      '1e23',
      '-1e-23',
      // mantissa 2^53 + 1 is not exact as a double: the fast path would give …992e-16
      '0.9007199254740993',
      // a tiny mantissa with a long fraction: the exponent only comes within ±22 by adding e's digits wrongly
      `0.${'0'.repeat(79)}1e0`,
    ];
    for (let i = 0; i < 5000; i++) {
      const v = (rand() * 10 ** Math.floor(rand() * 12 - 6)).toPrecision(1 + Math.floor(rand() * 17));
      cases.push(v, String(Number(v)), Number(v).toExponential());
    }
    for (const text of cases) expect(parse(text), text).toBe(JSON.parse(text));
  });

  it('rejects what JSON does not allow', () => {
    for (const text of [
      '',
      '-',
      '-a',
      'a',
      '01',
      '.5',
      '1.',
      '1.e5',
      '1e',
      '1e+',
      '1ea',
      '1e5a',
      '+1',
      'NaN',
      '0x10',
      '1_000',
    ]) {
      const buf = Buffer.from(`${text},`);
      expect(scanNumber(buf, 0, buf.length), text).toBe(-1);
    }
  });

  it('ends a number only at `,`, `}` or `]`', () => {
    for (const [text, end] of [
      ['1,', 1],
      ['1}', 1],
      ['1]', 1],
      ['1 ', -1],
      ['1:', -1],
      ['1x', -1],
    ] as const) {
      expect(scanNumber(Buffer.from(text), 0, text.length), text).toBe(end);
    }
  });

  it('reads nothing past `limit`, though the buffer goes on', () => {
    for (const text of ['0', '-0', '12', '1.5', '1e5', '1E+5']) {
      const buf = Buffer.from(`${text},`);
      expect(scanNumber(buf, 0, text.length), text).toBe(-1);
      expect(scanNumber(buf, 0, text.length + 1), text).toBe(text.length);
      expect(numberOut.value, text).toBe(JSON.parse(text));
    }
  });
});

describe('skipString', () => {
  it('returns the index after the closing quote, and whether the string held an escape', () => {
    for (const [text, end, escaped] of [
      ['"ab",', 4, false],
      ['"a b",', 5, false],
      ['"",', 2, false],
      ['"a\\"b",', 6, true],
      ['"\\\\",', 4, true],
    ] as const) {
      expect(skipString(Buffer.from(text), 0, text.length), text).toBe(end);
      expect(stringOut.escaped, text).toBe(escaped);
    }
  });

  it('rejects what is not a whole JSON string before `limit`', () => {
    for (const [text, limit] of [
      ['a"', 2], // no opening quote
      ['"a\nb",', 6], // control characters
      ['"a\tb",', 6],
      ['"\x1f",', 4],
      ['"abc', 4], // no closing quote
      ['"ab\\', 4], // the escape runs past the end
      ['"ab",', 3], // the closing quote just past the limit
    ] as const) {
      expect(skipString(Buffer.from(text), 0, limit), JSON.stringify(text)).toBe(-1);
    }
  });
});

describe('skipValue', () => {
  it('spans whole values of every kind', () => {
    for (const text of [
      '"ab"',
      '12',
      '-1.5e3',
      'true',
      'false',
      'null',
      '{}',
      '[]',
      '[1,2]',
      '["a"]',
      '[[1],{"a":[2]}]',
      '{"a":[1,{"b":"}\\""}],"c":null}',
    ]) {
      const buf = Buffer.from(`${text},true`);
      expect(skipValue(buf, 0, buf.length), text).toBe(text.length);
    }
  });

  it('rejects truncated or misspelt values, and a bad string inside a nested one', () => {
    for (const [text, limit] of [
      ['trux,', 5],
      ['tru,', 4],
      ['fals,', 5],
      ['falsy', 5],
      ['nul,', 4],
      ['nulx', 4],
      ['true', 3], // each keyword cut by the limit
      ['false', 4],
      ['null', 3],
      ['[1', 2],
      ['{"a":1', 6],
      ['[1]', 2], // the closing bracket just past the limit
      ['x', 1],
    ] as const) {
      expect(skipValue(Buffer.from(text), 0, limit), JSON.stringify(text)).toBe(-1);
    }
    // a bad string inside makes the whole value -1 at once (stepping back over it would reach the `}` before
    // the value; with nothing before, it would loop forever)
    const before = Buffer.from('}{"a\n":1}');
    expect(skipValue(before, 1, before.length)).toBe(-1);
  });
});

describe('matchBytes', () => {
  it('matches the whole pattern before `limit` only', () => {
    const pattern = Buffer.from('true');
    const buf = Buffer.from('xtrue');
    expect(matchBytes(buf, 1, 5, pattern)).toBe(true);
    expect(matchBytes(buf, 1, 4, pattern)).toBe(false);
    expect(matchBytes(buf, 0, 5, pattern)).toBe(false);
    expect(matchBytes(Buffer.from('trux'), 0, 4, pattern)).toBe(false);
  });
});

describe('Rfc3339Parser', () => {
  it('reads Go RFC3339Nano times (trimmed fractions, Z or offsets) to the epoch second and ms', () => {
    const rand = random(11);
    const parser = new Rfc3339Parser();
    for (let i = 0; i < 3000; i++) {
      const ms = Date.UTC(2020, 0, 1) + Math.floor(rand() * 3e11);
      const nanos = Math.floor(rand() * 1e6);
      const digits = `${String(ms % 1000).padStart(3, '0')}${String(nanos).padStart(6, '0')}`
        .slice(0, Math.floor(rand() * 10))
        .replace(/0+$/, '');
      const offsetMin = [0, 120, -330, 345][i % 4]!;
      const local = new Date(ms + offsetMin * 60_000).toISOString().slice(0, 19);
      const zone =
        offsetMin === 0
          ? 'Z'
          : `${offsetMin < 0 ? '-' : '+'}${String(Math.floor(Math.abs(offsetMin) / 60)).padStart(2, '0')}:${String(Math.abs(offsetMin) % 60).padStart(2, '0')}`;
      const text = `${local}${digits === '' ? '' : `.${digits}`}${zone}`;
      const buf = Buffer.from(`${text}"`);
      expect(parser.parse(view(buf), buf, 0, buf.length), text).toBe(text.length);
      expect(parser.second, text).toBe(Math.floor(ms / 1000));
      expect(parser.msInSecond, text).toBeCloseTo(Number(`0.${digits || '0'}`) * 1000, 9);
    }
  });
});

describe('Rfc3339Parser: bounds, and the cached prefix', () => {
  /** parses `text` followed by a closing quote (or `after`), up to `limit` bytes when given */
  const parse = (parser: Rfc3339Parser, text: string, after = '"', limit?: number) => {
    const buf = Buffer.from(`${text}${after}`);
    return parser.parse(view(buf), buf, 0, limit ?? buf.length);
  };
  const epochSecond = (text: string) => Math.floor(Date.parse(text) / 1000);

  it('accepts every field at its bounds, lower-case t and z, and offsets up to ±23:59', () => {
    for (const text of [
      '0001-01-01T00:00:00Z',
      '2000-01-01T00:00:00Z',
      '2024-02-29T23:59:59Z',
      '2026-12-31T23:59:59.999Z',
      '9999-12-31T23:59:59Z',
      '2026-11-23T23:04:45+23:59',
      '2026-11-23T23:04:45-23:59',
      '2026-11-23T23:04:45+00:00',
    ]) {
      const parser = new Rfc3339Parser();
      expect(parse(parser, text), text).toBe(text.length);
      expect(parser.second, text).toBe(epochSecond(text));
    }
    const lower = new Rfc3339Parser();
    expect(parse(lower, '2026-11-23t23:04:45.5z')).toBe(22);
    expect([lower.second, lower.msInSecond]).toEqual([epochSecond('2026-11-23T23:04:45Z'), 500]);
  });

  it('keeps the first 15 digits of a longer fraction, however long', () => {
    const parser = new Rfc3339Parser();
    expect(parse(parser, '2026-11-23T23:04:45.12345678901234567Z')).toBe(38);
    expect(parser.msInSecond).toBeCloseTo(123.45678901234, 9);
    const long = `2026-11-23T23:04:45.${'9'.repeat(400)}Z`;
    expect(parse(parser, long)).toBe(long.length);
    expect(parser.msInSecond).toBeCloseTo(999.999999999999, 9);
    // sixteen nines would round to 10^16, a whole second
    expect(parser.msInSecond).toBeLessThan(1000);
  });

  it('rejects every malformed field, separator and offset', () => {
    // each text by a fresh parser, and by one that has rejected all the texts before it
    const shared = new Rfc3339Parser();
    for (const text of [
      '2026/11-23T23:04:45Z',
      '2026-11/23T23:04:45Z',
      '2026-11-23X23:04:45Z',
      '2026-11-23T23-04:45Z',
      '2026-11-23T23:04-45Z',
      ':026-11-23T23:04:45Z',
      '2:26-11-23T23:04:45Z',
      '20:6-11-23T23:04:45Z',
      '2026-00-23T23:04:45Z',
      '2026-1/-23T23:04:45Z',
      '2026-11-00T23:04:45Z',
      '2026-11-32T23:04:45Z',
      '2026-04-31T23:04:45Z',
      '2023-02-29T23:04:45Z',
      '2026-11-23T1/:04:45Z',
      '2026-11-23T23:60:45Z',
      '2026-11-23T22:60:45Z',
      '2026-11-23T23:0/:45Z',
      '2026-11-23T23:04:60Z',
      '2026-11-23T23:04:4/Z',
      '2026-11-23T23:04:45./Z',
      '2026-11-23T23:04:45.:Z',
      '2026-11-23T23:04:45.+05:30',
      '2026-11-23T23:04:45.5',
      '2026-11-23T23:04:45+24:00',
      '2026-11-23T23:04:45+00:60',
      '2026-11-23T23:04:45+05-30',
      '2026-11-23T23:04:45+0/:30',
      '2026-11-23T23:04:45+05:3/',
      '2026-11-23T23:04:45Y',
      '2026-11-23T23:04:45Y05:30',
      '2026-11-23 23:04:45Z',
      '2026-13-01T00:00:00Z',
      '2026-02-30T00:00:00Z',
      '2026-11-23T24:00:00Z',
      '2026-11-23T23:04:45',
      '2026-11-23T23:04:45.Z',
      '2026-11-23T23:04:45+2:00',
      'yesterday',
    ]) {
      expect(parse(new Rfc3339Parser(), text), text).toBe(-1);
      expect(parse(shared, text), text).toBe(-1);
    }
    // a timestamp must end in a closing quote
    expect(parse(new Rfc3339Parser(), '2026-11-23T23:04:45Z', ',')).toBe(-1);
  });

  it('reads nothing past `limit`', () => {
    const text = '2026-11-23T23:04:45Z';
    expect(parse(new Rfc3339Parser(), text, '"', text.length + 1)).toBe(text.length);
    expect(parse(new Rfc3339Parser(), text, '"', text.length)).toBe(-1);
    expect(parse(new Rfc3339Parser(), '2026-11-23T23:04:45.123Z', '"', 22)).toBe(-1);
    // the closing quote just past the limit
    expect(parse(new Rfc3339Parser(), '2026-11-23T23:04:45.123Z', '"', 24)).toBe(-1);
    const offset = '2026-11-23T23:04:45+05:30';
    expect(parse(new Rfc3339Parser(), offset, '"', offset.length + 1)).toBe(offset.length);
    expect(parse(new Rfc3339Parser(), offset, '"', offset.length - 1)).toBe(-1);
    // 21 bytes are the least a timestamp and its quote take
    expect(parse(new Rfc3339Parser(), '2026-11-23T23:04:45Z', '"', 20)).toBe(-1);
  });

  it('reuses the prefix of the last timestamp only when every byte of it is the same', () => {
    const parser = new Rfc3339Parser();
    // one field changed at a time: the year, month, day, hour, minute and each digit of the seconds
    for (const text of [
      '2026-11-23T23:04:45Z',
      '2027-11-23T23:04:45Z',
      '2027-12-23T23:04:45Z',
      '2027-12-24T23:04:45Z',
      '2027-12-24T22:04:45Z',
      '2027-12-24T22:05:45Z',
      '2027-12-24T22:05:46Z',
      '2027-12-24T22:05:56Z',
      '2027-12-24T22:05:56.25+01:00',
      '2027-12-24T22:05:56Z',
    ]) {
      expect(parse(parser, text), text).toBe(text.length);
      expect(parser.second, text).toBe(epochSecond(text));
    }
    // the seconds' last digit is compared where it is, not at a byte before the timestamp that matches it
    const at18 = new Rfc3339Parser();
    for (const text of ['2026-11-23T23:04:45Z', '2026-11-23T23:04:46Z']) {
      const buf = Buffer.from(`5${' '.repeat(17)}${text}"`);
      expect(at18.parse(view(buf), buf, 18, buf.length), text).toBe(18 + text.length);
      expect(at18.second, text).toBe(epochSecond(text));
    }
    // before any timestamp, a prefix of zero bytes (what the empty cache holds) is not a cached one
    const zeros = Buffer.concat([Buffer.alloc(19), Buffer.from('Z"')]);
    expect(new Rfc3339Parser().parse(view(zeros), zeros, 0, zeros.length)).toBe(-1);
  });

  it('reads a text afresh when it differs from the cached prefix in one place, whatever lies before it', () => {
    // each pair at byte 17 of a buffer, after 17 bytes that hold, where a comparison at the wrong place would
    // look, the byte the cache has there; a word of four bytes reversed is the cached word read the other
    // way round
    for (const [cached, text, valid, before] of [
      ['2026-11-23T23:04:45Z', '2026-11-23T23:04X45Z', false, ' :'], // byte 16; 16 bytes before it, a colon
      ['2026-11-23T23:04:45Z', '2026-11-23T23:04:35Z', true, '4'], // byte 17; 17 bytes before it, the cached 4
      ['2026-11-23T23:04:45Z', '6202-11-23T23:04:45Z', true, ''], // bytes 0–3 reversed
      ['2026-12-23T23:04:45Z', '2026-21-23T23:04:45Z', false, ''], // bytes 4–7 reversed
      ['2026-11-23T23:04:45Z', '2026-11-2T323:04:45Z', false, ''], // bytes 8–11 reversed
      ['2026-11-23T23:04:45Z', '2026-11-23T240:3:45Z', false, ''], // bytes 12–15 reversed
    ] as const) {
      const parser = new Rfc3339Parser();
      const parseAt17 = (t: string) => {
        const buf = Buffer.from(`${before.padEnd(17)}${t}"`);
        return parser.parse(view(buf), buf, 17, buf.length);
      };
      expect(parseAt17(cached), text).toBe(17 + cached.length);
      expect(parseAt17(text), text).toBe(valid ? 17 + text.length : -1);
      expect(parser.second, text).toBe(epochSecond(valid ? text : cached));
    }
  });
});

describe('LatencyHistogram.recordMany', () => {
  it('is exactly record() value by value, into empty and filled histograms', () => {
    const rand = random(3);
    for (let trial = 0; trial < 50; trial++) {
      const one = new LatencyHistogram();
      const many = new LatencyHistogram();
      for (let batch = 0; batch < 4; batch++) {
        // fractions as k6 writes them, and whole milliseconds (JMeter, Locust) on both sides of the key table
        const values = Array.from({ length: 1 + Math.floor(rand() * 300) }, () => {
          const r = rand();
          if (r < 0.05) return 0;
          if (r < 0.4) return Math.round(Math.exp(rand() * 12));
          return Math.exp(rand() * 8 - 3) * (batch + 1);
        });
        for (const v of values) one.record(v);
        many.recordMany(Float64Array.from(values), values.length);
        expect(many.toJSON()).toEqual(one.toJSON());
      }
      for (const p of [0, 0.25, 0.5, 0.99, 1]) expect(many.quantile(p)).toBe(one.quantile(p));
      expect(new LatencyHistogram().merge(many).toJSON()).toEqual(one.toJSON());
    }
  });

  it('uses only the first `count` values', () => {
    const h = new LatencyHistogram();
    h.recordMany([5, 6, 7, 1000], 3);
    expect([h.count, h.max]).toEqual([3, 7]);
  });
});

describe('byte lookups', () => {
  it('MetricNameTrie finds inserted names, tells unknown from malformed', () => {
    const trie = new MetricNameTrie(64);
    const line = Buffer.from('http_req_duration"|http_req_failed"|http_req"|vus\\"x"|vus');
    expect(trie.insert(line, 0, 17, 3)).toBe(true);
    expect(trie.insert(line, 19, 34, 4)).toBe(true);
    expect(trie.lookup(line, 0, line.length)).toBe(3);
    expect(trie.end).toBe(17);
    expect(trie.lookup(line, 19, line.length)).toBe(4);
    expect(trie.lookup(line, 36, line.length)).toBe(UNKNOWN_NAME); // a prefix of known names
    expect(trie.lookup(line, 46, line.length)).toBe(MALFORMED_NAME); // escape
    expect(trie.lookup(line, 53, line.length)).toBe(MALFORMED_NAME); // no closing quote
    const small = new MetricNameTrie(4);
    expect(small.insert(line, 0, 17, 0)).toBe(false); // full: the caller falls back to strings
  });

  it('MetricNameTrie reads nothing at `limit` or past it, and takes a backslash or control byte anywhere for malformed', () => {
    const trie = new MetricNameTrie(64);
    const names = Buffer.from('http_req|my metric');
    expect(trie.insert(names, 0, 8, 0)).toBe(true);
    expect(trie.insert(names, 9, 18, 1)).toBe(true);
    const lookup = (text: string, limit = text.length) => trie.lookup(Buffer.from(text), 0, limit);
    expect(lookup('my metric"')).toBe(1); // a space is an ordinary byte
    expect(lookup('http_req"', 8)).toBe(MALFORMED_NAME); // the quote sits at the limit
    expect(lookup('other"', 5)).toBe(MALFORMED_NAME); // the same for a name not in the trie
    expect(lookup('http\\"x"')).toBe(MALFORMED_NAME); // within a known name's bytes
    expect(lookup('http\tx"')).toBe(MALFORMED_NAME);
    expect(lookup('xhttp_req"')).toBe(UNKNOWN_NAME); // a known name further on is not this name
  });

  it('MetricNameTrie holds exactly `maxNodes` nodes, the root included', () => {
    const trie = new MetricNameTrie(3);
    const name = Buffer.from('htt');
    expect(trie.insert(name, 0, 2, 0)).toBe(true); // "ht": the root and two nodes
    expect(trie.insert(name, 0, 3, 1)).toBe(false); // "htt" needs a fourth
    expect(trie.lookup(Buffer.from('ht"'), 0, 3)).toBe(0);
  });

  it('SpanTable matches exact bytes only, wherever they sit', () => {
    const table = new SpanTable<string>();
    const a = Buffer.from('xx{"group":"","name":"a"}yy');
    table.set(view(a), a, 2, 25, 'A');
    const b = Buffer.from('zzzzz{"group":"","name":"a"}');
    expect(table.get(view(b), b, 5, b.length)).toBe('A');
    const c = Buffer.from('{"group":"","name":"b"}');
    expect(table.get(view(c), c, 0, c.length)).toBeUndefined();
    a.fill(0); // the table holds its own copy
    expect(table.get(view(b), b, 5, b.length)).toBe('A');
    const p = new BytePattern(Buffer.from('","type":"Point"'));
    const line = Buffer.from('{"metric":"x","type":"Point"');
    expect(p.matches(view(line), line, 12, line.length)).toBe(true);
    expect(p.matches(view(line), line, 12, line.length - 1)).toBe(false);
  });
});
