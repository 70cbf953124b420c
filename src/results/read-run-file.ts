import { open, readFile } from 'node:fs/promises';
import { RunFileError, snippet, unreadable } from './errors.ts';
import { type K6ReadOptions, readK6Json } from './k6-json.ts';
import { deserializeRun, RUN_FORMAT } from './serialize.ts';
import { summaryToRun } from './summary-export.ts';
import type { RunResult } from './types.ts';

/**
 * Reads any run file perf-gate understands, recognised by its content, not its name:
 * k6 `--out json` NDJSON (plain or gzipped), a k6 `--summary-export` (or handleSummary) JSON, or a run saved
 * by `serializeRun`. Handy where the user just points at a file (the CLI's `compare`).
 */
export async function readRunFile(path: string, opts: K6ReadOptions = {}): Promise<RunResult> {
  const head = await readHead(path, 64 * 1024);
  if (head.length === 0) {
    throw new RunFileError(
      path,
      undefined,
      'empty file: expected k6 --out json output, a k6 summary or a perf-gate run',
    );
  }
  if (head[0] === 0x1f && head[1] === 0x8b) return readK6Json(path, opts);
  const text = head.toString('utf8');
  const firstLine = text.split('\n', 1)[0]!.trim();
  if (isK6Line(firstLine) && text.includes('\n')) return readK6Json(path, opts);

  const whole = await readFile(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(whole);
  } catch (err) {
    if (isK6Line(firstLine)) return readK6Json(path, opts); // a one-line NDJSON file
    throw new RunFileError(
      path,
      undefined,
      `not a run file (${snippet((err as Error).message, 120)}): expected k6 --out json NDJSON, a k6 --summary-export JSON ` +
        `or a perf-gate run JSON, got: ${snippet(whole)}`,
    );
  }
  if (isRecord(json) && json.format === RUN_FORMAT) return deserializeRun(json, path);
  if (isRecord(json) && isRecord(json.metrics)) return summaryToRun(json, path, opts); // uses loadModel, targetRate
  if (isK6Line(firstLine)) return readK6Json(path, opts);
  throw new RunFileError(
    path,
    undefined,
    'not a run file: expected k6 --out json NDJSON, a k6 --summary-export JSON (with "metrics") or a perf-gate ' +
      `run JSON (with "format": "${RUN_FORMAT}"), got: ${snippet(whole)}`,
  );
}

function isK6Line(line: string): boolean {
  if (!line.startsWith('{')) return false;
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
