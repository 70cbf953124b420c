// Records the profile fixtures of __tests__/fixtures/profiles/ from real processes on this machine: the
// example service under `node --cpu-prof`, loaded by one embedded-engine run of examples/scenario.yml.
// Three recordings of the unchanged service and one with a CPU hot spot (SLOW_PATH=/orders SLOW_CPU_MS=1
// burns 1 ms in the service's `spin` function on every /orders request). File URLs are made relative to the
// repository; one hot-spot recording is also written as folded stacks, speedscope JSON and pprof by this
// module's own writers.
// Usage: node --import tsx scripts/record-profiles.ts   (about 20 s)
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { runEmbeddedOnce } from '../src/engine/embedded/engine.ts';
import { loadScenario } from '../src/engine/embedded/scenario.ts';
import { memoryLogger } from '../src/engine/logger.ts';
import { diffProfiles, measureNoise } from '../src/profile/diff.ts';
import { renderDiffFlameGraph } from '../src/profile/flame.ts';
import { formatFolded } from '../src/profile/folded.ts';
import { readProfile } from '../src/profile/read.ts';
import { scrubCpuProfile } from '../src/profile/scrub.ts';
import { renderWhereTheTimeWent } from '../src/profile/table.ts';
import { formatPprof, formatSpeedscope } from '../src/profile/write.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, '__tests__/fixtures/profiles');
/** Set in the profiled service's environment; the tests check it never reaches a profile file. */
const CANARY = 'perf-gate-canary-3f9a1c7e';
const SAMPLE_SECONDS = 0.001; // node's default --cpu-prof-interval, 1000 µs

const SERVE = `
import { startService } from ${JSON.stringify(join(ROOT, 'examples/service/server.mjs'))};
import { optionsFromEnv } from ${JSON.stringify(join(ROOT, 'examples/service/server.mjs'))};
const service = await startService({ ...optionsFromEnv(), port: 0 });
console.log('url ' + service.url);
process.on('SIGTERM', () => { console.log('requests ' + service.requests); process.exit(0); });
`;

async function record(name: string, env: Record<string, string>): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'perf-gate-prof-'));
  const child = spawn(
    process.execPath,
    ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--input-type=module', '-e', SERVE],
    {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', PROFILE_CANARY: CANARY, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  try {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    while (!/url (\S+)\n/.test(out)) {
      if (child.exitCode !== null) throw new Error(`service exited: ${out}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const url = (/url (\S+)\n/.exec(out) as RegExpExecArray)[1] as string;
    const scenario = await loadScenario(join(ROOT, 'examples/scenario.yml'));
    await runEmbeddedOnce(scenario, { baseUrl: url, logger: memoryLogger() });
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
    const requests = Number((/requests (\d+)/.exec(out) ?? [])[1]);
    const [file] = (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile'));
    if (!file || !(requests > 0)) throw new Error(`no profile or request count for ${name}`);
    const profile = scrubCpuProfile(JSON.parse(await readFile(join(dir, file), 'utf8')), ROOT);
    await writeFile(join(OUT, `${name}.cpuprofile.gz`), gzipSync(JSON.stringify(profile), { level: 9 }));
    return requests;
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
  }
}

const requests: Record<string, number> = {};
for (const name of ['unchanged-1', 'unchanged-2', 'unchanged-3']) requests[name] = await record(name, {});
requests.hotspot = await record('hotspot', { SLOW_PATH: '/orders', SLOW_CPU_MS: '1' });
await writeFile(join(OUT, 'requests.json'), `${JSON.stringify(requests, null, 2)}\n`);

const hot = await readProfile(join(OUT, 'hotspot.cpuprofile.gz'));
await writeFile(join(OUT, 'hotspot.folded'), formatFolded(hot, SAMPLE_SECONDS));
await writeFile(join(OUT, 'hotspot.speedscope.json'), JSON.stringify(formatSpeedscope(hot)));
await writeFile(join(OUT, 'hotspot.pb.gz'), gzipSync(formatPprof(hot)));
console.log(requests);

// the hot-spot case as the comment and the artifact would show it
const side = async (name: string) => ({
  profile: await readProfile(join(OUT, `${name}.cpuprofile.gz`)),
  requests: requests[name] as number,
});
const base = await side('unchanged-1');
const noise = measureNoise(base, await side('unchanged-2'));
console.log(
  renderWhereTheTimeWent(diffProfiles(base, { profile: hot, requests: requests.hotspot as number }), noise),
);
const svg = renderDiffFlameGraph(
  base,
  { profile: hot, requests: requests.hotspot as number },
  'example service: unchanged vs hot spot',
);
console.log(`differential flame graph: ${Buffer.byteLength(svg)} bytes`);
