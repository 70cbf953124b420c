import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { judgeSameJob } from '../../src/action/compare-step.ts';
import { measureWithServices, profilingRequest } from '../../src/action/measure-step.ts';
import type { EngineLogger } from '../../src/engine/logger.ts';
import type { ReportContext } from '../../src/report/context.ts';
import type { Check } from './expectations.ts';
import { BASE_COMMIT, contextBase, type DemoGate, type PartResult, settings } from './gate.ts';
import { SERVICE } from './plan.ts';

const SERVER = fileURLToPath(new URL('../service/server.mjs', import.meta.url));

/** The function the PR build adds to the example service: what "Where the time went" must name first. */
export const HOT_FUNCTION = 'checksumOrders';
/** CPU it burns on every /orders request (GET and POST): two of the three requests of an iteration. */
export const HOT_MS = 2;

/**
 * The PR's change to server.mjs: every /orders answer first checksums the orders, a busy loop of HOT_MS in a
 * function of its own. A CPU hot spot, not a wait: CPU per request rises by about 1.3 ms (from about
 * 0.3 ms), several times what a busy machine moves it, and the profile sees it as that function's self time.
 */
function withHotSpot(source: string): string {
  const call = '      const answer = () => {\n';
  if (!source.includes(call)) throw new Error(`${SERVER} has no '${call.trim()}' to add the hot spot to`);
  return `${source.replace(call, `${call}        if (path === '/orders') ${HOT_FUNCTION}(${HOT_MS});\n`)}
/** Checks the orders before answering (the demo PR's change): busy for \`ms\` on every /orders request. */
function ${HOT_FUNCTION}(ms) {
  const until = performance.now() + ms;
  let sum = 0;
  while (performance.now() < until) sum = (Math.imul(sum ^ 0x5bd1e995, 31) + 1) | 0;
  return sum;
}
`;
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/** A git repository with the example service: the base commit, and the PR commit that adds the hot spot. */
function demoRepository(workDir: string): { dir: string; base: string } {
  const dir = join(workDir, 'service-repo');
  mkdirSync(dir);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'demo@example.com');
  git(dir, 'config', 'user.name', 'perf-gate demo');
  const source = readFileSync(SERVER, 'utf8');
  writeFileSync(join(dir, 'server.mjs'), source);
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'the example service');
  const base = git(dir, 'rev-parse', 'HEAD');
  writeFileSync(join(dir, 'server.mjs'), withHotSpot(source));
  git(dir, 'commit', '-q', '-am', `check the orders before answering (${HOT_FUNCTION})`);
  return { dir, base };
}

/**
 * perf-gate's own same-job path with `start`, as the Action runs it on a pull request: the base commit
 * checked out in a worktree, both builds started by perf-gate, measured in pairs, and (the verdict being a
 * regression) one more pair profiled with the built-in Node profiler. Profile files go to `outDir/profile`.
 */
export async function profilePart(
  gate: DemoGate,
  workDir: string,
  outDir: string,
  logger: EngineLogger,
): Promise<PartResult> {
  const repo = demoRepository(workDir);
  const seed = gate.plan.seeds.regression + 2;
  const judging = settings(seed);
  const config = {
    service: {
      start: `DELAY_MS=${SERVICE.delayMs} JITTER_MS=${SERVICE.jitterMs} exec node server.mjs`,
      ready: { kind: 'http', path: '/health' } as const,
      readyTimeoutSeconds: 20,
      workingDirectory: '.',
      urlTemplate: 'http://127.0.0.1:{port}',
    },
    resources: {},
    runs: gate.plan.pairs,
  };
  const measurement = await measureWithServices(
    gate.measurer,
    config,
    { workspace: repo.dir, logger },
    seed,
    repo.base,
    profilingRequest(
      { profiling: { mode: 'on-regression' }, secrets: [], token: '', env: {} },
      judging,
      join(outDir, 'profile'),
      process.env,
    ),
  );
  const step = { measurer: gate.measurer, measurement };
  const judgement = judgeSameJob(step, judging, gate.deps, { commit: BASE_COMMIT, ref: 'main' });
  const ctx: ReportContext = { ...contextBase(gate), ...judgement };
  if (measurement.profile) ctx.profile = measurement.profile;
  return { step, ctx };
}

/** The hot spot is a regression, and the profile names its function first. */
export function expectHotSpotNamed(ctx: ReportContext): Check[] {
  const verdict = ctx.comparison!.verdict;
  const checks: Check[] = [
    verdict === 'fail'
      ? { ok: true, text: `regression: ${ctx.comparison!.reasons[0] ?? ''}` }
      : { ok: false, text: `the hot spot was not flagged: the verdict is ${verdict}` },
  ];
  const first = ctx.profile?.top[0];
  if (first?.frame.name === HOT_FUNCTION)
    checks.push({ ok: true, text: `"Where the time went" names ${HOT_FUNCTION} first` });
  else
    checks.push({
      ok: false,
      text: `"Where the time went" names ${first ? first.frame.name : 'nothing'} first, not ${HOT_FUNCTION}${ctx.profile?.warnings.length ? ` (${ctx.profile.warnings.join('; ')})` : ''}`,
    });
  return checks;
}
