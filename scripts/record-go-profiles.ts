// Records the Go pprof fixtures of __tests__/fixtures/profiles/ from a real Go process on this machine:
// examples/go-service (built with Debian's Go, `-trimpath` so no path of this machine is in the profile)
// serves GET /users and GET/POST /orders, and net/http/pprof records a CPU profile of it through the
// endpoint docs/profiling.md's Go recipe reads, while one embedded-engine run of examples/scenario.yml loads
// it. Three recordings of the unchanged service, one with HOT_MS=1 (1 ms of CPU in checksumOrders on every
// /orders request). The request counts go to go-requests.json.
// Usage: node --import tsx scripts/record-go-profiles.ts [path/to/go]   (about 15 s; default: go on PATH,
// else /usr/lib/go-1.19/bin/go)
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runEmbeddedOnce } from '../src/engine/embedded/engine.ts';
import { loadScenario } from '../src/engine/embedded/scenario.ts';
import { memoryLogger } from '../src/engine/logger.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, '__tests__/fixtures/profiles');
const DEBIAN_GO = '/usr/lib/go-1.19/bin/go';
const go = process.argv[2] ?? (existsSync(DEBIAN_GO) ? DEBIAN_GO : 'go');

const work = await mkdtemp(join(tmpdir(), 'perf-gate-go-'));
const binary = join(work, 'goservice');
try {
  execFileSync(go, ['build', '-trimpath', '-o', binary, '.'], {
    cwd: join(ROOT, 'examples/go-service'),
    env: {
      PATH: process.env.PATH ?? '',
      HOME: work,
      GOCACHE: join(work, 'cache'),
      GOPATH: join(work, 'gopath'),
    },
    stdio: 'inherit',
  });
  const requests: Record<string, number> = {};
  for (const [name, hotMs] of [
    ['go-unchanged-1', '0'],
    ['go-unchanged-2', '0'],
    ['go-unchanged-3', '0'],
    ['go-hotspot', '1'],
  ] as const)
    requests[name] = await record(name, hotMs);
  await writeFile(join(OUT, 'go-requests.json'), `${JSON.stringify(requests, null, 2)}\n`);
  console.log(requests);
} finally {
  await rm(work, { recursive: true, force: true });
}

async function record(name: string, hotMs: string): Promise<number> {
  const child = spawn(binary, [], { env: { HOT_MS: hotMs }, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    while (!/url (\S+)\n/.test(out)) {
      if (child.exitCode !== null) throw new Error(`the Go service exited: ${out}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const url = (/url (\S+)\n/.exec(out) as RegExpExecArray)[1] as string;
    const scenario = await loadScenario(join(ROOT, 'examples/scenario.yml'));
    const seconds = Math.round(scenario.warmup + scenario.load.duration);
    // the profile and the load start together and last as long
    const profile = fetch(`${url}/debug/pprof/profile?seconds=${seconds}`).then(async (r) => {
      if (!r.ok) throw new Error(`pprof answered ${r.status}`);
      return Buffer.from(await r.arrayBuffer());
    });
    await runEmbeddedOnce(scenario, { baseUrl: url, logger: memoryLogger() });
    const bytes = await profile;
    const served = Number(await (await fetch(`${url}/served`)).text());
    if (!(served > 0) || bytes.length === 0) throw new Error(`no profile or request count for ${name}`);
    await writeFile(join(OUT, `${name}.pb.gz`), bytes);
    return served;
  } finally {
    child.kill('SIGKILL');
  }
}
