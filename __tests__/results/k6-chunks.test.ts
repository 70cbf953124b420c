import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readK6Json } from '../../src/results/k6-json.ts';
import { LineSplitter } from '../../src/results/line-splitter.ts';
import { content, fixtureJson, tempDir } from './helpers.ts';

describe('lines cut by read boundaries', () => {
  const { write } = tempDir();
  const text = gunzipSync(readFileSync(fixtureJson('arrival-errors')));
  const plain = write('arrival-errors.json', text);

  it('tiny reads give exactly what one big read gives', async () => {
    // short snippets keep byte-sized reads quick; they hold lines of every kind the reader uses
    for (const [bytes, sizes] of [
      [15_000, [1]],
      [60_000, [7, 61, 333]],
    ] as const) {
      const snippet = write(`snippet-${bytes}.json`, text.subarray(0, text.indexOf('\n', bytes) + 1));
      const whole = content(await readK6Json(snippet));
      for (const chunkSize of sizes) {
        expect(content(await readK6Json(snippet, { chunkSize })), `chunkSize ${chunkSize}`).toEqual(whole);
      }
    }
  });

  it('reads of a few KB over the whole file, and the gzip stream, give what one big read gives', async () => {
    const whole = content(await readK6Json(plain));
    for (const chunkSize of [4093, 65_536]) {
      expect(content(await readK6Json(plain, { chunkSize })), `chunkSize ${chunkSize}`).toEqual(whole);
    }
    expect(content(await readK6Json(fixtureJson('arrival-errors')))).toEqual(whole);
  });

  it('the splitter hands over every line once, joined across chunks, and keeps an unterminated last line', () => {
    const seen: string[] = [];
    const splitter = new LineSplitter((buf, start, end, lineNo) => {
      seen.push(`${lineNo}:${buf.toString('utf8', start, end)}`);
    });
    const input = Buffer.from('alpha\nbeta\n\ngamma-long-line\ndelta');
    for (let i = 0; i < input.length; i += 3) splitter.push(input.subarray(i, i + 3));
    expect(seen).toEqual(['1:alpha', '2:beta', '3:', '4:gamma-long-line']);
    const last = splitter.unterminatedLine()!;
    expect(last.buf.toString('utf8', last.start, last.end)).toBe('delta');
    expect(last.lineNo).toBe(5);
    expect(splitter.unterminatedLine()).toBeUndefined();
  });

  it('a line longer than the carry buffer grows it, keeping every byte', () => {
    // bytes that differ along the line, so a lost or shifted piece shows
    const long = Buffer.from(Array.from({ length: 200_000 }, (_, i) => 0x61 + (i % 23)));
    const text = long.toString('latin1');
    const linesOf = (chunks: Buffer[]) => {
      const seen: string[] = [];
      const splitter = new LineSplitter((buf, start, end) => seen.push(buf.toString('latin1', start, end)));
      for (const chunk of chunks) splitter.push(chunk);
      return seen;
    };
    const reads = Array.from({ length: 200 }, (_, i) => long.subarray(i * 1000, (i + 1) * 1000));
    expect(linesOf([...reads, Buffer.from('\nx\n')])).toEqual([text, 'x']);
    // a short carry, then in one read more than twice what the carry buffer holds
    expect(linesOf([long.subarray(0, 10), Buffer.concat([long, Buffer.from('\n')])])).toEqual([
      text.slice(0, 10) + text,
    ]);
  });
});
