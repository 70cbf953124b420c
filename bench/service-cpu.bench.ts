import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DemoRepo } from '../examples/demo/repo.ts';
import { streamLogger } from '../src/engine/logger.ts';
import { createMeasurer } from '../src/measure/measurer.ts';
import { measureWithServices } from '../src/measure/with-services.ts';
import { measuredRequests, type RunResult, requestsBySecond } from '../src/results/types.ts';
import { compareRuns } from '../src/stats/compare.ts';
import { resolveGateOptions } from '../src/stats/defaults.ts';
import { coefficientOfVariation } from '../src/stats/metric-estimate.ts';
import { SERVICE_SERIES_ID } from '../src/stats/resources.ts';
import { sampleVariance } from '../src/stats/variance.ts';

/**
 * `npm run bench:service-cpu [-- --pairs 8 --seconds 5 --work 400000 --cpu-ms 0 --rate 200
 *   --neighbour-at 0 --neighbour-seconds 4]`
 *
 * How much a real service's CPU per request moves from run to run, measured the way the same-job design
 * measures it: the example service committed twice (an A/A pair of commits), both started by perf-gate
 * with `start`, interleaved pairs of embedded-engine runs, CPU from /proc. Prints each run's CPU per request,
 * each side's CV, and the spread of the pairs' log-ratios: the noise the same-job estimate of
 * cpu_per_request must live with (the calibration cells in bench/calibration/resource-cells.ts take their
 * own-noise figure from this). Run it on a quiet machine and again beside a busy loop to see a neighbour.
 * `--neighbour-at S` starts a neighbour S seconds into the measurement for `--neighbour-seconds`: a process
 * writing a 128 MB array at random (caches and memory bandwidth: a plain busy loop takes the service's wall
 * time, not its CPU time), and prints each run's CPU per request second by second and what the comparison
 * left out (src/stats/resources.ts).
 */

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at === -1) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!(value >= 0)) throw new Error(`--${name} needs a non-negative number, got ${process.argv[at + 1]}`);
  return value;
}

const pairs = flag('pairs', 8);
const seconds = flag('seconds', 5);
const cpuMs = flag('cpu-ms', 0);
const work = flag('work', 0);
const rate = flag('rate', 200);
const neighbourAt = flag('neighbour-at', 0);
const neighbourSeconds = flag('neighbour-seconds', 4);

const THRASH =
  'const a=new Uint32Array(1<<25);let x=1;for(;;){x=(Math.imul(x,1103515245)+12345)>>>0;a[x&((1<<25)-1)]+=x}';

/** The neighbour: started after `at` seconds, killed after `seconds` more (or when the bench ends). */
function scheduleNeighbour(at: number, seconds: number): () => void {
  let child: ChildProcess | undefined;
  const start = setTimeout(() => {
    child = spawn(process.execPath, ['-e', THRASH], { stdio: 'ignore' });
    console.error(`neighbour started (pid ${child.pid}) for ${seconds} s`);
  }, at * 1000);
  const stop = setTimeout(() => child?.kill('SIGKILL'), (at + seconds) * 1000);
  return () => {
    clearTimeout(start);
    clearTimeout(stop);
    child?.kill('SIGKILL');
  };
}

/** Each run's CPU per request second by second (ms), as the comparison's screening reads it. */
function secondsLine(run: RunResult): string {
  const requests = requestsBySecond(run);
  return (run.service!.cpuBySecond ?? [])
    .map(([t, cpu]) => ((requests.get(t) ?? 0) > 0 ? ((cpu * 1000) / requests.get(t)!).toFixed(2) : '-'))
    .join(' ');
}

