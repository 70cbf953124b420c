// npm run demo: perf-gate end to end on the example service, with the embedded engine (no k6 needed).
// Part 1 measures a base build and a PR build with GET /users slowed down in interleaved pairs (the
// same-job design), part 2 the same build twice (A/A), part 3 judges part 1's runs as a cached baseline
// from an earlier job would be. See examples/demo/args.ts for the options and the exit codes.
import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { useColor } from '../src/cli/io.ts';
import { DemoUsageError, parseDemoArgs, USAGE } from './demo/args.ts';
import { type Check, describeCached, expectNoFailure, expectRegressionOnlyOn } from './demo/expectations.ts';
import { cachedPart, type DemoGate, type PartResult, prepareGate, sameJobPart } from './demo/gate.ts';
import { progressLogger, renderPart, writeReports } from './demo/output.ts';
import { comparisonSeconds, demoPlan, describeLoad, REGRESSION, SERVICE, SLOWED } from './demo/plan.ts';
import { ServiceFleet } from './demo/service-process.ts';

const progress = progressLogger();
const fleet = new ServiceFleet();
let workDir: string | undefined;

function cleanUpNow(): void {
  fleet.killAllNow();
  if (workDir !== undefined) rmSync(workDir, { recursive: true, force: true });
}

// Ctrl-C or a kill: stop the services, then exit with the usual 128 + signal number. A second Ctrl-C
// falls through to Node's default and ends the demo at once; the services then see their stdin close.
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.once(signal, () => {
    progress.say(`\n${signal}: stopping the example services…`);
    void fleet.stopAll().finally(() => {
      cleanUpNow();
      process.exit(code);
    });
  });
}
process.on('exit', cleanUpNow);

/** Runs one same-job comparison against two freshly started services, and stops them. */
async function sameJob(
  gate: DemoGate,
  pr: { label: string; slow?: typeof REGRESSION; seed: number },
  seed: number,
): Promise<PartResult> {
  const base = await fleet.start({ label: 'base build', service: { ...SERVICE, seed: 1 } });
  const candidate = await fleet.start({
    label: pr.label,
    service: { ...SERVICE, seed: pr.seed, ...(pr.slow ? { slow: pr.slow } : {}) },
  });
  progress.say(
    `  base build on ${base.url} (pid ${base.pid}), ${pr.label} on ${candidate.url} (pid ${candidate.pid})`,
  );
  try {
    return await sameJobPart(gate, { base: base.url, pr: candidate.url }, seed);
  } finally {
    await fleet.stopAll();
  }
}

function printChecks(label: string, checks: Check[]): void {
  for (const c of checks) process.stdout.write(`${c.ok ? '✔' : '✘'} ${label}: ${c.text}\n`);
}

