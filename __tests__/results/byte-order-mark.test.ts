import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { skippingByteOrderMark } from '../../src/results/byte-order-mark.ts';
import { readLocustCsv } from '../../src/results/locust-csv.ts';
import { readRunFile } from '../../src/results/read-run-file.ts';
import { content, fixtureJson, fixtureSummaryPath, tempDir } from './helpers.ts';

const MARK = Buffer.from([0xef, 0xbb, 0xbf]);
const JMETER_LOCUST = join(import.meta.dirname, '../fixtures/jmeter-locust');

/** What `skippingByteOrderMark` passes on when `bytes` come in chunks of `size`. */
function pumped(bytes: Buffer, size: number): Buffer {
  const out: Buffer[] = [];
  const text = skippingByteOrderMark((chunk) => out.push(Buffer.from(chunk)));
  for (let i = 0; i < bytes.length; i += size) text.push(bytes.subarray(i, i + size));
  text.end();
  return Buffer.concat(out);
}

describe('skippingByteOrderMark', () => {
  it('leaves out a mark at the start, however the chunks cut it', () => {
    const text = Buffer.from('timeStamp,elapsed\n1,2\n');
    for (const size of [1, 2, 3, 4, 64]) {
      expect(pumped(Buffer.concat([MARK, text]), size).toString(), `chunks of ${size}`).toBe(text.toString());
      expect(pumped(text, size).toString(), `chunks of ${size}`).toBe(text.toString());
    }
  });

  it('keeps bytes that only begin like a mark, a mark later in the file, and a file shorter than a mark', () => {
    for (const bytes of [
      Buffer.from([0xef, 0xbb, 0x41, 0x42]),
      Buffer.from([0xef, 0x41]),
      Buffer.concat([Buffer.from('a'), MARK]),
      Buffer.concat([MARK, MARK]).subarray(0, 5),
      Buffer.from([0xef, 0xbb]),
      Buffer.from([0xef]),
    ]) {
      const expected = bytes.subarray(bytes.subarray(0, 3).equals(MARK) ? 3 : 0);
      for (const size of [1, 2, 3, 8])
        expect(pumped(bytes, size), `${bytes.toString('hex')} / ${size}`).toEqual(expected);
    }
  });

  it('passes on no empty chunk: not for a chunk that was all mark, nor at the end of an empty file', () => {
    const seen: Buffer[] = [];
    const text = skippingByteOrderMark((c) => seen.push(c));
    text.push(MARK);
    text.push(Buffer.from('abc'));
    text.end();
    expect(seen.map(String)).toEqual(['abc']);
    const none: Buffer[] = [];
    skippingByteOrderMark((c) => none.push(c)).end();
    expect(none).toEqual([]);
  });

  it('passes the first chunk on as a view of itself, not a copy', () => {
    const chunk = Buffer.concat([MARK, Buffer.from('abc')]);
    const seen: Buffer[] = [];
    skippingByteOrderMark((c) => seen.push(c)).push(chunk);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.buffer).toBe(chunk.buffer);
    expect(seen[0]!.byteOffset).toBe(chunk.byteOffset + 3);
  });
});

describe('a results file saved again with a byte-order mark (Excel, Notepad, PowerShell) reads as the original', () => {
  const { dir, write } = tempDir();
  const marked = (name: string, bytes: Buffer, gzip = false) =>
    write(name, Buffer.concat([MARK, bytes]), gzip);
  const plainFixture = (name: string) => gunzipSync(readFileSync(join(JMETER_LOCUST, `${name}.gz`)));

  it('k6 --out json, plain and gzipped', async () => {
    const original = content(await readRunFile(fixtureJson('arrival-base')));
    const bytes = gunzipSync(readFileSync(fixtureJson('arrival-base')));
    expect(content(await readRunFile(marked('k6.json', bytes)))).toEqual(original);
    expect(content(await readRunFile(marked('k6.json.gz', bytes, true)))).toEqual(original);
  });

  it('a k6 summary export', async () => {
    const path = fixtureSummaryPath('arrival-errors');
    const original = content(await readRunFile(path, { loadModel: 'open' }));
    const again = await readRunFile(marked('summary.json', readFileSync(path)), { loadModel: 'open' });
    expect(content(again)).toEqual(original);
  });

  it('JMeter CSV and XML, and the Locust per-request file', async () => {
    for (const name of ['jmeter-base-1.jtl', 'jmeter-base-xml.jtl', 'locust-base-1_requests.jsonl']) {
      const original = content(await readRunFile(join(JMETER_LOCUST, `${name}.gz`)));
      expect(content(await readRunFile(marked(name, plainFixture(name)))), name).toEqual(original);
    }
  });

  it("Locust's stats, history and failures CSVs", async () => {
    const original = await readLocustCsv(join(JMETER_LOCUST, 'locust-errors_stats.csv'));
    for (const part of ['stats', 'stats_history', 'failures'])
      marked(`locust-errors_${part}.csv`, readFileSync(join(JMETER_LOCUST, `locust-errors_${part}.csv`)));
    const again = await readLocustCsv(join(dir, 'locust-errors_stats.csv'));
    expect(content(again)).toEqual(content(original));
    expect(again.startMs).toBe(original.startMs);
    expect(
      again.warnings.some((w) => /: 83× GET \/orders failed: HTTPError\('500 Server Error/.test(w)),
    ).toBe(true);
  });
});
