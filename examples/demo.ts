// npm run demo: perf-gate end to end on the example service, with the embedded engine (no k6 needed).
// The example service lives in a scratch git repository; perf-gate starts its base and PR commits itself
// (`start`), as the Action does on a pull request. Part 1 measures a base build and a PR build with
// GET /users slowed down in interleaved pairs (the same-job design), part 2 a PR that changes nothing
// (A/A), part 3 judges part 1's runs as a cached baseline from an earlier job would be, part 4 commits a
// CPU hot spot in one function and lets perf-gate profile both builds. See examples/demo/args.ts for the
// options and the exit codes.
import { rmSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { useColor } from '../src/cli/io.ts';
import { renderComment } from '../src/report/comment.ts';
import { profileLines } from '../src/report/sections/profile.ts';
import { DemoUsageError, parseDemoArgs, USAGE } from './demo/args.ts';
import { type Check, describeCached, expectNoFailure, expectRegressionOnlyOn } from './demo/expectations.ts';
import { cachedPart, type DemoGate, type PartResult, prepareGate, sameJobPart } from './demo/gate.ts';
import { progressLogger, renderPart, writeReports } from './demo/output.ts';
import { comparisonSeconds, demoPlan, describeLoad, SERVICE, SLOWED } from './demo/plan.ts';
import { expectHotSpotNamed, HOT_FUNCTION, HOT_MS, profilePart } from './demo/profile-part.ts';
import { DemoRepo } from './demo/repo.ts';
import type { ServiceOptions } from './service/server.mjs';

const progress = progressLogger();
/** Part 4's PR comment, with its "Where the time went" section. */
const PROFILE_REPORT = 'demo-profile-report.md';
let workDir: string | undefined;
/** While perf-gate measures, its service session owns Ctrl-C: it stops both builds, then exits. */
let measuring = false;

process.on('exit', () => {
  if (workDir !== undefined) rmSync(workDir, { recursive: true, force: true });
});
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.on(signal, () => {
    if (measuring) return;
    progress.say(`\n${signal}: stopping the demo`);
    process.exit(code);
  });
}

