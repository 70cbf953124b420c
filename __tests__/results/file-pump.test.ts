import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pumpFile } from '../../src/results/file-pump.ts';
import { mulberry32 } from '../../src/stats/rng.ts';
import { tempDir } from './helpers.ts';

describe('pumpFile', () => {
  const { dir, write } = tempDir();
  /** every chunk pumped (copied: a plain file's are reused buffers), and what pumpFile returned */
  async function pump(path: string): Promise<{ bytes: number; chunks: Buffer[] }> {
    const chunks: Buffer[] = [];
    const bytes = await pumpFile(path, (chunk) => chunks.push(Buffer.from(chunk)), {
      onTruncatedGzip: () => {
        throw new Error('not truncated');
      },
    });
    return { bytes, chunks };
  }
  it('inflates a file starting with both gzip magic bytes whatever its name, and counts inflated bytes', async () => {
    const inflated = 'hello world\n'.repeat(100);
    const { bytes, chunks } = await pump(write('zipped.txt', inflated, true));
    expect([bytes, Buffer.concat(chunks).toString()]).toEqual([inflated.length, inflated]);
  });

  it('reads a file with one of the two magic bytes only, or with one byte, as it is', async () => {
    for (const bytes of [[0x1f, 0x7b, 0x7d], [0x7b, 0x8b, 0x7d], [0x1f]]) {
      const raw = Buffer.from(bytes);
      const { bytes: read, chunks } = await pump(write('magic.txt', raw));
      expect([read, Buffer.concat(chunks)]).toEqual([raw.length, raw]);
    }
  });

  it('hands a gzip file over in large chunks: at most two per 1 MiB read, none over 1 MiB', async () => {
    // random bytes do not compress: each 1 MiB read of the file inflates to about 1 MiB, pushed as it comes
    const rng = mulberry32(16);
    const raw = Buffer.alloc(3 << 20);
    for (let i = 0; i < raw.length; i++) raw[i] = rng.int(256);
    const { bytes, chunks } = await pump(write('random.bin.gz', raw, true));
    expect(bytes).toBe(raw.length);
    expect(chunks.length).toBeLessThanOrEqual(6);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(1 << 20);
  });

  it('a .gz the system will not let us read, and one that is not gzip', async () => {
    const rejects = (path: string, message: string) =>
      expect(pump(path)).rejects.toThrow(`${path}: ${message}`);
    await rejects(join(dir, 'missing.gz'), 'cannot read the file (ENOENT)');
    const folder = join(dir, 'folder.gz');
    mkdirSync(folder);
    await rejects(folder, 'cannot read the file (EISDIR)');
    // any refusal of the file system, as for a plain file (not a complaint about the gzip format)
    await rejects(join(write('file', ''), 'under-a-file.gz'), 'cannot read the file (ENOTDIR)');
    await rejects(write('fake.gz', 'plain text\n'), 'not a readable gzip file: incorrect header check');
  });
});
