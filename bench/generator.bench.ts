import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run bench:generator [-- --seconds 10 --rates 100,1000,4000 --repeats 3 --k6 PATH]`
 *
 * CPU-seconds per request of the load generator, whole process (start-up, load, results), at fixed request
 * rates against the example service (GET /users and GET /orders, open model): `perf-gate run` of a scenario
 * (dist/cli.js, the shipped bundle: run `npm run build` first) against k6 running the same load as a
 * constant-arrival-rate script, when a k6 binary is given (--k6) or on PATH. Each side does what perf-gate
 * needs of it: perf-gate records every request into its histograms and writes its run file; k6 runs with the
 * flags perf-gate's k6 engine passes (`--out json=…` with every request's metrics, `--summary-export`, `-q`,
 * `--no-color`, `--tag perf_gate_run=1`). Reading k6's JSON afterwards, which perf-gate also does, is not
 * counted (in k6's favour). The service runs in its own process, so its CPU is not counted. Runs alternate
 * between the tools. CPU comes from GNU time (Debian's `time` package): user + system of the generator process
 * and its children.
 * A third row, `floor`, is the least a Node process can spend on the same load (bench/generator-floor.mjs: the
 * same open-model ticks and requests, nothing recorded): what is left of perf-gate's figure above it is what
 * perf-gate itself costs; the floor itself is Node's event loop, one wake-up per timer tick and per response.
 * Target (issue 14): the embedded engine at most a third of k6's CPU per request at 1000 requests/s.
 */

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

interface Args {
  seconds: number;
  rates: number[];
  repeats: number;
  k6?: string;
}

function parseArgs(argv: string[]): Args {
  const value = (flag: string) => {
    const at = argv.indexOf(flag);
    return at === -1 ? undefined : argv[at + 1];
  };
  const seconds = Number(value('--seconds') ?? 10);
  const repeats = Number(value('--repeats') ?? 3);
  const rates = (value('--rates') ?? '100,1000,4000').split(',').map(Number);
  if (!(seconds > 0) || !Number.isInteger(repeats) || repeats < 1 || rates.some((r) => !(r >= 2))) {
    throw new Error('usage: --seconds S (> 0) --repeats N (≥ 1) --rates R1,R2 (requests/s, each ≥ 2)');
  }
  const k6 = value('--k6') ?? findOnPath('k6');
  return { seconds, rates, repeats, ...(k6 === undefined ? {} : { k6 }) };
}

function findOnPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir !== '' && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

async function startService(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, [join(root, 'examples/service/server.mjs')], {
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      const m = /listening on (\S+)/.exec(s);
      if (m) resolve(m[1] as string);
    });
    child.once('exit', (code) => reject(new Error(`the example service exited with ${code}`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

/** user + system CPU seconds of `command` and its children, from GNU time, and what it printed. */
function timed(command: string[]): { cpuSeconds: number; stdout: string } {
  const marker = 'BENCH_CPU';
  const result = spawnSync('/usr/bin/time', ['-f', `${marker} %U %S`, ...command], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw new Error(`/usr/bin/time: ${result.error.message} (apt-get install time)`);
  const line = result.stderr.split('\n').find((l) => l.startsWith(marker));
  if (line === undefined || result.status !== 0) {
    throw new Error(`${command.join(' ')} exited with ${result.status}:\n${result.stderr.slice(-2000)}`);
  }
  const [, user, system] = line.split(' ');
  return { cpuSeconds: Number(user) + Number(system), stdout: result.stdout };
}

function perfGate(dir: string, url: string, rate: number, seconds: number) {
  const scenario = join(dir, 'load.yml');
  // two requests per iteration, so iterations at half the request rate; in-flight room for a busy machine
  writeFileSync(
    scenario,
    [
      'name: bench',
      `baseUrl: ${url}`,
      `load: { model: open, rate: ${rate / 2}, duration: ${seconds}s, maxInFlight: ${Math.max(100, rate / 2)} }`,
      'timeout: 10s',
      'requests:',
      '  - { name: /users, method: GET, path: /users }',
      '  - { name: /orders, method: GET, path: /orders }',
      '',
    ].join('\n'),
  );
  const out = join(dir, 'pg-out');
  rmSync(out, { recursive: true, force: true });
  const { cpuSeconds, stdout } = timed([
    process.execPath,
    join(root, 'dist/cli.js'),
    'run',
    scenario,
    '--runs',
    '1',
    '-o',
    out,
    '--json',
  ]);
  const series = JSON.parse(stdout) as { requests: number }[];
  return { cpuSeconds, requests: series.reduce((sum, s) => sum + s.requests, 0) };
}

function k6(binary: string, dir: string, url: string, rate: number, seconds: number) {
  const script = join(dir, 'load.js');
  writeFileSync(
    script,
    `import http from 'k6/http';