async function run(argv: string[]): Promise<number> {
  const args = parseDemoArgs(argv, process.cwd());
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const started = performance.now();
  workDir = await mkdtemp(join(tmpdir(), 'perf-gate-demo-'));
  const plan = await demoPlan(args.quick, workDir);
  const gate = await prepareGate(plan, progress, workDir);
  const color = useColor(process.env, process.stdout.isTTY === true);
  const slowed = `${SLOWED.method} ${SLOWED.name}`;
  const seconds = Math.round(2 * comparisonSeconds(plan) + 3);

  progress.say(
    [
      `perf-gate demo${args.quick ? ' (quick: a smoke test, intervals too wide to judge perf-gate by)' : ''}: ` +
        'the example service measured by the embedded engine, no k6 needed.',
      `  load: ${relative(process.cwd(), plan.scenarioFile) || plan.scenarioFile}: ${describeLoad(plan.scenario)}`,
      `  service: ${SERVICE.delayMs} ms + up to ${SERVICE.jitterMs} ms random latency per request, each build a child process`,
      `  three parts, about ${seconds} s in all:`,
      `    1. same-job: base build and a PR build whose ${slowed} is ${REGRESSION.extraMs} ms slower, ${plan.pairs} interleaved pairs (more, up to ${plan.maxPairs}, while undecided)`,
      `    2. A/A: the same build twice, ${plan.pairs} pairs: perf-gate must not fail it`,
      '    3. cached: part 1 judged as if its baseline had been saved by an earlier job (no new runs)',
      '',
      `Part 1/3 · same-job: does perf-gate find the ${REGRESSION.extraMs} ms regression on ${slowed}, and only there?`,
    ].join('\n'),
  );
  const part1 = await sameJob(gate, { label: 'PR build', slow: REGRESSION, seed: 2 }, plan.seeds.regression);
  process.stdout.write(
    renderPart(`Part 1 · same-job: PR build with ${slowed} +${REGRESSION.extraMs} ms`, part1.ctx, color),
  );
  const files = await writeReports(part1.ctx, resolve(args.outDir));
  process.stdout.write(
    `PR comment as perf-gate would post it: ${files.markdown}\nreport.json: ${files.json}\n`,
  );

  progress.say(
    '\nPart 2/3 · A/A: the same build twice; no change is the right answer, a failure would be a false alarm',
  );
  const part2 = await sameJob(gate, { label: 'PR build (same as base)', seed: 3 }, plan.seeds.aa);
  process.stdout.write(renderPart('Part 2 · A/A: the same build measured twice', part2.ctx, color));

  progress.say('\nPart 3/3 · cached: part 1’s runs, the baseline saved and restored as from an earlier job');
  const part3 = await cachedPart(gate, part1);
  process.stdout.write(
    renderPart('Part 3 · cached baseline: part 1’s runs, judged across jobs', part3, color),
  );

  const checks = {
    regression: expectRegressionOnlyOn(part1.ctx.comparison!, SLOWED),
    aa: expectNoFailure(part2.ctx.comparison!),
  };
  const elapsed = (performance.now() - started) / 1000;
  const busy = busyNote([part1, part2]);
  process.stdout.write('\n━━ Summary\n\n');
  printChecks('part 1, same-job', checks.regression);
  printChecks('part 2, A/A', checks.aa);
  if (part2.ctx.comparison!.verdict === 'inconclusive' && busy) process.stdout.write(`  ${busy}\n`);
  process.stdout.write(`· part 3, cached: ${describeCached(part3.comparison!, SLOWED)}\n\n`);
  const failed = [...checks.regression, ...checks.aa].filter((c) => !c.ok);
  if (failed.length === 0) {
    process.stdout.write(`perf-gate behaved as expected (${elapsed.toFixed(0)} s).\n`);
    return 0;
  }
  process.stdout.write(
    `The demo did not behave as expected (${failed.length} ✘ above, ${elapsed.toFixed(0)} s).${busy ? ` ${busy}` : ''}\n`,
  );
  return 1;
}

/**
 * When other work kept the CPUs busy while the demo measured, the tails moved with it: say so. The demo
 * alone (generator and both services) kept a 2-core machine under 30% busy in our runs.
 */
function busyNote(parts: PartResult[]): string | undefined {
  const busiest = Math.max(...parts.map((p) => p.step.measurement.cpu?.machineBusy ?? 0));
  if (busiest <= 0.5) return undefined;
  return (
    `This machine's CPUs were ${(busiest * 100).toFixed(0)}% busy while the demo measured: whatever else ran ` +
    'competed with the services and the load generator, and the tails (P90, P95) moved with it.'
  );
}

try {
  const code = await run(process.argv.slice(2));
  await fleet.stopAll();
  process.exit(code);
} catch (error) {
  if (error instanceof DemoUsageError) {
    process.stderr.write(`demo: ${error.message}\n\n${USAGE}\n`);
    process.exit(2);
  }
  process.stderr.write(
    `demo failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  await fleet.stopAll();
  process.exit(1);
}
