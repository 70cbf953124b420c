import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import type { core } from 'zod';
import * as z from 'zod';
import { DURATION_EXAMPLES, durationSeconds } from '../../duration.ts';
import { ScenarioError } from './scenario-error.ts';

/**
 * The embedded engine's declarative scenario (YAML or JSON). One iteration runs the request list in order, like
 * a k6 default function; the open model starts `rate` iterations per second on a fixed schedule, the closed
 * model runs `connections` loops back to back.
 *
 *   name: checkout                 # optional, default 'default' (the k6 scenario name)
 *   baseUrl: http://127.0.0.1:3000
 *   load: { model: open, rate: 100, duration: 30s }      # or { model: closed, connections: 10, duration: 30s }
 *   warmup: 5s                     # run, not recorded
 *   timeout: 10s                   # per request
 *   requests:
 *     - { name: list users, method: GET, path: /users }
 *     - { method: POST, path: /orders, body: { id: 1 }, expect: [201] }
 */
const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface ScenarioRequest {
  /** the series name (k6 `name` tag); default `METHOD path` */
  name: string;
  method: HttpMethod;
  /** path and query, starting with '/' (appended to the base URL's path) */
  path: string;
  headers: Record<string, string>;
  /** the request body as sent; objects in the file are sent as JSON */
  body?: string;
  /** statuses that count as success; undefined = any 2xx or 3xx */
  expect?: number[];
}

export type LoadSpec =
  | { model: 'open'; rate: number; duration: number; maxInFlight: number }
  | { model: 'closed'; connections: number; duration: number };

export interface Scenario {
  name: string;
  baseUrl: string;
  load: LoadSpec;
  /** seconds */
  warmup: number;
  /** per-request timeout, seconds */
  timeout: number;
  requests: ScenarioRequest[];
}

/** seconds as a number, or a duration string ('30s', '2m', '500ms') */
const duration = (min: 'positive' | 'non-negative') =>
  z.union([z.number(), z.string()]).transform((raw, ctx) => {
    const seconds = typeof raw === 'number' ? raw : durationSeconds(raw);
    if (seconds === undefined) {
      ctx.addIssue({ code: 'custom', message: `'${raw}' is not a duration; ${DURATION_EXAMPLES}` });
      return z.NEVER;
    }
    if (!Number.isFinite(seconds) || seconds < 0 || (min === 'positive' && seconds === 0)) {
      ctx.addIssue({ code: 'custom', message: `expected a ${min} duration, got ${raw}` });
      return z.NEVER;
    }
    return seconds;
  });

const httpUrl = z.string().refine((s) => {
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.search === '' && u.hash === '';
  } catch {
    return false;
  }
}, 'expected an http:// or https:// URL without query or fragment');

const requestSchema = z
  .object({
    name: z.string().min(1).optional(),
    method: z
      .string()
      .transform((m) => m.toUpperCase())
      .pipe(z.enum(HTTP_METHODS, { error: () => `expected one of ${HTTP_METHODS.join(', ')}` })),
    path: z.string().regex(/^\//, "expected a path starting with '/'"),
    headers: z
      .record(z.string(), z.union([z.string(), z.number(), z.boolean()]).transform(String))
      .optional(),
    body: z.union([z.string(), z.record(z.string(), z.unknown()), z.array(z.unknown())]).optional(),
    expect: z
      .array(
        z
          .number()
          .int()
          .min(100, 'expected an HTTP status (100–599)')
          .max(599, 'expected an HTTP status (100–599)'),
      )
      .min(1)
      .optional(),
  })
  .strict()
  .transform((r): ScenarioRequest => {
    const headers: Record<string, string> = { ...(r.headers ?? {}) };
    let body: string | undefined;
    if (typeof r.body === 'string') body = r.body;
    else if (r.body !== undefined) {
      body = JSON.stringify(r.body);
      if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
        headers['content-type'] = 'application/json';
      }
    }
    const out: ScenarioRequest = {
      name: r.name ?? `${r.method} ${r.path}`,
      method: r.method,
      path: r.path,
      headers,
    };
    if (body !== undefined) out.body = body;
    if (r.expect !== undefined) out.expect = r.expect;
    return out;
  });

