import { createReadStream } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGunzip, type ZlibOptions } from 'node:zlib';
import { RunFileError, unreadable } from './errors.ts';
import { K6LineParser } from './k6-line-parser.ts';
import { primeK6Reader } from './k6-warmup.ts';
import { LineSplitter } from './line-splitter.ts';
import { RunAccumulator } from './run-accumulator.ts';
import type { LoadModel, RunResult } from './types.ts';
import { trimWarmup } from './warmup.ts';

export interface K6ReadOptions {
  /** drop the first N seconds of the run (see `trimWarmup`) */
  warmupSeconds?: number;
  /** the executor's model, which the output does not record (default 'unknown') */
  loadModel?: LoadModel;
  /** the open model's target arrival rate (iterations/s), when known */
  targetRate?: number;
  /** bytes per read of a plain file (default 1 MiB: fits the CPU cache); tests use tiny ones to cut lines */
  chunkSize?: number;
  /** distinct request series kept apart before further names are folded (default 1000) */
  maxSeries?: number;
}

const DEFAULT_CHUNK = 1 << 20;
/** decompressed bytes per zlib output chunk: large, so the per-chunk overhead vanishes */
const GZIP_CHUNK = 1 << 20;

/**
 * Reads k6 `--out json=FILE` NDJSON, plain or gzipped (a `.gz` name or the gzip magic bytes), in constant
 * memory: chunks go straight through the line splitter into the byte-level parser, nothing per sample is kept
 * but per-second histograms. A last line cut short (k6 killed while writing) and a truncated gzip stream are
 * tolerated with a warning; anything else that is not k6 output is an error naming file and line.
 */
export async function readK6Json(path: string, opts: K6ReadOptions = {}): Promise<RunResult> {
  primeK6Reader();
  const acc = new RunAccumulator(opts.maxSeries);
  const parser = new K6LineParser(acc, path);
  const splitter = new LineSplitter(parser.handleLine);
  const bytes = (await isGzip(path))
    ? await pumpGzip(path, splitter, acc)
    : await pumpPlain(path, splitter, opts);

  const last = splitter.unterminatedLine();
  if (last !== undefined) {
    try {
      parser.handleFinalLine(last.buf, last.start, last.end, last.lineNo);
    } catch (err) {
      if (!(err instanceof RunFileError)) throw err;
      acc.warn(
        `${path}:${last.lineNo}: the last line is incomplete (k6 was probably stopped while writing it); ignored it`,
      );
      acc.skip('truncated last line');
    }
  }
  parser.finish();
  if (bytes === 0 || parser.fastLines + parser.slowLines === 0) {
    throw new RunFileError(
      path,
      undefined,
      'empty file: expected k6 --out json output (one JSON object per line)',
    );
  }
  if (acc.seriesCount === 0) {
    throw new RunFileError(path, undefined, 'no HTTP requests were recorded: is the target reachable?');
  }
  if (acc.requestsWithoutExpectedResponse > 0 && acc.failureSamples === 0) {
    acc.warn(
      `${path}: ${acc.requestsWithoutExpectedResponse} requests carry no expected_response tag and there are no ` +
        'http_req_failed samples for them: their failures cannot be counted (failed = 0)',
    );
  }
  const run = acc.finish({
    engine: 'k6',
    sources: [path],
    loadModel: opts.loadModel ?? 'unknown',
    targetRate: opts.targetRate,
  });
  if (opts.loadModel === undefined) inferLoadModel(run, path);
  return opts.warmupSeconds ? trimWarmup(run, opts.warmupSeconds) : run;
}

async function isGzip(path: string): Promise<boolean> {
  if (path.endsWith('.gz')) return true;
  const fh = await openOrExplain(path);
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await fh.read(head, 0, 2, 0).catch((err: NodeJS.ErrnoException) => {
      throw unreadable(path, err);
    });
    return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    await fh.close();
  }
}

/**
 * Reads with two buffers in turn so the next read (done on the libuv threadpool) overlaps the parsing of the
 * current chunk. Returns the number of bytes read.
 */
async function pumpPlain(path: string, splitter: LineSplitter, opts: K6ReadOptions): Promise<number> {
  const size = opts.chunkSize ?? DEFAULT_CHUNK;
  const fh = await openOrExplain(path);
  let current = Buffer.allocUnsafe(size);
  let next = Buffer.allocUnsafe(size);
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
      splitter.push(current.subarray(0, bytesRead));
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
async function pumpGzip(path: string, splitter: LineSplitter, acc: RunAccumulator): Promise<number> {
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
          splitter.push(chunk);
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
      acc.warn(
        `${path}: the gzip stream is truncated (k6 was probably stopped while writing); kept what was read`,
      );
    } else if (e.code === 'ENOENT' || e.code === 'EACCES' || e.code === 'EISDIR') {
      throw unreadable(path, e);
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

/**
 * The NDJSON does not record the executor, but k6 runs its shorthand options (`vus`, `duration`,
 * `iterations`, `stages`) as the scenario `default` with a VU-based executor: a closed model. Only an
 * arrival-rate executor drops iterations, so a dropped iteration means the scenario was named `default` by
 * hand. The inference is said in the run's warnings, so the report names the source that decided.
 */
function inferLoadModel(run: RunResult, path: string): void {
  const scenarios = new Set([...run.series.values()].map((s) => s.key.scenario));
  const dropped = run.totals.droppedIterations > 0 || run.skipped['metric dropped_iterations'] !== undefined;
  if (scenarios.size !== 1 || !scenarios.has('default') || dropped) return;
  run.loadModel = 'closed';
  run.warnings.push(
    `${path}: load model closed, inferred from k6's scenario 'default' (the vus/duration/iterations/stages shorthand runs VU-based); set --load-model if that is wrong`,
  );
}
