import { closeSync, openSync, writeSync } from 'node:fs';
import { mulberry32 } from '../src/stats/rng.ts';

/**
 * Writes k6-shaped `--out json` NDJSON of about `targetBytes`, modelled on the recorded v0.49 fixtures: a
 * Metric line before each metric's first Point, 9 Points per HTTP request with k6's default system tags,
 * checks, group_duration, per-iteration data_sent/data_received/iteration_duration/iterations, vus and vus_max
 * once a second, setup() and teardown() requests, ~2% failed requests (500, expected_response false,
 * error_code), dropped_iterations now and then, and a dynamic URL grouped under one `name` tag.
 * The first half is written in the k6 v0.x style (Go `%g` floats such as `1.2e-05`), the second half in the
 * v2.x style (plain decimals, no exponents). Deterministic for a given seed.
 */

export interface GeneratedFile {
  bytes: number;
  lines: number;
  requests: number;
}

interface Endpoint {
  scenario: string;
  group: string;
  method: string;
  name: string;
  path: (rand: () => number) => string;
  baseMs: number;
  failRate: number;
  check?: string;
}

const BASE_URL = 'http://127.0.0.1:8080';
const START_MS = Date.UTC(2026, 10, 23, 23, 4, 45, 189);
const REQUESTS_PER_SECOND = 800;

const ENDPOINTS: Endpoint[] = [
  {
    scenario: 'browse',
    group: '::browse',
    method: 'GET',
    name: `${BASE_URL}/users`,
    path: () => '/users',
    baseMs: 7,
    failRate: 0,
    check: 'users ok',
  },
  {
    scenario: 'browse',
    group: '::browse',
    method: 'GET',
    name: 'GET /items/:id',
    path: (rand) => `/items/${Math.floor(rand() * 100_000)}`,
    baseMs: 9,
    failRate: 0.005,
  },
  {
    scenario: 'browse',
    group: '::checkout',
    method: 'POST',
    name: `${BASE_URL}/orders`,
    path: () => '/orders',
    baseMs: 12,
    failRate: 0.02,
  },
  {
    scenario: 'api',
    group: '',
    method: 'GET',
    name: 'GET /users',
    path: () => '/users',
    baseMs: 6,
    failRate: 0,
    check: 'users 200',
  },
  {
    scenario: 'api',
    group: '',
    method: 'GET',
    name: 'GET /orders',
    path: () => '/orders',
    baseMs: 8,
    failRate: 0.03,
    check: 'orders 200',
  },
];

const METRICS: Record<string, string> = {
  http_reqs: '"type":"counter","contains":"default","thresholds":[],"submetrics":null',
  http_req_duration:
    '"type":"trend","contains":"time","thresholds":["p(99)<1000"],"submetrics":[{"name":"http_req_duration{expected_response:true}","suffix":"expected_response:true","tags":{"expected_response":"true"}}]',
  http_req_blocked: '"type":"trend","contains":"time","thresholds":[],"submetrics":null',
  http_req_connecting: '"type":"trend","contains":"time","thresholds":[],"submetrics":null',
  http_req_tls_handshaking: '"type":"trend","contains":"time","thresholds":[],"submetrics":null',
  http_req_sending: '"type":"trend","contains":"time","thresholds":[],"submetrics":null',
  http_req_waiting: '"type":"trend","contains":"time","thresholds":[],"submetrics":null',
  http_req_receiving: '"type":"trend","contains":"time","thresholds":[],"submetrics":null',
  http_req_failed: '"type":"rate","contains":"default","thresholds":["rate<0.05"],"submetrics":null',
  checks: '"type":"rate","contains":"default","thresholds":[],"submetrics":null',
  group_duration: '"type":"trend","contains":"time","thresholds":[],"submetrics":null',
  data_sent: '"type":"counter","contains":"data","thresholds":[],"submetrics":null',
  data_received: '"type":"counter","contains":"data","thresholds":[],"submetrics":null',
  iteration_duration: '"type":"trend","contains":"time","thresholds":[],"submetrics":null',
  iterations: '"type":"counter","contains":"default","thresholds":[],"submetrics":null',
  dropped_iterations: '"type":"counter","contains":"default","thresholds":[],"submetrics":null',
  vus: '"type":"gauge","contains":"default","thresholds":[],"submetrics":null',
  vus_max: '"type":"gauge","contains":"default","thresholds":[],"submetrics":null',
};