/**
 * The most requests per second a scenario may ask of the embedded engine. It runs on one Node thread, and at
 * its cheapest (4000 it/s, docs/engines.md) a request costs it about 40 µs of CPU: one core sends at most
 * about 25,000 requests/s. A schedule above that could never be kept, only queued up until memory runs out
 * (a rate of 1e9 held 1.4 GB after 30 s), so it is refused; 20,000 leaves the service some of the machine.
 */
const MAX_REQUESTS_PER_SECOND = 20_000;
/** The most iterations in flight (open model) or connections (closed model): each one holds a socket. */
const MAX_CONCURRENCY = 10_000;

const loadSchema = z.discriminatedUnion(
  'model',
  [
    z
      .object({
        model: z.literal('open'),
        rate: z.number().positive('expected iterations per second > 0'),
        duration: duration('positive'),
        maxInFlight: z.number().int().min(1).max(MAX_CONCURRENCY).optional(),
      })
      .strict()
      .transform((l) => ({
        ...l,
        maxInFlight: l.maxInFlight ?? Math.min(MAX_CONCURRENCY, Math.max(50, Math.ceil(l.rate))),
      })),
    z
      .object({
        model: z.literal('closed'),
        connections: z.number().int().min(1).max(MAX_CONCURRENCY),
        duration: duration('positive'),
      })
      .strict(),
  ],
  { error: () => 'expected model: open (with rate) or model: closed (with connections)' },
);

const scenarioSchema = z
  .object({
    name: z
      .string()
      .regex(/^[A-Za-z0-9_-]+$/, 'expected letters, digits, _ or - (it becomes the k6 scenario name)')
      .default('default'),
    baseUrl: httpUrl,
    load: loadSchema,
    warmup: duration('non-negative').default(0),
    timeout: duration('positive').default(10),
    requests: z.array(requestSchema).min(1, 'expected at least one request'),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.load.model !== 'open') return;
    const perSecond = s.load.rate * s.requests.length;
    if (perSecond > MAX_REQUESTS_PER_SECOND) {
      const each = s.requests.length === 1 ? '' : ` × ${s.requests.length} requests each`;
      ctx.addIssue({
        code: 'custom',
        path: ['load', 'rate'],
        message:
          `${s.load.rate} iterations/s${each} is more than the embedded engine can schedule (at most ` +
          `${MAX_REQUESTS_PER_SECOND} requests/s from its one thread); lower the rate, or use k6 for more`,
      });
    }
  });

/** `requests[1].method` */
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `${out === '' ? '' : '.'}${String(p)}`;
  return out === '' ? '(top level)' : out;
}

function formatIssue(issue: core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) {
    return `${formatPath(issue.path)}: required (expected ${issue.expected})`;
  }
  if (issue.code === 'unrecognized_keys') {
    return `${formatPath(issue.path)}: unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
  }
  return `${formatPath(issue.path)}: ${issue.message}`;
}

/** Validates an already-parsed scenario object; errors name `file` and each bad field. */
function validateScenario(data: unknown, file: string): Scenario {
  const parsed = scenarioSchema.safeParse(data);
  if (!parsed.success) {
    throw new ScenarioError(
      `${file}: invalid scenario\n${parsed.error.issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`,
    );
  }
  return parsed.data;
}

/** Parses scenario text (YAML, of which JSON is a subset). */
export function parseScenario(text: string, file: string): Scenario {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (err) {
    throw new ScenarioError(`${file}: not valid YAML/JSON: ${(err as Error).message}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ScenarioError(`${file}: expected a mapping with baseUrl, load and requests`);
  }
  return validateScenario(data, file);
}

export async function loadScenario(file: string): Promise<Scenario> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new ScenarioError(
      `${file}: cannot read the scenario file (${(err as NodeJS.ErrnoException).code ?? err})`,
    );
  }
  return parseScenario(text, file);
}
