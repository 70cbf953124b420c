import { describe, expect, it } from 'vitest';
import { numberOut, scanNumber, skipValue } from '../../src/results/byte-json.ts';
import { BytePattern, SpanTable } from '../../src/results/byte-words.ts';
import { LatencyHistogram } from '../../src/results/histogram.ts';
import { MALFORMED_NAME, MetricNameTrie, UNKNOWN_NAME } from '../../src/results/metric-name-trie.ts';
import { Rfc3339Parser } from '../../src/results/rfc3339.ts';
import { mulberry32 } from '../../src/stats/rng.ts';

/** seeded: the same cases every run */
const random = (seed: number): (() => number) => mulberry32(seed).next;

const view = (b: Buffer) => new DataView(b.buffer, b.byteOffset, b.byteLength);

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
    ];
    for (let i = 0; i < 5000; i++) {
      const v = (rand() * 10 ** Math.floor(rand() * 12 - 6)).toPrecision(1 + Math.floor(rand() * 17));
      cases.push(v, String(Number(v)), Number(v).toExponential());
    }
    for (const text of cases) expect(parse(text), text).toBe(JSON.parse(text));
  });

  it('rejects what JSON does not allow', () => {
    for (const text of ['', '-', '01', '.5', '1.', '1e', '1e+', '+1', 'NaN', '0x10', '1_000']) {
      const buf = Buffer.from(`${text},`);
      expect(scanNumber(buf, 0, buf.length) === text.length, text).toBe(false);
    }
  });

  it('skipValue spans whole values', () => {
    const text = '{"a":[1,{"b":"}\\""}],"c":null},true';
    expect(skipValue(Buffer.from(text), 0, text.length)).toBe(text.indexOf(',true'));
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

  it('rejects what is not a date-time', () => {
    const parser = new Rfc3339Parser();
    for (const text of [
      '2026-11-23 23:04:45Z',
      '2026-13-01T00:00:00Z',
      '2026-02-30T00:00:00Z',
      '2026-11-23T24:00:00Z',
      '2026-11-23T23:04:45',
      '2026-11-23T23:04:45.Z',
      '2026-11-23T23:04:45+2:00',
      'yesterday',
    ]) {
      const buf = Buffer.from(`${text}"`);
      expect(parser.parse(view(buf), buf, 0, buf.length), text).toBe(-1);
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
