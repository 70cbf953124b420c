// A small HTTP service to point load at: the embedded-engine tests, the demo and the same-job tests use it.
// Endpoints: GET /health, GET /users, GET /orders, POST /orders (201). Anything else: 404.
// Knobs (options of startService, or env vars when run standalone):
//   delayMs / DELAY_MS        base latency of every endpoint but /health (a real setTimeout, not a busy wait)
//   jitterMs / JITTER_MS      extra uniform random latency in [0, jitterMs) on top of delayMs
//   slow / SLOW_PATH + SLOW_MS (+ SLOW_CPU_MS)   extra latency (and CPU) on one path only: an injected regression
//   cpuMs / CPU_MS            busy CPU per request (all endpoints but /health), as wall time spun
//   work / WORK               a fixed amount of computation per request (loop iterations; 400000 ≈ 0.5 ms on
//                             an idle core): unlike a spin, its CPU time grows when a neighbour slows the core
//   leakKb / LEAK_KB          memory kept per request and never freed (all endpoints but /health): a leak
//   errorRate / ERROR_PATH + ERROR_RATE          share of requests to one path answered 500
//   seed / SEED               seed of the jitter and error draws, so a run is reproducible
// Standalone: PORT=3000 node examples/service/server.mjs
import http from 'node:http';
import { pathToFileURL } from 'node:url';

/** mulberry32: a tiny seeded PRNG, uniform in [0, 1). */
function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let _sink = 0; // written, never read: only keeps the work from being optimised away
/** Fixed work per request. */
function compute(iterations) {
  let x = 1;
  for (let i = 0; i < iterations; i++) x = (Math.imul(x, 1103515245) + 12345) >>> 0;
  _sink ^= x;
}

function spin(ms) {
  if (ms <= 0) return;
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // busy on purpose: simulates CPU cost
  }
}

const ITEMS = JSON.stringify(Array.from({ length: 20 }, (_, i) => ({ id: i, name: `item${i}` })));
const ROUTES = new Set(['GET /health', 'GET /users', 'GET /orders', 'POST /orders']);

/**
 * Starts the service and resolves once it listens.
 * @param {import('./server.d.mts').ServiceOptions} [options]
 * @returns {Promise<import('./server.d.mts').RunningService>}
 */
export async function startService(options = {}) {
  const {
    port = 0,
    host = '127.0.0.1',
    delayMs = 0,
    jitterMs = 0,
    slow,
    cpuMs = 0,
    work = 0,
    leakKb = 0,
    errorRate,
    seed = 1,
  } = options;
  const random = seededRandom(seed);
  const leaked = [];
  let requests = 0;

  const server = http.createServer((req, res) => {
    requests++;
    const path = (req.url ?? '/').split('?')[0];
    const route = `${req.method} ${path}`;
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      if (!ROUTES.has(route)) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: `no route ${route}` }));
        return;
      }
      if (path === '/health') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"ok":true}');
        return;
      }
      const isSlow = slow !== undefined && slow.path === path;
      const wait = delayMs + (jitterMs > 0 ? random() * jitterMs : 0) + (isSlow ? (slow.extraMs ?? 0) : 0);
      const fail = errorRate !== undefined && errorRate.path === path && random() < errorRate.rate;
      const answer = () => {
        spin(cpuMs + (isSlow ? (slow.cpuMs ?? 0) : 0));
        compute(work);
        // filled, so the pages are really resident
        if (leakKb > 0) leaked.push(Buffer.alloc(leakKb * 1024, 1));
        if (fail) {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end('{"error":"injected failure"}');
        } else if (req.method === 'POST') {
          res.writeHead(201, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ created: true, received: Buffer.concat(chunks).length }));
        } else {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(`{"path":${JSON.stringify(path)},"items":${ITEMS}}`);
        }
      };
      if (wait > 0) setTimeout(answer, wait);
      else answer();
    });
  });
  server.keepAliveTimeout = 60_000;

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  return {
    url,
    port: address.port,
    get requests() {
      return requests;
    },
    close: () =>
      new Promise((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** Reads the knobs from environment variables (standalone use). */
export function optionsFromEnv(env = process.env) {
  const num = (name, fallback) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < 0) throw new Error(`${name}=${raw} is not a non-negative number`);
    return n;
  };
  const options = {
    port: num('PORT', 3000),
    host: env.HOST || '127.0.0.1',
    delayMs: num('DELAY_MS', 0),
    jitterMs: num('JITTER_MS', 0),
    cpuMs: num('CPU_MS', 0),
    work: num('WORK', 0),
    leakKb: num('LEAK_KB', 0),
    seed: num('SEED', 1),
  };
  if (env.SLOW_PATH)
    options.slow = { path: env.SLOW_PATH, extraMs: num('SLOW_MS', 0), cpuMs: num('SLOW_CPU_MS', 0) };
  if (env.ERROR_PATH) {
    const rate = num('ERROR_RATE', 0);
    if (rate > 1) throw new Error(`ERROR_RATE=${rate} must be between 0 and 1`);
    options.errorRate = { path: env.ERROR_PATH, rate };
  }
  return options;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const service = await startService(optionsFromEnv());
  console.log(`example service listening on ${service.url}`);
  const stop = () => service.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
