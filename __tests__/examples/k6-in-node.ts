import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** One request a k6 script made in one iteration, as the stand-in k6/http recorded it. */
export interface RecordedRequest {
  method: string;
  url: string;
  body: string | null;
  /** the `name` tag: the series name perf-gate compares by */
  name?: string;
  headers: Record<string, string>;
  /** from `responseCallback: http.expectedStatuses(...)` */
  expectedStatuses?: number[];
}

export interface K6Iteration {
  options: Record<string, unknown>;
  requests: RecordedRequest[];
  checks: { name: string; passed: boolean }[];
}

/** What the example service answers (examples/service/server.mjs): 201 for POST, 200 otherwise. */
const serviceStatus = (method: string) => (method === 'POST' ? 201 : 200);

interface Params {
  tags?: Record<string, string>;
  headers?: Record<string, string>;
  responseCallback?: { expectedStatuses: number[] };
}

/**
 * Runs a k6 script's default function once in Node, with stand-ins for `k6` (check) and `k6/http` that
 * record each request instead of sending it: the script's real options and real request code, so a test can
 * say what two scripts do without a k6 binary. Imports other than `http` from k6/http and `check` from k6
 * are refused rather than stubbed silently.
 */
export async function runK6Iteration(
  source: string,
  env: Record<string, string> = {},
  /** the status each request gets (default: what the example service answers) */
  respond: (method: string, url: string) => number = serviceStatus,
): Promise<K6Iteration> {
  const requests: RecordedRequest[] = [];
  const checks: K6Iteration['checks'] = [];
  const record = (method: string, url: string, body: unknown, params: Params = {}) => {
    requests.push({
      method,
      url,
      body: body === null || body === undefined ? null : String(body),
      name: params.tags?.name,
      headers: params.headers ?? {},
      expectedStatuses: params.responseCallback?.expectedStatuses,
    });
    return { status: respond(method, url) };
  };
  const http = {
    get: (url: string, params?: Params) => record('GET', url, null, params),
    post: (url: string, body: unknown, params?: Params) => record('POST', url, body, params),
    request: (method: string, url: string, body: unknown, params?: Params) =>
      record(method, url, body, params),
    expectedStatuses: (...statuses: number[]) => ({ expectedStatuses: statuses }),
  };
  const check = (res: unknown, sets: Record<string, (r: unknown) => boolean>) => {
    let all = true;
    for (const [name, fn] of Object.entries(sets)) {
      const passed = fn(res) === true;
      checks.push({ name, passed });
      all &&= passed;
    }
    return all;
  };

  const importLines = source.match(/^import .*$/gm) ?? [];
  let rewritten = source;
  for (const line of importLines) {
    if (/^import\s+http\s+from\s+'k6\/http';$/.test(line))
      rewritten = rewritten.replace(line, 'const http = globalThis.__k6stub.http;');
    else if (/^import\s+\{\s*check\s*\}\s+from\s+'k6';$/.test(line))
      rewritten = rewritten.replace(line, 'const { check } = globalThis.__k6stub.check;');
    else throw new Error(`runK6Iteration: no stand-in for "${line}"`);
  }
  const dir = await mkdtemp(join(tmpdir(), 'perf-gate-k6-script-'));
  const file = join(dir, 'script.mjs');
  await writeFile(file, `const __ENV = globalThis.__k6stub.env;\n${rewritten}`);
  const global = globalThis as { __k6stub?: unknown };
  global.__k6stub = { http, check: { check }, env: { ...env } };
  try {
    const module = (await import(pathToFileURL(file).href)) as {
      options: Record<string, unknown>;
      default: () => void;
    };
    module.default();
    return { options: module.options, requests, checks };
  } finally {
    delete global.__k6stub;
    await rm(dir, { recursive: true, force: true });
  }
}