/** Go's strconv.FormatFloat(v, 'g', -1, 64), as k6 v0.x wrote values: exponent below 1e-4 and from 1e21. */
export function goFloatG(v: number): string {
  if (v !== 0 && (Math.abs(v) < 1e-4 || Math.abs(v) >= 1e21)) {
    return v.toExponential().replace(/e([+-])(\d)$/, 'e$10$2');
  }
  return String(v);
}

/** k6 v2.x style: plain decimal, never an exponent. */
export function plainFloat(v: number): string {
  if (v === 0 || (Math.abs(v) >= 1e-4 && Math.abs(v) < 1e21)) return String(v);
  return v.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
}

/** RFC3339Nano as Go writes it: nanoseconds with trailing zeros trimmed. */
function rfc3339Nano(ms: number, nanoExtra: number): string {
  const iso = new Date(Math.floor(ms)).toISOString(); // 2026-11-23T23:04:45.189Z
  const nanos = (Math.floor(ms) % 1000) * 1_000_000 + nanoExtra;
  const frac = String(nanos).padStart(9, '0').replace(/0+$/, '');
  return `${iso.slice(0, 19)}${frac === '' ? '' : `.${frac}`}Z`;
}

function roundTo(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

export function generateK6Json(file: string, targetBytes: number, seed = 42): GeneratedFile {
  const rng = mulberry32(seed);
  const rand = rng.next;
  const fd = openSync(file, 'w');
  let batch: string[] = [];
  let batchBytes = 0;
  let bytes = 0;
  let lines = 0;
  let requests = 0;
  const declared = new Set<string>();
  let v2 = false;
  const fmt = (v: number): string => (v2 ? plainFloat(v) : goFloatG(v));

  const flush = (): void => {
    if (batch.length === 0) return;
    writeSync(fd, batch.join(''));
    batch = [];
    batchBytes = 0;
  };
  const emit = (metric: string, time: string, value: number, tags: string): void => {
    if (!declared.has(metric)) {
      declared.add(metric);
      push(`{"type":"Metric","data":{"name":"${metric}",${METRICS[metric]}},"metric":"${metric}"}\n`);
    }
    push(
      `{"metric":"${metric}","type":"Point","data":{"time":"${time}","value":${fmt(value)},"tags":${tags}}}\n`,
    );
  };
  const push = (line: string): void => {
    batch.push(line);
    batchBytes += line.length;
    bytes += line.length;
    lines++;
    if (batchBytes > 1 << 20) flush();
  };

  const request = (ep: Endpoint, scenario: string | undefined, group: string, ms: number): void => {
    const failed = rand() < ep.failRate;
    const status = failed ? '500' : '200';
    const url = `${BASE_URL}${ep.path(rand)}`;
    const name = ep.name.startsWith('http') ? url : ep.name;
    const tags =
      `{${failed ? '"error_code":"1500",' : ''}"expected_response":"${failed ? 'false' : 'true'}","group":"${group}",` +
      `"method":"${ep.method}","name":"${name}","proto":"HTTP/1.1",${scenario === undefined ? '' : `"scenario":"${scenario}",`}` +
      `"status":"${status}","url":"${url}"}`;
    const time = rfc3339Nano(ms, Math.floor(rand() * 1_000_000));
    // a log-normal-ish latency around the endpoint's base
    const duration = roundTo(
      ep.baseMs * Math.exp(0.25 * (rand() + rand() + rand() - 1.5)) + (rand() < 0.01 ? 30 * rand() : 0),
      6,
    );
    const blocked = rand() < 0.02 ? roundTo(0.5 + rand(), 6) : roundTo(0.000004 + rand() * 0.00003, 9);
    const sending = roundTo(0.00001 + rand() * 0.05, 9);
    const receiving = roundTo(0.01 + rand() * 0.2, 6);
    emit('http_reqs', time, 1, tags);
    emit('http_req_duration', time, duration, tags);
    emit('http_req_blocked', time, blocked, tags);
    emit('http_req_connecting', time, blocked > 0.1 ? roundTo(blocked * 0.9, 6) : 0, tags);
    emit('http_req_tls_handshaking', time, 0, tags);
    emit('http_req_sending', time, sending, tags);
    emit('http_req_waiting', time, roundTo(Math.max(0, duration - sending - receiving), 6), tags);
    emit('http_req_receiving', time, receiving, tags);
    emit('http_req_failed', time, failed ? 1 : 0, tags);
    if (ep.check !== undefined) {
      const checkTime = rfc3339Nano(ms + 0.1, 0);
      emit(
        'checks',
        checkTime,
        failed ? 0 : 1,
        `{"check":"${ep.check}","group":"${group}","scenario":"${scenario}"}`,
      );
    }
    requests++;
  };

  // setup() and teardown(): group ::setup / ::teardown and no scenario tag, as k6 writes them
  const lifecycle = (group: string, method: string, path: string): Endpoint => ({
    scenario: '',
    group,
    method,
    name: `${BASE_URL}${path}`,
    path: () => path,
    baseMs: 3,
    failRate: 0,
  });
  let ms = START_MS;
  request(lifecycle('::setup', 'GET', '/health'), undefined, '::setup', ms);
  request(lifecycle('::setup', 'POST', '/login'), undefined, '::setup', ms + 4);
  ms += 20;

  let lastSecond = -1;
  const iterationTags = (scenario: string): string => `{"group":"","scenario":"${scenario}"}`;
  while (bytes < targetBytes) {
    if (!v2 && bytes >= targetBytes / 2) v2 = true;
    const second = Math.floor(ms / 1000);
    if (second !== lastSecond) {
      lastSecond = second;
      const t = rfc3339Nano(ms, 0);
      emit('vus', t, 20 + Math.floor(rand() * 5), '{}');
      emit('vus_max', t, 50, '{}');
      if (rand() < 0.05) emit('dropped_iterations', t, 1, '{"scenario":"api"}');
    }
    // one iteration of each scenario: browse visits its groups, api calls its two endpoints
    const iterStart = ms;
    const browse = ENDPOINTS.filter((e) => e.scenario === 'browse');
    for (const ep of browse) {
      request(ep, 'browse', ep.group, ms);
      ms += 1000 / REQUESTS_PER_SECOND;
      emit(
        'group_duration',
        rfc3339Nano(ms, 0),
        roundTo(ep.baseMs * 1.1, 6),
        `{"group":"${ep.group}","scenario":"browse"}`,
      );
    }
    iterationEnd('browse', iterStart);
    const apiStart = ms;
    for (const ep of ENDPOINTS.filter((e) => e.scenario === 'api')) {
      request(ep, 'api', '', ms);
      ms += 1000 / REQUESTS_PER_SECOND;
    }
    iterationEnd('api', apiStart);
  }
  request(lifecycle('::teardown', 'DELETE', '/session'), undefined, '::teardown', ms);
  flush();
  closeSync(fd);
  return { bytes, lines, requests };

  function iterationEnd(scenario: string, start: number): void {
    const t = rfc3339Nano(ms, 0);
    const tags = iterationTags(scenario);
    emit('data_sent', t, 250 + Math.floor(rand() * 100), tags);
    emit('data_received', t, 1400 + Math.floor(rand() * 300), tags);
    emit('iteration_duration', t, roundTo(ms - start + rand(), 6), tags);
    emit('iterations', t, 1, tags);
  }
}
