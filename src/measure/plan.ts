import type { PairOrder } from '../abtest/pair-order.ts';
import { runSameJob } from '../abtest/same-job.ts';
import { assertReachable } from '../engine/embedded/reachability.ts';
import type { ProfileSummary } from '../profile/summary.ts';
import { type EngineName, measuredRequests, type RunResult, SATURATED_BUSY_SHARE } from '../results/types.ts';
import { measureResources, type ResourceSource } from '../service/monitor.ts';
import { mulberry32 } from '../stats/rng.ts';
import { type CpuUse, withCpuUse } from './cpu.ts';
import type { Measurer, RunRequest } from './measurer.ts';

/** Where the services' CPU and memory are read while the load runs (absent: not measured). */
export interface ResourceWatch {
  /** per side: the service's process tree or container */
  sources: Partial<Record<RunRequest['side'], ResourceSource>>;
  /** the load generator: this process and its children (k6), the services left out */
  generator: ResourceSource;
  /** throws when a service perf-gate started has died; called after every run */
  check?: () => Promise<void>;
}

/** One run, with the side's service resources attached when they are watched (warm-up runs are not). */
async function runWatched(
  measurer: Measurer,
  request: RunRequest,
  watch?: ResourceWatch,
): Promise<RunResult> {
  const service = watch?.sources[request.side];
  let result: RunResult;
  if (service === undefined || request.purpose === 'warmup') result = await measurer.run(request);
  else {
    const measured = await measureResources(
      { service, generator: watch!.generator },
      measurer.warmupSeconds,
      () => measurer.run(request),
    );
    result = { ...measured.value, service: measured.resources };
  }
  await watch?.check?.();
  if (request.purpose === 'measure') await assertMeasured(result, request);
  return result;
}

/** A run that measured nothing but errors: the target is down, broken or unreachable. Never a measurement. */
class FailedMeasurementError extends Error {
  override name = 'FailedMeasurementError';
}

/**
 * A run is a measurement only when some of its requests succeeded and its target still answers: a run whose
 * every request failed (a target answering only 500s, hanging, resetting connections) or whose target
 * stopped accepting connections during the run (it died: the run ends in failures and the target refuses a
 * connection now) fails the measurement, so it is never judged as "measured" nor saved as a baseline.
 */
async function assertMeasured(result: RunResult, request: RunRequest): Promise<void> {
  const run = `${request.label}, run ${request.index}/${request.total}`;
  const { requests, failed } = measuredRequests(result);
  const where = request.targetUrl === undefined ? 'the target' : request.targetUrl;
  if (requests === 0 || failed === requests) {
    throw new FailedMeasurementError(
      `${run}: ${requests === 0 ? 'no request was made' : `all ${requests} requests failed`}, so nothing was ` +
        `measured: check that ${where} is up and answers the script's requests`,
    );
  }
  if (request.targetUrl === undefined || !endsInFailures(result)) return;
  try {
    await assertReachable(request.targetUrl);
  } catch (error) {
    throw new FailedMeasurementError(
      `${run}: the target stopped answering during the run (${failed} of ${requests} requests failed) and ` +
        `is down now: ${(error as Error).message}`,
    );
  }
}

/** Every request of the run's last second failed. */
function endsInFailures(result: RunResult): boolean {
  let last = Number.NEGATIVE_INFINITY;
  for (const series of result.series.values())
    for (const second of series.seconds.keys()) last = Math.max(last, second);
  let requests = 0;
  let failed = 0;
  for (const series of result.series.values()) {
    const bucket = series.seconds.get(last);
    requests += bucket?.requests ?? 0;
    failed += bucket?.failed ?? 0;
  }
  return requests > 0 && failed === requests;
}

export interface Measurement {
  /** same-job design: the base build's runs, pair i at index i */
  baseline?: RunResult[];
  /** same-job design: the pairs planned (`runs`) and the budget adaptive confirmation had (`max-runs`) */
  pairsPlanned?: { planned: number; maxPairs: number };
  candidate: RunResult[];
  orders?: PairOrder[];
  /** CPU use while measuring; absent for results measured elsewhere */
  cpu?: CpuUse;
  /** where the load generator may have been the bottleneck, in plain words */
  generatorWarnings: string[];
  /** the profiling pair's findings, when it ran (never part of the verdict) */
  profile?: ProfileSummary;
  /**
   * Cached design first: the PR build measured alone, whose comparison with the cached baseline called for
   * the same-job confirmation that `baseline` and `candidate` hold.
   */
  cachedFirst?: Measurement;
}

