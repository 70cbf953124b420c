// Embedded engine bench (run by hand): node --import tsx bench/embedded.bench.ts [seconds-per-step]
// 1. open model: achieved vs requested iteration rate, start lag against the schedule, dropped iterations;
// 2. CPU of this process per request: the full generator vs a bare undici loop at the same rate (the difference
//    is the generator's own overhead: scheduling, slots, recording), and the recorder alone;
// 3. closed model: the most requests/s one process drives.
// The example service runs in a child process so its CPU is not counted here.
import { spawn } from 'node:child_process';
import { Pool } from 'undici';
import { generateLoad } from '../src/engine/embedded/generator.ts';
import { ResultRecorder } from '../src/engine/embedded/recorder.ts';
import { parseScenario, type Scenario } from '../src/engine/embedded/scenario.ts';

const seconds = Number(process.argv[2] ?? 3);

async function startServiceProcess(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ['examples/service/server.mjs'], {
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      const m = /listening on (\S+)/.exec(s);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`service exited with ${code}`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

const scenarioAt = (url: string, load: string) =>
  parseScenario(`baseUrl: ${url}\nload: ${load}\nrequests:\n  - { method: GET, path: /users }\n`, 'bench');

function cpuMicros(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return d.user + d.system;
}

async function openStep(url: string, rate: number) {
  const scenario = scenarioAt(
    url,
    `{ model: open, rate: ${rate}, duration: ${seconds}, maxInFlight: ${Math.max(50, rate)} }`,
  );
  const recorder = new ResultRecorder(scenario);
  const cpu = process.cpuUsage();
  const stats = await generateLoad(scenario, recorder);
  const cpuUs = cpuMicros(cpu);
  const result = recorder.finish(stats.peakInFlight);
  const series = [...result.series.values()][0]!;
  // completed requests per whole wall-clock second (the first and last seconds are partial)
  const perSecond = [...series.seconds.entries()]
    .sort(([a], [b]) => a - b)
    .slice(1, -1)
    .map(([, b]) => b.requests);
  return {
    rate,
    achieved: stats.measuredIterationsStarted / seconds,
    perSecondMin: Math.min(...perSecond),
    perSecondMax: Math.max(...perSecond),
    dropped: stats.measuredDropped,
    lagP50: stats.startLag.quantile(0.5),
    lagP99: stats.startLag.quantile(0.99),
    lagMax: stats.startLag.max,
    p50: series.latency.quantile(0.5),
    p99: series.latency.quantile(0.99),
    cpuPerRequestUs: cpuUs / stats.requestsSent,
  };
}

/** The same open schedule with a bare undici loop: no slots, no recording (request → drain body). */
async function bareUndici(url: string, rate: number) {
  const pool = new Pool(url, { connections: Math.max(50, rate), pipelining: 1 });
  const interval = 1000 / rate;
  const start = performance.now();
  const end = start + seconds * 1000;
  let sent = 0;
  let inFlight = 0;
  let scheduling = true;
  const cpu = process.cpuUsage();
  await new Promise<void>((resolve) => {
    let k = 0;
    const fire = () => {
      sent++;
      inFlight++;
      const settle = () => {
        if (--inFlight === 0 && !scheduling) resolve();
      };
      pool.request({ path: '/users', method: 'GET' }).then(async (r) => {
        for await (const _ of r.body);
        settle();
      }, settle);
    };
    const tick = () => {
      const now = performance.now();
      for (let due = start + k * interval; due <= now && due < end; due = start + ++k * interval) fire();
      if (start + k * interval < end) setTimeout(tick, start + k * interval - performance.now());
      else {
        scheduling = false;
        if (inFlight === 0) resolve();
      }
    };
    tick();
  });
  const cpuUs = cpuMicros(cpu);
  await pool.destroy();
  return cpuUs / sent;
}

function recorderAlone(): number {
  const scenario: Scenario = scenarioAt('http://127.0.0.1:1', '{ model: open, rate: 1, duration: 1 }');
  const recorder = new ResultRecorder(scenario);
  const n = 2_000_000;
  const t0 = Date.now();
  const start = performance.now();
  for (let i = 0; i < n; i++) recorder.request(0, t0 + i / 2, 5 + (i % 1000) / 100, i % 97 === 0);
  return ((performance.now() - start) * 1e6) / n;
}

async function closedStep(url: string, connections: number) {
  const scenario = scenarioAt(url, `{ model: closed, connections: ${connections}, duration: ${seconds} }`);
  const recorder = new ResultRecorder(scenario);
  const cpu = process.cpuUsage();
  const stats = await generateLoad(scenario, recorder);
  const cpuUs = cpuMicros(cpu);
  const series = [...recorder.finish(stats.peakInFlight).series.values()][0]!;
  return {
    connections,
    rps: series.requests / seconds,
    p50: series.latency.quantile(0.5),
    cpuPerRequestUs: cpuUs / stats.requestsSent,
  };
}

const pad = (cells: (string | number)[], widths: number[]) =>
  cells.map((c, i) => String(c).padStart(widths[i]!)).join('  ');
const f = (n: number, d = 1) => n.toFixed(d);

const service = await startServiceProcess();
try {
  console.log(
    `node ${process.version}, ${seconds} s per step, service in a child process at ${service.url}\n`,
  );
  // warm up the JIT, undici's code paths and the service before measuring anything
  await openStep(service.url, 1000);
  await bareUndici(service.url, 1000);

  const openWidths = [10, 10, 16, 8, 24, 18, 26];
  console.log('open model (one GET per iteration)');
  console.log(
    pad(
      [
        'requested',
        'started/s',
        'done per second',
        'dropped',
        'start lag p50/p99/max ms',
        'latency p50/p99 ms',
        'CPU µs/req engine | bare',
      ],
      openWidths,
    ),
  );
  for (const rate of [100, 500, 1000, 2000, 4000]) {
    const o = await openStep(service.url, rate);
    const bare = await bareUndici(service.url, rate);
    console.log(
      pad(
        [
          rate,
          f(o.achieved),
          `${o.perSecondMin}–${o.perSecondMax}`,
          o.dropped,
          `${f(o.lagP50, 2)}/${f(o.lagP99, 2)}/${f(o.lagMax, 2)}`,
          `${f(o.p50, 2)}/${f(o.p99, 2)}`,
          `${f(o.cpuPerRequestUs)} | ${f(bare)}`,
        ],
        openWidths,
      ),
    );
  }
  console.log(
    `\nrecorder alone: ${f(recorderAlone(), 0)} ns per recorded request (whole-run + per-second histogram)`,
  );

  console.log('\nclosed model (one GET per iteration)');
  const closedWidths = [11, 10, 14, 10];
  console.log(pad(['connections', 'requests/s', 'latency p50 ms', 'CPU µs/req'], closedWidths));
  for (const c of [1, 8, 32]) {
    const r = await closedStep(service.url, c);
    console.log(pad([c, f(r.rps, 0), f(r.p50, 2), f(r.cpuPerRequestUs)], closedWidths));
  }
} finally {
  service.stop();
}
