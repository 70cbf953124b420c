import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { withoutByteOrderMark } from './byte-order-mark.ts';
import { RunFileError, snippet, unreadable } from './errors.ts';
import { jtlHeader, readJtlCsv } from './jtl-csv.ts';
import { readJtlXml } from './jtl-xml.ts';
import { readK6Json } from './k6-json.ts';
import { LOCUST_STATS_HEADER, readLocustCsv } from './locust-csv.ts';
import { LOCUST_REQUESTS_FORMAT, readLocustRequests } from './locust-requests.ts';
import { nameSeriesByTarget } from './request-name.ts';
import { deserializeRun, RUN_FORMAT } from './serialize.ts';
import { summaryToRun } from './summary-export.ts';
import type { ReadOptions, RunResult } from './types.ts';

const HEAD_BYTES = 64 * 1024;

/**
 * Reads any run file perf-gate understands, recognised by its content, not its name:
 * k6 `--out json` NDJSON, a JMeter results file (CSV with a header line, or XML), perf-gate's Locust
 * per-request file (each plain or gzipped), Locust's `PREFIX_stats.csv`, a k6 `--summary-export` (or
 * handleSummary) JSON, or a run saved by `serializeRun`. Handy where the user just points at a file (the CLI's
 * `compare`).
 */
export async function readRunFile(path: string, opts: ReadOptions = {}): Promise<RunResult> {
  const raw = await readHead(path, HEAD_BYTES);
  if (raw.length === 0) {
    throw new RunFileError(
      path,
      undefined,
      'empty file: expected k6 --out json output, a JMeter or Locust results file, a k6 summary or a perf-gate run',
    );
  }
  const gzipped = raw[0] === 0x1f && raw[1] === 0x8b;
  const text = (gzipped ? await gunzipHead(path) : raw).toString('utf8');
  const firstLine = text.split('\n', 1)[0]!.trim();
  if (jtlHeader(firstLine) !== undefined) return readJtlCsv(path, opts);
  if (/^(<\?xml[^>]*>\s*)?<testResults[\s>]/.test(text.trimStart())) return readJtlXml(path, opts);
  if (firstLine.includes(`"${LOCUST_REQUESTS_FORMAT}"`)) return readLocustRequests(path, opts);
  if (!gzipped && firstLine.startsWith(LOCUST_STATS_HEADER)) return readLocustCsv(path, opts);
  if (gzipped) return readK6Json(path, opts);
  if (isK6Line(firstLine)) return readK6Json(path, opts);

  const whole = withoutByteOrderMark(await readFile(path, 'utf8'));
  let json: unknown;
  try {
    json = JSON.parse(whole);
  } catch (err) {
    throw new RunFileError(
      path,
      undefined,
      `not a run file (${snippet((err as Error).message, 120)}): expected k6 --out json NDJSON, a JMeter .jtl ` +
        `(CSV with a header line, or XML), a Locust _stats.csv or per-request file, a k6 --summary-export JSON ` +
        `or a perf-gate run JSON, got: ${snippet(whole)}`,
    );
  }
  // (a run saved by an older perf-gate may still name requests by full URL)
  if (isRecord(json) && json.format === RUN_FORMAT)
    return nameSeriesByTarget(deserializeRun(json, path), opts.targetUrl);
  if (isRecord(json) && isRecord(json.metrics)) return summaryToRun(json, path, opts); // uses loadModel, targetRate
  throw new RunFileError(
    path,
    undefined,
    'not a run file: expected k6 --out json NDJSON, a k6 --summary-export JSON (with "metrics") or a perf-gate ' +
      `run JSON (with "format": "${RUN_FORMAT}"), got: ${snippet(whole)}`,
  );
}

function isK6Line(line: string): boolean {
  try {
    const o = JSON.parse(line) as unknown;
    return isRecord(o) && (o.type === 'Point' || o.type === 'Metric') && isRecord(o.data);
  } catch {
    return false;
  }
}

async function readHead(path: string, bytes: number): Promise<Buffer> {
  let fh: Awaited<ReturnType<typeof open>>;
  try {
    fh = await open(path, 'r');
  } catch (err) {
    throw unreadable(path, err);
  }
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The first decompressed bytes of a gzipped file (a truncated stream gives what it has). */
async function gunzipHead(path: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  let length = 0;
  // Stryker disable next-line ObjectLiteral: equivalent, 64 KiB is also createReadStream's default highWaterMark
  const input = createReadStream(path, { highWaterMark: HEAD_BYTES });
  const gunzip = input.pipe(createGunzip());
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      parts.push(chunk);
      length += chunk.length;
      if (length >= HEAD_BYTES) break;
    }
  } catch (err) {
    if (length === 0)
      throw new RunFileError(path, undefined, `not a readable gzip file: ${(err as Error).message}`);
  } finally {
    input.destroy();
    gunzip.destroy();
  }
  return Buffer.concat(parts);
}
