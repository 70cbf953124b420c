import { describe, expect, it } from 'vitest';
import { TagScanner, urlTagStart } from '../../src/results/k6-tags.ts';
import type { RequestTags } from '../../src/results/run-accumulator.ts';
import { spanHashOf, view } from './helpers.ts';

/** Scans the tags text `text` placed after `pad` bytes of other text; gives where the scan ended (relative). */
function scan(scanner: TagScanner<unknown>, text: string, pad = 3): number {
  const buf = Buffer.from(`${'x'.repeat(pad)}${text}`);
  const end = scanner.scan(buf, pad, buf.length);
  return end < 0 ? end : end - pad;
}

/** A scanner whose results are the tags `create` was given, and a log of every `create` call. */
function resolving() {
  const scanner = new TagScanner<RequestTags>();
  const created: RequestTags[] = [];
  const resolve = (text: string): RequestTags => {
    const buf = Buffer.from(`{"metric":${text}`);
    expect(scanner.scan(buf, 10, buf.length), text).toBe(buf.length);
    return scanner.resolve(view(buf), buf, (tags) => {
      created.push(tags);
      return tags;
    });
  };
  return { scanner, created, resolve };
}

describe('TagScanner.scan: where the tags value ends, or -1 for anything but an object of strings', () => {
  it('reads objects of string values and the null of untagged samples', () => {
    const s = new TagScanner<unknown>();
    expect(scan(s, '{}, "more"')).toBe(2);
    expect(scan(s, 'null, "more"')).toBe(4);
    expect(scan(s, '{"name":"a"}, "more"')).toBe(12);
    expect(scan(s, '{"name":"a","status":"200","url":"http://h/x"}')).toBe(46);
    // escaped quotes inside keys and values do not end them
    expect(scan(s, '{"na\\"me":"a\\"b","name":"c"}')).toBe(28);
  });

  it('gives -1 for what it does not read', () => {
    const s = new TagScanner<unknown>();
    for (const text of [
      '"name"',
      '[]',
      '{"name" "a"}',
      '{"name":1}',
      '{"name":"a";"url":"b"}',
      '{"name":"a"',
      '{"name":"a',
      '{"name',
      '{name:"a"}',
      '["name":"a"}',
      '{"name"x"a"}',
    ]) {
      expect(scan(s, text), text).toBe(-1);
    }
  });

  it('finds no name where the scan fails at its value', () => {
    const s = new TagScanner<unknown>();
    expect(scan(s, '{"name":"a"}')).toBe(12);
    expect(s.hasName()).toBe(true);
    expect(scan(s, '{"name":"a')).toBe(-1);
    expect(s.hasName()).toBe(false);
  });
});

describe('TagScanner.resolve: one result per combination of the tags that name a series', () => {
  it('decodes a combination the first time only, its tags in their places', () => {
    const { created, resolve } = resolving();
    const text =
      '{"expected_response":"true","group":"::g","method":"GET","name":"n","proto":"HTTP/1.1","scenario":"s","status":"200","url":"http://h/1"}';
    const first = resolve(text);
    expect(first).toEqual({
      scenario: 's',
      group: '::g',
      method: 'GET',
      name: 'n',
      url: undefined, // a name makes the URL irrelevant
      expectedResponse: 'true',
    });
    // another URL and status behind the same name: the same series, not decoded again
    expect(resolve(text.replace('http://h/1', 'http://h/2').replace('"200"', '"404"'))).toBe(first);
    expect(created).toHaveLength(1);
  });

  it('keeps the URL when there is no name, and tells every other difference apart', () => {
    const { created, resolve } = resolving();
    const texts = [
      '{"method":"GET","url":"http://h/1"}',
      '{"method":"GET","url":"http://h/2"}',
      '{"method":"GET","url":"http://h/22"}',
      '{"method":"GET"}',
      '{"name":"GET"}',
      '{"group":"GET"}',
      '{"method":"GET","name":"a"}',
      '{"method":"GET","name":"ab"}',
      '{"method":"PUT","name":"ab"}',
      '{"method":"GET","name":"ab","scenario":"x"}',
      '{"expected_response":"false","method":"GET","name":"ab","scenario":"x"}',
      '{}',
    ];
    const results = texts.map(resolve);
    expect(new Set(results).size).toBe(texts.length);
    expect(created).toHaveLength(texts.length);
    expect(results[0]!.url).toBe('http://h/1');
    expect(results[4]).toMatchObject({ name: 'GET', method: undefined, group: undefined });
    // each seen again: the same result, nothing decoded
    expect(texts.map(resolve)).toEqual(results);
    for (const [i, text] of texts.entries()) expect(resolve(text), text).toBe(results[i]);
    expect(created).toHaveLength(texts.length);
  });

  it('takes a key for a tag only when it is the whole name, not one that starts with it', () => {
    const { resolve } = resolving();
    expect(resolve('{"names":"x","urls":"y","methods":"z"}')).toEqual({
      scenario: undefined,
      group: undefined,
      method: undefined,
      name: undefined,
      url: undefined,
      expectedResponse: undefined,
    });
  });

  it('decodes escaped values, and an escaped key is no tag of its own', () => {
    const { resolve, scanner } = resolving();
    expect(resolve('{"name":"say \\"hi\\"\\u0021"}').name).toBe('say "hi"!');
    expect(scanner.hasName()).toBe(true);
    const escapedKey = resolve('{"n\\u0061me":"x","url":"http://h/"}');
    expect(escapedKey).toEqual({
      scenario: undefined,
      group: undefined,
      method: undefined,
      name: undefined,
      url: 'http://h/',
      expectedResponse: undefined,
    });
    expect(scanner.hasName()).toBe(false);
  });
});

