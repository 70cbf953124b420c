import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ReportContext } from '../../src/report/context.ts';
import type { Check } from './expectations.ts';
import { type DemoGate, type PartResult, sameJobPart } from './gate.ts';
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

/**
 * A PR whose code change adds the hot spot (start.sh as the base's), measured by perf-gate's own same-job
 * path with `start` and the Action's default `profile: on-regression`: the verdict being a regression, one
 * more pair is profiled with the built-in Node profiler. Profile files go to `profileDir`.
 */
export async function profilePart(gate: DemoGate, seed: number, profileDir: string): Promise<PartResult> {
  return await sameJobPart(
    gate,
    {
      message: `check the orders before answering (${HOT_FUNCTION}())`,
      build: { ...SERVICE, seed: 1 },
      server: withHotSpot(readFileSync(SERVER, 'utf8')),
    },
    seed,
    profileDir,
  );
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