const workDir = mkdtempSync(join(tmpdir(), 'perf-gate-bench-cpu-'));
try {
  const scenario = join(workDir, 'scenario.json');
  writeFileSync(
    scenario,
    JSON.stringify({
      name: 'api',
      baseUrl: 'http://127.0.0.1:1',
      load: { model: 'open', rate, duration: seconds, maxInFlight: 200 },
      warmup: 0.5,
      requests: [
        { name: '/users', method: 'GET', path: '/users' },
        { name: '/orders', method: 'GET', path: '/orders' },
      ],
    }),
  );
  const build = { delayMs: 5, jitterMs: 2, cpuMs, work };
  const repo = new DemoRepo(workDir, { ...build, seed: 1 });
  repo.commitPrBuild('A/A: another seed only', { ...build, seed: 2 });
  const quiet = { ...streamLogger(process.stderr), info() {} };
  const measurer = await createMeasurer('embedded', {
    script: scenario,
    warmupSeconds: 0,
    outDir: join(workDir, 'runs'),
    logger: quiet,
    k6: { flags: [], timeoutSeconds: 600, env: {}, targetEnv: 'BASE_URL' }, // run-timeout: at most 600 s a run
  });
  const stopNeighbour = neighbourAt > 0 ? scheduleNeighbour(neighbourAt, neighbourSeconds) : () => {};
  const measurement = await measureWithServices(
    measurer,
    {
      service: {
        start: 'sh start.sh',
        ready: { kind: 'http', path: '/health' },
        readyTimeoutSeconds: 30,
        workingDirectory: '.',
        urlTemplate: 'http://127.0.0.1:{port}',
      },
      resources: {},
      runs: pairs,
    },
    { workspace: repo.dir, logger: quiet },
    1,
    { baseSha: repo.base },
  ).finally(stopNeighbour);
  const perRequest = (r: RunResult) => (r.service!.cpuSeconds * 1000) / measuredRequests(r).requests;
  const base = measurement.baseline!.map(perRequest);
  const pr = measurement.candidate.map(perRequest);
  const logRatios = base.map((b, i) => Math.log(pr[i]! / b));
  const sd = (xs: number[]) => Math.sqrt(sampleVariance(xs));
  // The load generator's CPU per request: does it share the service's slowdown (then dividing by it cancels)?
  const generator = (r: RunResult) => (r.service!.generatorCpuSeconds * 1000) / measuredRequests(r).requests;
  const genBase = measurement.baseline!.map(generator);
  const genPr = measurement.candidate.map(generator);
  const normalised = base.map((b, i) => Math.log(pr[i]! / genPr[i]! / (b / genBase[i]!)));
  const wait = (r: RunResult) => (r.service!.cpuWaitSeconds * 1000) / measuredRequests(r).requests;
  const busy = measurement.cpu?.machineBusy;
  console.log(
    `service CPU per request, A/A, ${pairs} pairs of ${seconds} s at ${rate} iterations/s (2 requests each), ` +
      `spin ${cpuMs} ms and ${work} iterations of work per request; machine ${busy === undefined ? '?' : `${(busy * 100).toFixed(0)}%`} busy`,
  );
  console.log('pair  base ms/req  PR ms/req  log-ratio  generator ms/req base/PR  wait ms/req base/PR');
  for (const [i, b] of base.entries())
    console.log(
      `${String(i + 1).padStart(4)}  ${b.toFixed(3).padStart(11)}  ${pr[i]!.toFixed(3).padStart(9)}  ${logRatios[i]!.toFixed(3).padStart(9)}  ${genBase[i]!.toFixed(3).padStart(11)} ${genPr[i]!.toFixed(3).padStart(6)}  ${wait(measurement.baseline![i]!).toFixed(3).padStart(14)} ${wait(measurement.candidate[i]!).toFixed(3).padStart(6)}`,
    );
  console.log(
    `CV of runs: base ${(coefficientOfVariation(base) * 100).toFixed(1)}%, PR ${(coefficientOfVariation(pr) * 100).toFixed(1)}%; ` +
      `sd of pair log-ratios ${sd(logRatios).toFixed(3)} (own noise per run ≈ ${(sd(logRatios) / Math.SQRT2).toFixed(3)}); ` +
      `divided by the generator's CPU per request: ${sd(normalised).toFixed(3)}`,
  );
  if (neighbourAt > 0) {
    console.log('CPU per request second by second (ms):');
    measurement.baseline!.forEach((r, i) => {
      console.log(`  base ${i + 1}: ${secondsLine(r)}`);
      console.log(`  PR   ${i + 1}: ${secondsLine(measurement.candidate[i]!)}`);
    });
    const c = compareRuns(
      {
        baseline: measurement.baseline!,
        candidate: measurement.candidate,
        design: 'same-job',
        ...(measurement.orders ? { pairOrders: measurement.orders } : {}),
      },
      resolveGateOptions({}),
    );
    const cpu = c.series
      .find((x) => x.id === SERVICE_SERIES_ID)
      ?.metrics.find((m) => m.metric === 'cpu_per_request');
    for (const w of c.warnings.filter((x) => x.includes('CPU per request'))) console.log(`warning: ${w}`);
    if (cpu)
      console.log(
        `cpu_per_request: ${cpu.outcome}, ${(cpu.change * 100).toFixed(1)}% [${(cpu.interval[0] * 100).toFixed(1)}%, ${(cpu.interval[1] * 100).toFixed(1)}%]`,
      );
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