/** Commits the PR build and runs one same-job comparison, perf-gate starting and stopping both builds. */
async function sameJob(
  gate: DemoGate,
  pr: { message: string; build: ServiceOptions },
  seed: number,
): Promise<PartResult> {
  progress.say(`  PR commit: ${pr.message}; perf-gate starts both builds with \`start: sh start.sh\``);
  measuring = true;
  try {
    return await sameJobPart(gate, pr, seed);
  } finally {
    measuring = false;
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
  const repo = new DemoRepo(workDir, { ...SERVICE, seed: 1 });
  const gate = await prepareGate(plan, progress, workDir, repo);
  const color = useColor(process.env, process.stdout.isTTY === true);
  const slowed = `${SLOWED.method} ${SLOWED.name}`;
  const regression = plan.regression;
  const seconds = Math.round(3 * comparisonSeconds(plan) + comparisonSeconds(plan) / (plan.pairs + 1) + 8);

  progress.say(
    [
      `perf-gate demo${args.quick ? ' (quick: a smoke test, intervals too wide to judge perf-gate by)' : ''}: ` +
        'the example service measured by the embedded engine, no k6 needed.',
      `  load: ${relative(process.cwd(), plan.scenarioFile) || plan.scenarioFile}: ${describeLoad(plan.scenario)}`,
      `  service: ${SERVICE.delayMs} ms + up to ${SERVICE.jitterMs} ms random latency per request, committed with its start.sh`,
      `    in a git repository (${relative(process.cwd(), repo.dir) || repo.dir}); each part's PR build is a commit on top`,
      `  four parts, about ${seconds} s in all:`,
      `    1. same-job: base build and a PR build whose ${slowed} is ${regression.extraMs} ms slower, ${plan.pairs} interleaved pairs (more, up to ${plan.maxPairs}, while undecided)`,
      `    2. A/A: the same build twice, ${plan.pairs} pairs: perf-gate must not fail it`,
      '    3. cached: part 1 judged as if its baseline had been saved by an earlier job (no new runs)',
      `    4. profile: a PR build whose ${HOT_FUNCTION}() burns ${HOT_MS} ms of CPU on /orders: flagged, then both builds profiled`,
      '',
      `Part 1/4 · same-job: does perf-gate find the ${regression.extraMs} ms regression on ${slowed}, and only there?`,
    ].join('\n'),
  );
  const part1 = await sameJob(
    gate,
    {
      message: `GET /users ${regression.extraMs} ms slower`,
      build: { ...SERVICE, seed: 2, slow: regression },
    },
    plan.seeds.regression,
  );
  process.stdout.write(
    renderPart(`Part 1 · same-job: PR build with ${slowed} +${regression.extraMs} ms`, part1.ctx, color),
  );
  const files = await writeReports(part1.ctx, resolve(args.outDir));
  process.stdout.write(
    `PR comment as perf-gate would post it: ${files.markdown}\nreport.json: ${files.json}\n`,
  );

  progress.say(
    '\nPart 2/4 · A/A: the same build twice; no change is the right answer, a failure would be a false alarm',
  );
  const part2 = await sameJob(
    gate,
    { message: 'the same service, another seed for its random latency', build: { ...SERVICE, seed: 3 } },
    plan.seeds.aa,
  );
  process.stdout.write(renderPart('Part 2 · A/A: the same build measured twice', part2.ctx, color));

  progress.say('\nPart 3/4 · cached: part 1’s runs, the baseline saved and restored as from an earlier job');
  const part3 = await cachedPart(gate, part1);
  process.stdout.write(
    renderPart('Part 3 · cached baseline: part 1’s runs, judged across jobs', part3, color),
  );

  progress.say(
    `\nPart 4/4 · profile: is the hot spot flagged, and does the profile name ${HOT_FUNCTION}() first?`,
  );
  const outDir = resolve(args.outDir);
  measuring = true;
  let part4: PartResult;
  try {
    part4 = await profilePart(gate, plan.seeds.regression + 2, join(outDir, 'profile'));
  } finally {
    measuring = false;
  }
  process.stdout.write(
    renderPart(`Part 4 · profile: PR build with ${HOT_FUNCTION}() on /orders`, part4.ctx, color),
  );
  if (part4.ctx.profile) {
    process.stdout.write(`\n${profileLines(part4.ctx.profile).join('\n')}\n`);
    const comment = join(outDir, PROFILE_REPORT);
    await writeFile(comment, renderComment(part4.ctx));
    process.stdout.write(
      `PR comment: ${comment}\nprofiles, diff.json and flame.svg: ${join(outDir, 'profile')}\n`,
    );
  }

  const checks = {
    regression: expectRegressionOnlyOn(part1.ctx.comparison!, SLOWED),
    aa: expectNoFailure(part2.ctx.comparison!),
    profile: expectHotSpotNamed(part4.ctx),
  };
  const elapsed = (performance.now() - started) / 1000;
  const busy = busyNote([part1, part2]);
  process.stdout.write('\n━━ Summary\n\n');
  printChecks('part 1, same-job', checks.regression);
  printChecks('part 2, A/A', checks.aa);
  if (part2.ctx.comparison!.verdict === 'inconclusive' && busy) process.stdout.write(`  ${busy}\n`);
  process.stdout.write(`· part 3, cached: ${describeCached(part3.comparison!, SLOWED)}\n`);
  printChecks('part 4, profile', checks.profile);
  process.stdout.write('\n');
  const failed = [...checks.regression, ...checks.aa, ...checks.profile].filter((c) => !c.ok);
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
  process.exit(await run(process.argv.slice(2)));
} catch (error) {
  if (error instanceof DemoUsageError) {
    process.stderr.write(`demo: ${error.message}\n\n${USAGE}\n`);
    process.exit(2);
  }
  process.stderr.write(
    `demo failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
}
