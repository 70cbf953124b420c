import { afterEach, describe, expect, it, vi } from 'vitest';
import { readJtlCsv } from '../../src/results/jtl-csv.ts';
import { CsvPass } from '../../src/results/jtl-csv-pass.ts';
import { JtlSamples } from '../../src/results/jtl-samples.ts';
import { tempDir, totalRequests } from './helpers.ts';

/**
 * The JavaScript side of the CSV reader's WebAssembly pass (the pass itself is checked against an oracle in
 * jtl-csv-pass.test.ts): that the pass, not the JavaScript fallback, reads plain lines, and how it lays out and
 * grows its memory. The layout figures are those of jtl-csv-pass.wat: chunks from byte 11982848 on, a memory of
 * 11993088 bytes to start with (183 pages of 64 KiB), sixteen bytes of slack after a chunk.
 */

const { write } = tempDir();
const CHUNKS = 11_982_848;
const START_BYTES = 11_993_088;
const PAGE = 65_536;
const SLACK = 16;

afterEach(() => {
  vi.restoreAllMocks();
});

const newPass = () => new CsvPass(new JtlSamples('p.jtl', {}));

describe('CsvPass', () => {
  it('reads plain lines itself: every sample comes in batches, none one by one', async () => {
    const rows = ['timeStamp,elapsed,label,success,threadName,allThreads'];
    for (let i = 0; i < 300; i++) {
      rows.push(`${1_795_850_000_000 + i * 7},${(i * 37) % 500},GET /${i % 3},${i % 9 > 0},api 1-${i % 4},4`);
    }
    const text = `${rows.join('\n')}\n`;
    for (const gzip of [false, true]) {
      const one = vi.spyOn(JtlSamples.prototype, 'record');
      const batches = vi.spyOn(JtlSamples.prototype, 'recordBatch');
      const run = await readJtlCsv(write(gzip ? 'p.jtl.gz' : 'p.jtl', text, gzip));
      expect(totalRequests(run)).toBe(300);
      expect(one).not.toHaveBeenCalled();
      expect(batches.mock.calls.reduce((n, call) => n + call[2].n, 0)).toBe(300);
      expect(run.series.size).toBe(3); // three labels, one thread group
      vi.restoreAllMocks();
    }
  });

  it('buffers: two of the size asked for, one after the other with room for the slack, in its memory', () => {
    const [a, b] = newPass().buffers(100);
    expect([a.length, b.length]).toEqual([100, 100]);
    expect(a.buffer).toBe(b.buffer);
    expect([a.byteOffset, b.byteOffset]).toEqual([CHUNKS, CHUNKS + 128]);
  });

  it('a copied chunk grows the memory by the pages it and its slack need', () => {
    const pass = newPass();
    pass.load(Buffer.alloc(START_BYTES - CHUNKS - SLACK));
    expect(pass.buffers(1)[0]!.buffer.byteLength).toBe(START_BYTES);
    const more = newPass();
    more.load(Buffer.alloc(START_BYTES - CHUNKS - SLACK + 1));
    expect(more.buffers(1)[0]!.buffer.byteLength).toBe(START_BYTES + PAGE);
  });

  it('once it has handed out buffers, a copied chunk may fill its memory but not grow it', () => {
    const pass = newPass();
    pass.buffers(100);
    expect(() => pass.load(Buffer.alloc(START_BYTES - CHUNKS - SLACK))).not.toThrow();
    expect(() => pass.load(Buffer.alloc(START_BYTES - CHUNKS - SLACK + 1))).toThrow(
      'jtl-csv-pass: a chunk outgrew the memory of a plain file read',
    );
  });
});
