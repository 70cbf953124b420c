import { createReadStream } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGunzip, type ZlibOptions } from 'node:zlib';
import { skippingByteOrderMark } from './byte-order-mark.ts';
import { RunFileError, unreadable } from './errors.ts';

/**
 * Feeds a run file's bytes, plain or gzipped (a `.gz` name or the gzip magic bytes), chunk by chunk to a
 * consumer, in constant memory. Shared by every streaming reader (k6 NDJSON, JMeter JTL, per-request Locust).
 */

export interface PumpOptions {
  /** bytes per read of a plain file (default 1 MiB: fits the CPU cache); tests use tiny ones to cut lines */
  chunkSize?: number;
  /** a truncated gzip stream (the tool stopped while writing): told here, and what was read is kept */
  onTruncatedGzip: () => void;
  /**
   * the two buffers of `chunkSize` bytes a plain file is read into (default: two of its own), for a consumer
   * that wants the bytes where it reads them (the JMeter CSV reader's WebAssembly memory)
   */
  buffers?: (size: number) => [Buffer, Buffer];
}

const DEFAULT_CHUNK = 1 << 20;
/** decompressed bytes per zlib output chunk: large, so the per-chunk overhead vanishes */
const GZIP_CHUNK = 1 << 20;

/**
 * Pumps the whole file into `push`, without a byte-order mark at its start; returns the number of
 * (decompressed) bytes read, the mark's included.
 */
export async function pumpFile(
  path: string,
  push: (chunk: Buffer) => void,
  opts: PumpOptions,
): Promise<number> {
  const text = skippingByteOrderMark(push);
  const bytes = (await isGzip(path))
    ? await pumpGzip(path, text.push, opts)
    : await pumpPlain(path, text.push, opts);
  text.end();
  return bytes;
}

async function isGzip(path: string): Promise<boolean> {
  if (path.endsWith('.gz')) return true;
  const fh = await openOrExplain(path);
  try {
    // zero-filled: a file shorter than two bytes leaves a 0 where 0x8b would be
    const head = Buffer.alloc(2);
    // Stryker disable next-line BlockStatement: equivalent, a read refused here (a directory: EISDIR) is refused again by the plain pump's first read, with the same message
    await fh.read(head, 0, 2, 0).catch((err: NodeJS.ErrnoException) => {
      throw unreadable(path, err);
    });
    return head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    await fh.close();
  }
}

/**
 * Reads with two buffers in turn so the next read (done on the libuv threadpool) overlaps the parsing of the
 * current chunk. Returns the number of bytes read.
 */
async function pumpPlain(path: string, push: (chunk: Buffer) => void, opts: PumpOptions): Promise<number> {
  const size = opts.chunkSize ?? DEFAULT_CHUNK;
  const fh = await openOrExplain(path);
  let [current, next] = opts.buffers?.(size) ?? [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)];
  let position = 0;
  const read = (into: Buffer) =>
    fh.read(into, 0, size, position).catch((err: NodeJS.ErrnoException) => {
      throw unreadable(path, err);
    });
  let pending = read(current);
  try {
    for (;;) {
      const { bytesRead } = await pending;
      if (bytesRead === 0) return position;
      position += bytesRead;
      pending = read(next);
      push(current.subarray(0, bytesRead));
      [current, next] = [next, current];
    }
  } catch (err) {
    await pending.catch(() => undefined); // let the read in flight finish before the file is closed
    throw err;
  } finally {
    await fh.close();
  }
}

/**
 * Decompresses with Node's zlib stream, which inflates on the libuv threadpool: with a generous read-ahead
 * (`readableHighWaterMark`) inflating the next chunks overlaps parsing this one. Returns decompressed bytes.
 */
async function pumpGzip(path: string, push: (chunk: Buffer) => void, opts: PumpOptions): Promise<number> {
  let bytes = 0;
  let parseError: unknown;
  // zlib streams take stream options too (not in @types/node's ZlibOptions)
  const gunzip = createGunzip({
    chunkSize: GZIP_CHUNK,
    readableHighWaterMark: 4 * GZIP_CHUNK,
  } as ZlibOptions);
  try {
    await pipeline(createReadStream(path, { highWaterMark: GZIP_CHUNK }), gunzip, async (chunks) => {
      for await (const chunk of chunks as AsyncIterable<Buffer>) {
        bytes += chunk.length;
        try {
          push(chunk);
        } catch (err) {
          parseError = err; // the pipeline would report it as a mere abort
          throw err;
        }
      }
    });
  } catch (err) {
    if (parseError !== undefined) throw parseError;
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'Z_BUF_ERROR') {
      opts.onTruncatedGzip();
    } else if (e.syscall !== undefined) {
      throw unreadable(path, e); // the file system's refusal (missing, a directory, no permission …), not zlib's
    } else {
      throw new RunFileError(path, undefined, `not a readable gzip file: ${e.message}`);
    }
  }
  return bytes;
}

async function openOrExplain(path: string): Promise<FileHandle> {
  try {
    return await open(path, 'r');
  } catch (err) {
    throw unreadable(path, err);
  }
}
