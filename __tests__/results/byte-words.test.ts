import { describe, expect, it } from 'vitest';
import { SpanTable } from '../../src/results/byte-words.ts';
import { spanHashOf, view } from './helpers.ts';

type Span = [start: number, end: number];

/** The bytes of `texts` one after another in one buffer, after a pad, with where each starts and ends. */
const spans = (texts: string[], pad = 3) => {
  const buf = Buffer.from(`${'-'.repeat(pad)}${texts.join('')}`);
  const at: Span[] = [];
  let p = pad;
  for (const text of texts) {
    at.push([p, p + Buffer.byteLength(text)]);
    p += Buffer.byteLength(text);
  }
  return { buf, dv: view(buf), at };
};

describe('SpanTable', () => {
  // 6 and 7 bytes: a word and a tail. With these names a growth that moved the entries to slots by a wrong
  // mask would lose some (with others every hash may happen to agree with the wrong mask)
  const names = Array.from({ length: 40 }, (_, i) => `span-${i}`);

  it('finds each of 40 spans after growing past its first 16 slots, and counts them', () => {
    const table = new SpanTable<number>();
    const stored = spans(names);
    stored.at.forEach(([s, e], i) => {
      table.set(stored.dv, stored.buf, s, e, i);
    });
    expect(table.size).toBe(40);
    const looked = spans(names, 5); // other bytes at other places: the table keeps its own copy
    expect(looked.at.map(([s, e]) => table.get(looked.dv, looked.buf, s, e))).toEqual(names.map((_, i) => i));
    const probes = spans(['span-40', 'span-4', 'span-', '']); // only span-4 was set
    expect(probes.at.map(([s, e]) => table.get(probes.dv, probes.buf, s, e))).toEqual([
      undefined,
      4,
      undefined,
      undefined,
    ]);
  });

  it('clear() forgets every span, and the table fills and grows again', () => {
    const table = new SpanTable<string>();
    const stored = spans(names);
    for (const [s, e] of stored.at) table.set(stored.dv, stored.buf, s, e, 'before');
    table.clear();
    expect(table.size).toBe(0);
    expect(stored.at.map(([s, e]) => table.get(stored.dv, stored.buf, s, e))).toEqual(
      names.map(() => undefined),
    );
    for (const [s, e] of stored.at) table.set(stored.dv, stored.buf, s, e, `after ${s}`);
    expect(table.size).toBe(40);
    expect(stored.at.map(([s, e]) => table.get(stored.dv, stored.buf, s, e))).toEqual(
      stored.at.map(([s]) => `after ${s}`),
    );
  });

  it('keys a pair by both spans and where one ends; an empty second span is a single span', () => {
    const table = new SpanTable<string>();
    const { buf, dv } = spans(['ab', 'cdefg']); // bytes 3–5 and 5–10
    table.setPair(dv, buf, 3, 5, 5, 10, 'ab+cdefg');
    table.setPair(dv, buf, 3, 10, 7, 7, 'abcdefg');
    expect(table.getPair(dv, buf, 3, 5, 5, 10)).toBe('ab+cdefg');
    expect(table.getPair(dv, buf, 3, 6, 6, 10)).toBeUndefined(); // abc+defg
    expect(table.getPair(dv, buf, 3, 5, 5, 9)).toBeUndefined(); // ab+cdef
    expect(table.get(dv, buf, 3, 10)).toBe('abcdefg');
    expect(table.getPair(dv, buf, 3, 10, 0, 0)).toBe('abcdefg');
    expect(table.size).toBe(2);
  });

  // found by a search over spanHash (see k6-tags.test.ts): one hash, so one chain whatever the table's size
  const SHORT = '/p000142';
  const LONG = '/p000142yU Y'; // starts with SHORT
  const OTHER = '/zyH]n[-';
  const SAME_LENGTH = '/ab9 eef'; // as long as OTHER

  it('tells apart spans that hash alike: one starting with the other, or as long as it', () => {
    expect(spanHashOf(LONG)).toBe(spanHashOf(SHORT));
    expect(spanHashOf(SAME_LENGTH)).toBe(spanHashOf(OTHER));
    const table = new SpanTable<string>();
    const { buf, dv, at } = spans([SHORT, LONG, OTHER, SAME_LENGTH]);
    const [short, long, other, sameLength] = at as [Span, Span, Span, Span];
    table.set(dv, buf, ...short, 'short');
    table.set(dv, buf, ...other, 'other');
    expect(table.get(dv, buf, ...long)).toBeUndefined();
    expect(table.get(dv, buf, ...sameLength)).toBeUndefined();
    table.set(dv, buf, ...long, 'long');
    expect([short, long, other].map(([s, e]) => table.get(dv, buf, s, e))).toEqual([
      'short',
      'long',
      'other',
    ]);
  });

  it('tells apart pairs whose second spans hash alike, one starting with the other', () => {
    const table = new SpanTable<string>();
    const { buf, dv, at } = spans(['x', SHORT, LONG]);
    const [x, short, long] = at as [Span, Span, Span];
    table.setPair(dv, buf, ...x, ...short, 'x+short');
    expect(table.getPair(dv, buf, ...x, ...long)).toBeUndefined();
    expect(table.getPair(dv, buf, ...x, ...short)).toBe('x+short');
  });
});