/** Repeats of the PR build alone (the cached-baseline design, and baselines). */
async function measureRepeats(
  measurer: Measurer,
  options: { targetUrl?: string; runs: number; watch?: ResourceWatch },
): Promise<Measurement> {
  const { value, cpu } = await withCpuUse(async () => {
    const runs: RunResult[] = [];
    for (let index = 1; index <= options.runs; index++) {
      runs.push(
        await runWatched(
          measurer,
          {
            targetUrl: options.targetUrl,
            index,
            total: options.runs,
            label: 'PR build',
            side: 'pr',
            purpose: 'measure',
          },
          options.watch,
        ),
      );
    }
    return runs;
  });
  return { candidate: value, cpu, generatorWarnings: generatorWarnings(measurer.engine, value, cpu) };
}

/** Judges the pairs measured so far: true when more pairs should be measured (adaptive confirmation). */
export type NeedMorePairs = (
  sofar: { baseline: RunResult[]; candidate: RunResult[]; orders: PairOrder[] },
  planned: { planned: number; maxPairs: number },
) => boolean;

/** Base and PR builds in interleaved pairs, one warm-up run per side first, confirmed up to `maxPairs`. */
async function measureSameJob(
  measurer: Measurer,
  options: {
    targetUrl: string;
    baselineTargetUrl: string;
    pairs: number;
    /** the budget of pairs for adaptive confirmation (default: the planned pairs, no confirmation) */
    maxPairs?: number;
    needMore?: NeedMorePairs;
    random: () => number;
    watch?: ResourceWatch;
  },
): Promise<Measurement> {
  const pairsPlanned = { planned: options.pairs, maxPairs: Math.max(options.pairs, options.maxPairs ?? 0) };
  const needMore = options.needMore;
  const { value, cpu } = await withCpuUse(() =>
    runSameJob<RunResult>({
      pairs: options.pairs,
      random: options.random,
      warmupRun: true,
      ...(needMore
        ? { confirm: { maxPairs: pairsPlanned.maxPairs, needMore: (r) => needMore(r, pairsPlanned) } }
        : {}),
      measure: (side, run) =>
        runWatched(
          measurer,
          {
            targetUrl: side === 'base' ? options.baselineTargetUrl : options.targetUrl,
            index: run.index,
            total: Math.max(options.pairs, run.index),
            label: side === 'base' ? 'base build' : 'PR build',
            side,
            purpose: run.purpose,
          },
          options.watch,
        ),
    }),
  );
  const { baseline, candidate } = value;
  return {
    baseline,
    candidate,
    orders: value.orders,
    ...(needMore ? { pairsPlanned } : {}),
    cpu,
    generatorWarnings: generatorWarnings(measurer.engine, [...baseline, ...candidate], cpu),
  };
}

/**
 * The design the settings ask for: with the base build's URL too, base and PR builds in interleaved pairs
 * (their orders drawn from `seed`), confirmed up to `maxRuns` pairs when `needMore` says so; otherwise
 * repeats of the PR build alone.
 */
export async function measureAsConfigured(
  measurer: Measurer,
  settings: {
    targetUrl?: string;
    baselineTargetUrl?: string;
    runs: number;
    maxRuns?: number;
    needMore?: NeedMorePairs;
    seed: number;
    watch?: ResourceWatch;
  },
): Promise<Measurement> {
  const { targetUrl, baselineTargetUrl, runs, watch } = settings;
  if (baselineTargetUrl !== undefined && targetUrl !== undefined) {
    return await measureSameJob(measurer, {
      targetUrl,
      baselineTargetUrl,
      pairs: runs,
      maxPairs: settings.maxRuns,
      ...(settings.needMore ? { needMore: settings.needMore } : {}),
      random: mulberry32(settings.seed).next,
      watch,
    });
  }
  return await measureRepeats(measurer, { targetUrl, runs, watch });
}

/**
 * When the load generator itself ran short, the service was not what limited the measurement: k6 (or the
 * embedded engine) dropping iterations, starting them late, or the embedded engine using nearly a full
 * core (Node runs it on one).
 */
function generatorWarnings(engine: EngineName, runs: RunResult[], cpu: CpuUse): string[] {
  const warnings: string[] = [];
  const dropped = runs.reduce((n, r) => n + r.totals.droppedIterations, 0);
  if (dropped > 0) {
    warnings.push(
      `${dropped} iterations were dropped: the load generator could not start them on schedule (not enough ` +
        'VUs or CPU), so the offered load was lower than the script asks for',
    );
  }
  if (engine === 'embedded' && cpu.thisProcessOfOneCore > 0.85) {
    warnings.push(
      `the embedded load generator used ${(cpu.thisProcessOfOneCore * 100).toFixed(0)}% of a core: it may have ` +
        'been the bottleneck rather than the service',
    );
  }
  if (cpu.machineBusy >= SATURATED_BUSY_SHARE) {
    warnings.push(
      `the runner's ${cpu.cpuCount} cores were ${(cpu.machineBusy * 100).toFixed(0)}% busy: generator and services ` +
        'competed for CPU',
    );
  }
  return warnings;
}
