import { measuredRequests, type RunResult } from '../../results/types.ts';
import { type EngineLogger, runTitle, streamLogger } from '../logger.ts';
import { type GeneratorStats, generateLoad } from './generator.ts';
import { assertReachable } from './reachability.ts';
import { ResultRecorder } from './recorder.ts';
import type { Scenario } from './scenario.ts';

export interface EmbeddedRunOptions {
  /** replaces the scenario's baseUrl (e.g. the PR build's URL) */
  baseUrl?: string;
  logger?: EngineLogger;
  /** names the build in log lines, e.g. 'PR build' */
  label?: string;
  /** the run timeout: a run still going after this many seconds is stopped and fails */
  timeLimitSeconds?: number;
}

/** One run: reachability check, warm-up, measured load; progress and warnings go to the logger. */
export async function runEmbeddedOnce(
  scenario: Scenario,
  options: EmbeddedRunOptions & { index?: number; total?: number } = {},
): Promise<RunResult> {
  const logger = options.logger ?? streamLogger();
  const target: Scenario =
    options.baseUrl === undefined ? scenario : { ...scenario, baseUrl: options.baseUrl };
  const what = runTitle(options.label, 'embedded', options.index ?? 1, options.total ?? 1);
  await assertReachable(target.baseUrl);

  const recorder = new ResultRecorder(target);
  const started = performance.now();
  const stats = await logger.group(what, async () => {
    logger.info(`${describeLoad(target)} against ${target.baseUrl}`);
    return await generateLoad(
      target,
      recorder,
      options.timeLimitSeconds === undefined ? undefined : options.timeLimitSeconds * 1000,
    );
  });
  if (stats.timedOut) {
    throw new Error(
      `${what} did not finish within the run timeout of ${options.timeLimitSeconds} s and was stopped ` +
        `(${stats.interrupted} requests were still waiting for an answer; raise the run timeout if the test ` +
        'is meant to take longer)',
    );
  }
  for (const w of warningsFor(target, stats)) recorder.warn(w);
  const result = recorder.finish(stats.peakInFlight);
  if (result.warnings.length > 0) for (const w of result.warnings) logger.warning(`${what}: ${w}`);

  const { requests, failed } = measuredRequests(result);
  const rate =
    target.load.model === 'open'
      ? `, ${(stats.measuredIterationsStarted / stats.measuredSeconds).toFixed(1)} it/s of ${target.load.rate} target`
      : '';
  logger.info(
    `${what}: ${requests} requests${failed > 0 ? ` (${failed} failed)` : ''}${rate}, ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return result;
}

function describeLoad(s: Scenario): string {
  const warmup = s.warmup > 0 ? ` after ${s.warmup} s warm-up` : '';
  return s.load.model === 'open'
    ? `open model: ${s.load.rate} iterations/s for ${s.load.duration} s${warmup} (at most ${s.load.maxInFlight} in flight)`
    : `closed model: ${s.load.connections} connections for ${s.load.duration} s${warmup}`;
}

/** What the caller should know about the generator's own behaviour. */
function warningsFor(s: Scenario, stats: GeneratorStats): string[] {
  const out: string[] = [];
  if (stats.networkErrors.size > 0) {
    const list = [...stats.networkErrors].map(([code, n]) => `${n}× ${code}`).join(', ');
    out.push(`network errors: ${list}`);
  }
  if (stats.interrupted > 0) {
    out.push(`${stats.interrupted} iterations still running at the end were interrupted`);
  }
  if (s.load.model === 'open') {
    const expected = s.load.rate * s.load.duration;
    if (stats.measuredDropped > 0) {
      out.push(
        `${stats.measuredDropped} of ${Math.round(expected)} iterations dropped: all ${s.load.maxInFlight} in-flight slots ` +
          'were busy (the target is slower than the rate allows; raise load.maxInFlight to queue more)',
      );
    }
    const lagP99 = stats.startLag.quantile(0.99);
    if (stats.startLag.count > 0 && lagP99 > Math.max(10, 1000 / s.load.rate)) {
      out.push(
        `iterations started up to ${lagP99.toFixed(1)} ms late (p99): the load generator itself was short of CPU, ` +
          'so the offered load was burstier than the schedule',
      );
    }
  }
  return out;
}
