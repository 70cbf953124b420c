import { RunFileError, snippet } from './errors.ts';
import { pumpFile } from './file-pump.ts';
import { LineSplitter } from './line-splitter.ts';
import { givenLoadModel } from './load-model.ts';
import { nameSeriesByTarget } from './request-name.ts';
import { RunAccumulator, type TagSet } from './run-accumulator.ts';
import type { ReadOptions, RunResult } from './types.ts';
import { trimWarmup } from './warmup.ts';

/**
 * Reads the per-request file that perf-gate's Locust module (`python/perf_gate_requests.py`, one `import` in a
 * locustfile) writes: a header line, then one JSON array per request
 * `[start epoch ms, method, name, response ms, failure message or null]`. Full fidelity, in constant memory.
 */

export const LOCUST_REQUESTS_FORMAT = 'perf-gate-locust-requests';

interface Header {
  format: string;
  version: number;
  locust?: string;
  loadModel?: string;
}

export async function readLocustRequests(path: string, opts: ReadOptions = {}): Promise<RunResult> {
  const acc = new RunAccumulator(opts.maxSeries);
  const lines = new RequestLines(path, acc);
  /** the file ends mid-line or mid-gzip: a partial run (never a baseline) */
  let cut = false;
  const splitter = new LineSplitter((buf, start, end, lineNo) => lines.handle(buf, start, end, lineNo));
  await pumpFile(path, (chunk) => splitter.push(chunk), {
    chunkSize: opts.chunkSize,
    onTruncatedGzip: () => {
      acc.warn(`${path}: the gzip stream is truncated; kept what was read`);
      cut = true;
    },
  });
  if (!readLastLine(splitter, lines, acc, path)) cut = true;
  const { header } = lines;
  if (header === undefined) {
    throw new RunFileError(path, undefined, `empty file: expected perf-gate's Locust per-request file`);
  }
  if (acc.seriesCount === 0) {
    throw new RunFileError(path, undefined, 'no requests were recorded: is the target reachable?');
  }
  // the wait times of the user classes that ran, which perf-gate's module wrote in the header
  const shown = header.loadModel === 'open' || header.loadModel === 'closed' ? header.loadModel : undefined;
  const run = nameSeriesByTarget(
    acc.finish({
      engine: 'locust',
      sources: [path],
      ...(shown === undefined
        ? givenLoadModel(opts)
        : { loadModel: shown, loadModelSource: 'locust-plan' as const }),
      targetRate: opts.targetRate,
      engineVersion: header.locust || undefined,
    }),
    opts.targetUrl,
  );
  if (cut) run.cutFiles = [path];
  return opts.warmupSeconds ? trimWarmup(run, opts.warmupSeconds) : run;
}

/** The file's lines one by one: the header first, then each request into the accumulator. */
class RequestLines {
  header: Header | undefined;
  private readonly tagSets = new Map<string, TagSet>();

  constructor(
    private readonly path: string,
    private readonly acc: RunAccumulator,
  ) {}

  handle(buf: Buffer, start: number, end: number, lineNo: number): void {
    const text = buf.toString('utf8', start, end).trim();
    if (text === '') return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new RunFileError(this.path, lineNo, `not JSON: ${snippet(text)}`);
    }
    if (this.header === undefined) {
      this.header = headerOf(value, this.path, text);
      return;
    }
    if (!isRequestLine(value)) {
      throw new RunFileError(
        this.path,
        lineNo,
        `expected [start ms, method, name, response ms, failure or null], got: ${snippet(text)}`,
      );
    }
    const [startMs, method, name, responseMs, failure] = value;
    const failed = failure !== null;
    const key = `${method}\u0000${name}\u0000${failed}`;
    let tags = this.tagSets.get(key);
    // Stryker disable next-line ConditionalExpression: equivalent, the accumulator keeps one tag set per combination too (this map spares building its tags and longer key for every line: a few % of the read)
    if (tags === undefined) {
      // as k6 tags a request expected_response:true or false
      tags = this.acc.tagSet({ method, name, expectedResponse: String(!failed) });
      this.tagSets.set(key, tags);
    }
    const second = Math.floor(startMs / 1000);
    this.acc.request(tags, second, startMs - second * 1000, responseMs);
  }
}

/**
 * The last line when the file does not end with a newline. False when it is incomplete (Locust was stopped
 * while writing it): it is left out with a warning, and the run is partial.
 */
function readLastLine(
  splitter: LineSplitter,
  lines: RequestLines,
  acc: RunAccumulator,
  path: string,
): boolean {
  const last = splitter.unterminatedLine();
  if (last === undefined) return true;
  try {
    lines.handle(last.buf, last.start, last.end, last.lineNo);
    return true;
  } catch (err) {
    if (!(err instanceof RunFileError)) throw err;
    acc.warn(
      `${path}:${last.lineNo}: the last line is incomplete (Locust was stopped while writing it); ignored it`,
    );
    acc.skip('truncated last line');
    return false;
  }
}

function headerOf(value: unknown, path: string, text: string): Header {
  // JSON other than an object (null, an array, a string …) has no `format`
  const h = value as Partial<Header> | null;
  if (h?.format !== LOCUST_REQUESTS_FORMAT) {
    throw new RunFileError(
      path,
      1,
      `not perf-gate's Locust per-request file: the first line must be {"format": "${LOCUST_REQUESTS_FORMAT}", …}, got: ${snippet(text)}`,
    );
  }
  if (h.version !== 1) {
    throw new RunFileError(
      path,
      1,
      `format version ${JSON.stringify(h.version)} is not one this perf-gate reads (1)`,
    );
  }
  return h as Header;
}

function isRequestLine(v: unknown): v is [number, string, string, number, string | null] {
  return (
    Array.isArray(v) &&
    v.length === 5 &&
    Number.isFinite(v[0]) &&
    typeof v[1] === 'string' &&
    typeof v[2] === 'string' &&
    Number.isFinite(v[3]) &&
    v[3] >= 0 &&
    (v[4] === null || typeof v[4] === 'string')
  );
}