export const options = { scenarios: { load: { executor: 'constant-arrival-rate', rate: ${rate / 2}, timeUnit: '1s',
  duration: '${seconds}s', preAllocatedVUs: ${Math.max(20, rate / 20)}, maxVUs: ${Math.max(100, rate / 2)} } } };
export default function () { http.get('${url}/users'); http.get('${url}/orders'); }
`,
  );
  const summary = join(dir, 'summary.json');
  const json = join(dir, 'k6.json');
  // the arguments src/engine/k6/runner.ts gives k6 (runK6Once)
  const { cpuSeconds } = timed([
    binary,
    'run',
    '--out',
    `json=${json}`,
    `--summary-export=${summary}`,
    '-q',
    '--no-color',
    '--tag',
    'perf_gate_run=1',
    script,
  ]);
  rmSync(json, { force: true });
  const metrics = JSON.parse(readFileSync(summary, 'utf8')).metrics as Record<string, { count?: number }>;
  return { cpuSeconds, requests: metrics.http_reqs?.count ?? 0 };
}

/** The floor: a bare Node loop generating the same load (bench/generator-floor.mjs). */
function floor(url: string, rate: number, seconds: number) {
  const { cpuSeconds, stdout } = timed([
    process.execPath,
    join(root, 'bench/generator-floor.mjs'),
    url,
    String(rate),
    String(seconds),
  ]);
  return { cpuSeconds, requests: (JSON.parse(stdout) as { requests: number }).requests };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

const args = parseArgs(process.argv.slice(2));
const dir = mkdtempSync(join(tmpdir(), 'perf-gate-generator-bench-'));
const service = await startService();
const rows: Record<string, unknown>[] = [];
try {
  console.log(
    `${args.seconds} s per run, ${args.repeats} runs per tool and rate; k6: ${args.k6 ?? 'not found (--k6 PATH)'}`,
  );
  console.log(
    'perf-gate: `perf-gate run SCENARIO --runs 1 -o DIR --json` (every request recorded, run file written); ' +
      'k6: `k6 run --out json=FILE --summary-export=FILE -q --no-color --tag perf_gate_run=1` (as perf-gate runs it)',
  );
  console.log('rate req/s | tool      | requests | CPU s | µs/request (median)');
  for (const rate of args.rates) {
    const perRequest: Record<string, number[]> = { 'perf-gate': [], k6: [], floor: [] };
    let last: Record<string, { cpuSeconds: number; requests: number }> = {};
    for (let i = 0; i < args.repeats; i++) {
      // alternate the order so neither tool always meets the quieter machine
      const order = i % 2 === 0 ? ['perf-gate', 'k6', 'floor'] : ['floor', 'k6', 'perf-gate'];
      for (const tool of order) {
        if (tool === 'k6' && args.k6 === undefined) continue;
        const m =
          tool === 'k6'
            ? k6(args.k6 as string, dir, service.url, rate, args.seconds)
            : tool === 'floor'
              ? floor(service.url, rate, args.seconds)
              : perfGate(dir, service.url, rate, args.seconds);
        perRequest[tool]?.push((m.cpuSeconds / m.requests) * 1e6);
        last = { ...last, [tool]: m };
      }
    }
    for (const tool of ['perf-gate', 'k6', 'floor']) {
      const values = perRequest[tool] ?? [];
      if (values.length === 0) continue;
      const m = last[tool] as { cpuSeconds: number; requests: number };
      console.log(
        `${String(rate).padStart(10)} | ${tool.padEnd(9)} | ${String(m.requests).padStart(8)} | ${m.cpuSeconds.toFixed(2).padStart(5)} | ${median(values).toFixed(0)} (${values.map((v) => v.toFixed(0)).join(', ')})`,
      );
      rows.push({ rate, tool, usPerRequest: median(values), runs: values });
    }
    const pg = median(perRequest['perf-gate'] ?? []);
    const fl = median(perRequest.floor ?? []);
    const k = perRequest.k6 ?? [];
    if (k.length > 0) {
      console.log(
        `${' '.repeat(10)} | ratio perf-gate / k6: ${(pg / median(k)).toFixed(2)} (target ≤ 0.33 at 1000); floor / k6: ${(fl / median(k)).toFixed(2)}`,
      );
    }
    console.log(`${' '.repeat(10)} | ratio perf-gate / floor: ${(pg / fl).toFixed(2)}`);
  }
  console.log(`BENCH_JSON ${JSON.stringify(rows)}`);
} finally {
  service.stop();
  rmSync(dir, { recursive: true, force: true });
}