describe('TagScanner.resolve: its memory of combinations', () => {
  it('tells apart two names whose bytes hash alike', () => {
    // "/ab9 eef" and "/zyH]n[-" have the same spanHash (byte-words.ts), found by a search: one bucket
    const { created, resolve } = resolving();
    const a = resolve('{"name":"/ab9 eef"}');
    const b = resolve('{"name":"/zyH]n[-"}');
    expect([a.name, b.name]).toEqual(['/ab9 eef', '/zyH]n[-']);
    expect([resolve('{"name":"/zyH]n[-"}'), resolve('{"name":"/ab9 eef"}')]).toEqual([b, a]);
    expect(created).toHaveLength(2);
  });

  it('tells apart a name from a longer one that starts with it and hashes alike', () => {
    // found by inverting spanHash: the four bytes added bring the hash back to the shorter name's
    expect(spanHashOf('/p000142yU Y')).toBe(spanHashOf('/p000142'));
    const { created, resolve } = resolving();
    const short = resolve('{"name":"/p000142"}');
    const long = resolve('{"name":"/p000142yU Y"}');
    expect([short.name, long.name]).toEqual(['/p000142', '/p000142yU Y']);
    expect(created).toHaveLength(2);
  });

  it("tells a tag set from the same set without a tag whose value hashes as that tag's absence", () => {
    // an absent tag adds its index to a combination's hash (group: 1); this value's spanHash is 1 as well
    const group = '/orders/000000000072z(*N';
    expect(spanHashOf(group)).toBe(1);
    const { created, resolve } = resolving();
    const withGroup = resolve(`{"group":"${group}","name":"n"}`);
    // a group value ending at byte 23 in between: the end a 24-byte value starting at the absent group's -1 has
    resolve('{"group":"abc"}');
    const without = resolve('{"name":"n"}');
    expect([withGroup.group, without.group]).toEqual([group, undefined]);
    // each seen again: its own result, from a bucket that now holds both
    expect(resolve(`{"group":"${group}","name":"n"}`)).toBe(withGroup);
    expect(resolve('{"name":"n"}')).toBe(without);
    expect(created).toHaveLength(3);
  });

  it('forgets everything at 50 000 combinations, so no input makes it grow without bound', () => {
    const { created, resolve } = resolving();
    const first = resolve('{"name":"n0"}');
    for (let i = 1; i < 50_000; i++) resolve(`{"name":"n${i}"}`);
    expect(resolve('{"name":"n0"}')).toBe(first); // 50 000 held: still known
    expect(created).toHaveLength(50_000);
    resolve('{"name":"n50000"}'); // the 50 001st: the memory is cleared before it is kept
    expect(resolve('{"name":"n0"}')).not.toBe(first);
    expect(created).toHaveLength(50_002);
  });
});

describe('urlTagStart: the `,"url":` of a tags text whose last tag is the URL', () => {
  const at = (text: string, pad = 5) => {
    const buf = Buffer.from(`${'y'.repeat(pad)}${text}${'z'.repeat(pad)}`);
    const i = urlTagStart(buf, pad, pad + text.length);
    return i < 0 ? i : i - pad;
  };

  it('finds it where the URL is last', () => {
    expect(at('{"name":"n","url":"http://h/x?a=1"}')).toBe(11);
    expect(at('{"a":"b","url":""}')).toBe(8);
    expect(at('{"a":"b","url":"http://h/x"}', 0)).toBe(8);
  });

  it('gives -1 otherwise', () => {
    for (const text of [
      '{"url":"http://h/x","name":"n"}', // not last
      '{"url":"http://h/x"}', // no tag before it
      '{"name":"n","url":"http://h/\\"x"}', // an escape in the value
      '{"name":"n","url":"http://h/\\\\x"}', // an escaped backslash
      '{"name":"n","URL":"http://h/x"}',
      '{"name":"n","url":"http://h/x"', // not the end of an object
      '{"name":"n","url":1}',
      '{"name":"n", "url":"http://h/x"}',
      '{"name":"n","url":"http://h/x}', // the value not closed
      '{"name":"n","url":"http://h/x"]', // not closed by a brace
      ',"url":"http://h/x"}', // nothing before the url tag
    ]) {
      expect(at(text), text).toBe(-1);
    }
  });

  it('looks for the `,"url":` inside the text only', () => {
    const buf = Buffer.from('{"name":"n","url":"http://h/x"}');
    expect(urlTagStart(buf, 0, buf.length)).toBe(11);
    expect(urlTagStart(buf, 18, buf.length)).toBe(-1); // the text `"http://h/x"}`
  });
});
