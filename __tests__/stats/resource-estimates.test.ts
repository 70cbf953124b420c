import { describe, expect, it } from 'vitest';
import { LatencyHistogram } from '../../src/results/histogram.ts';
import type { RunResult, SecondBucket, SeriesResult } from '../../src/results/types.ts';
import { type GateOptionsOverrides, resolveGateOptions } from '../../src/stats/defaults.ts';
import type { EstimateContext, MetricEstimate } from '../../src/stats/metric-estimate.ts';
import {
  type CpuScreen,
  resourceEstimates,
  SERVICE_SERIES_ID,
  screenCpu,
  withServiceHeadline,
} from '../../src/stats/resources.ts';

const MB = 1024 * 1024;
const START_SECOND = 1_700_000_000;

interface RunSpec {
  /** requests in each second of the run */
  requests: number[];
  /** the service's CPU per request (ms) in each second; 0.8 throughout unless said */
  msPerRequest?: (second: number) => number;
  /** keep the CPU second by second (runs recorded before perf-gate kept it have none) */
  bySecond?: boolean;
  /** the run's CPU reading, when not the sum of its seconds */
  cpuSeconds?: number;
  peakMb?: number;
  machineBusy?: number;
}

/** A run of one series whose service used `msPerRequest` of CPU for each request of each second. */
function serviceRun(spec: RunSpec): RunResult {
  const ms = spec.msPerRequest ?? (() => 0.8);
  const seconds = new Map<number, SecondBucket>();
  const cpuBySecond: Array<[number, number]> = [];
  spec.requests.forEach((n, i) => {
    seconds.set(START_SECOND + i, { requests: n, failed: 0, latency: new LatencyHistogram() });
    cpuBySecond.push([START_SECOND + i, (n * ms(i)) / 1000]);
  });
  const key = { scenario: 'default', group: '', method: 'GET', name: '/users' };
  const requests = spec.requests.reduce((a, n) => a + n, 0);
  const series: SeriesResult = {
    key,
    id: 'default › GET /users',
    requests,
    failed: 0,
    latency: new LatencyHistogram(),
    seconds,
  };
  return {
    engine: 'k6',
    fidelity: 'distribution',
    loadModel: 'open',
    sources: ['run.json'],
    startMs: START_SECOND * 1000,
    endMs: (START_SECOND + spec.requests.length) * 1000,
    series: new Map([[series.id, series]]),
    lifecycle: new Map(),
    totals: { iterations: requests, droppedIterations: 0, checksPassed: 0, checksFailed: 0, maxVUs: 1 },
    thresholds: [],
    skipped: {},
    warnings: [],
    service: {
      source: 'process tree',
      seconds: spec.requests.length,
      cpuSeconds: spec.cpuSeconds ?? cpuBySecond.reduce((a, [, cpu]) => a + cpu, 0),
      cpuWaitSeconds: 0,
      peakRssBytes: (spec.peakMb ?? 60) * MB,
      rssGrowthBytesPerSecond: 0,
      generatorCpuSeconds: 1,
      ...(spec.machineBusy !== undefined ? { machineBusy: spec.machineBusy } : {}),
      ...(spec.bySecond ? { cpuBySecond } : {}),
    },
  };
}

/** `seconds` seconds of `n` requests each. */
const steady = (seconds: number, n: number) => Array.from({ length: seconds }, () => n);

function context(
  baseline: RunResult[],
  candidate: RunResult[],
  overrides: GateOptionsOverrides = {},
  paired = false,
): EstimateContext {
  const options = resolveGateOptions(overrides);
  // (resolveGateOptions always fills in the priors, the defaults overridden)
  return { baseline, candidate, paired, loadModel: 'open', options, priors: options.priors! };
}

/** The service's estimates of these sides, screened for CPU stretches as a comparison does. */
function estimates(ctx: EstimateContext, screen: CpuScreen = screenCpu(ctx.baseline, ctx.candidate)) {
  const all = resourceEstimates(ctx, screen);
  const named = (name: string): MetricEstimate => {
    const e = all.find((m) => m.spec.name === name);
    if (!e) throw new Error(`no ${name}`);
    return e;
  };
  return { all, cpu: named('cpu_per_request'), rss: named('peak_rss') };
}

describe('a CPU stretch is read from the seconds with requests enough for a CPU per request of their own', () => {
  // 20 s of 100 requests at 0.8 ms each, but seconds 6–9 at twice the CPU per request
  const doubled = (i: number) => (i >= 6 && i < 10 ? 1.6 : 0.8);
  const withStretch = (n: number) =>
    serviceRun({
      requests: steady(20, 100).map((x, i) => (i >= 6 && i < 10 ? n : x)),
      msPerRequest: doubled,
      bySecond: true,
    });
  const calm = serviceRun({ requests: steady(20, 100), bySecond: true });

  it('seconds of fewer than 10 requests give none: their doubled cost is no stretch', () => {
    expect(screenCpu([withStretch(9)], [calm]).disturbances).toEqual([]);
  });

  it('seconds of exactly 10 requests do: the 4 s stretch is found, ×2', () => {
    const { disturbances, baseline } = screenCpu([withStretch(10)], [calm]);
    expect(disturbances).toHaveLength(1);
    expect(baseline[0]!.seconds).toEqual([6, 7, 8, 9].map((i) => START_SECOND + i));
    expect(baseline[0]!.factor).toBeCloseTo(2, 9);
  });

  it('peak RSS keeps every request of a run whose CPU stretch is left out', () => {
    const { cpu, rss } = estimates(context([withStretch(100), calm], [calm, calm]));
    // CPU per request without the stretch's 400 requests; the peak with all 2 000 of the run
    expect(cpu.sampleSize).toEqual({ baseline: 3600, candidate: 4000 });
    expect(cpu.baseline).toBeCloseTo(0.8, 9);
    expect(rss.sampleSize).toEqual({ baseline: 4000, candidate: 4000 });
  });
});

describe('the figures of each side', () => {
  it('CPU per request is the side’s CPU over its requests; peak RSS the mean of its runs’ peaks', () => {
    const baseline = [
      serviceRun({ requests: steady(10, 100), msPerRequest: () => 1, peakMb: 50 }),
      serviceRun({ requests: steady(10, 300), msPerRequest: () => 2, peakMb: 80 }),
    ];
    const candidate = [serviceRun({ requests: steady(10, 200), peakMb: 64 })];
    const { cpu, rss } = estimates(context(baseline, candidate));
    // (1 000 × 1 ms + 3 000 × 2 ms) / 4 000 requests, not the runs' mean of 1.5 ms
    expect(cpu.baseline).toBeCloseTo(1.75, 9);
    expect(cpu.candidate).toBeCloseTo(0.8, 9);
    expect(cpu.sampleSize).toEqual({ baseline: 4000, candidate: 2000 });
    expect(cpu.center).toBeCloseTo(Math.log(0.8 / 1.75), 9);
    // (50 + 80) / 2 MB, not weighted by the runs' requests (72.5)
    expect(rss.baseline).toBeCloseTo(65, 9);
    expect(rss.candidate).toBeCloseTo(64, 9);
    expect(rss.change).toBeCloseTo(64 / 65 - 1, 9);
  });

  it('a reading of a few 10 ms ticks is as uncertain as its rounding: each run adds 2·(tick/CPU)²/12', () => {
    // no run-to-run noise assumed, and every run at the same figure: the tick rounding is all the variance
    const runs = () => [0, 1].map(() => serviceRun({ requests: steady(10, 5), msPerRequest: () => 1 }));
    const { cpu } = estimates(
      context(runs(), runs(), { priors: { cpuRunToRunCv: 0, cpuRunToRunPriorDf: 0 } }),
    );
    // 50 ms of CPU a run: 5 ticks, each end rounded by up to one
    const perRun = (2 * 0.2 ** 2) / 12;
    expect(cpu.perRun).toBeCloseTo(2 * perRun, 12);
  });
});

describe('a run without a CPU per request', () => {
  const calm = () => serviceRun({ requests: steady(10, 100) });

  it.each([
    ['no CPU time', serviceRun({ requests: steady(10, 100), cpuSeconds: 0 })],
    ['no requests', serviceRun({ requests: steady(10, 0), cpuSeconds: 0.5 })],
  ])('(%s, a PR run after one that had it) leaves CPU per request ungated, without an interval', (_, run) => {
    const { cpu, rss } = estimates(context([calm(), calm()], [calm(), run], {}, true));
    expect(cpu.reason).toBe('no figure to compare: no requests or no CPU time measured');
    expect(cpu.gated).toBe(false);
    expect(cpu.testable).toBe(false);
    expect(cpu).not.toHaveProperty('variance');
    expect(cpu.perRun).toBeNaN();
    expect(cpu.center).toBeNaN();
    // the peak is read all the same
    expect(rss.reason).toBeUndefined();
    expect(rss.gated).toBe(true);
  });
});

describe('the service’s metrics judged or not', () => {
  const runs = (ms: number) =>
    [1, 1.2, 0.9].map((f) => serviceRun({ requests: steady(10, 100), msPerRequest: () => ms * f }));

  it('a metric not among the gated ones is reported, not judged, even when too noisy for its tolerance', () => {
    const overrides = { gatedMetrics: ['p50' as const], tolerances: { cpu_per_request: 0.001 } };
    const { cpu } = estimates(context(runs(0.8), runs(0.8), overrides));
    expect(cpu.reason).toBe('not among the gated metrics');
    expect(cpu.gated).toBe(false);
    expect(cpu.testable).toBe(false);
    expect(cpu).not.toHaveProperty('undecidable');
    expect(cpu.variance).toBeDefined();
  });

  it('a gated one within reach of its tolerance carries its interval and says nothing more', () => {
    const { cpu } = estimates(context(runs(0.8), runs(0.8), { tolerances: { cpu_per_request: 0.5 } }));
    expect(cpu.gated).toBe(true);
    expect(cpu.testable).toBe(true);
    expect(cpu.variance!.variance).toBeGreaterThan(0);
    for (const key of ['reason', 'noisier', 'leftOut', 'undecidable']) expect(cpu).not.toHaveProperty(key);
  });

  it('too noisy for its tolerance: said with the runs of the larger side', () => {
    const { cpu } = estimates(
      context(runs(0.8).slice(0, 2), runs(0.8), { tolerances: { cpu_per_request: 0.001 } }),
    );
    expect(cpu.gated).toBe(true);
    expect(cpu.undecidable).toMatch(
      /^too noisy to judge a 0\.1% change from 3 runs a side: the service's CPU per request leaves /,
    );
  });
});

describe('CPU per request on a saturated runner', () => {
  const runs = (busy: number | undefined) =>
    [1, 1.1, 0.95].map((f) =>
      serviceRun({
        requests: steady(10, 100),
        msPerRequest: () => 0.8 * f,
        ...(busy !== undefined ? { machineBusy: busy } : {}),
      }),
    );

  it('every run saturated: judged by the saturated prior alone', () => {
    const saturated = estimates(context(runs(0.97), runs(0.99))).cpu;
    const asIfPrior = estimates(
      context(runs(undefined), runs(undefined), {
        priors: { cpuRunToRunCv: 0.23, cpuRunToRunPriorDf: 80 },
      }),
    ).cpu;
    expect(saturated.variance!.variance).toBeCloseTo(asIfPrior.variance!.variance, 12);
    expect(saturated.variance!.df).toBeCloseTo(asIfPrior.variance!.df, 6);
  });

  it('says why the interval is wide, on CPU per request only', () => {
    const { cpu, rss } = estimates(context(runs(0.5), runs(0.96), { priors: { cpuRunToRunCv: 0.1 } }));
    expect(cpu.noisier).toBe(
      'a saturated runner: its cores were ≥ 95% busy in 3 of 6 runs, where CPU per request moves by about 23% per run (10% with cores to spare)',
    );
    expect(rss).not.toHaveProperty('noisier');
  });

  it('no saturated run: the usual prior, and nothing to say', () => {
    const { cpu } = estimates(context(runs(0.5), runs(undefined)));
    expect(cpu).not.toHaveProperty('noisier');
  });
});

describe('which comparisons have the service’s metrics', () => {
  const watched = () => serviceRun({ requests: steady(10, 100) });
  const unwatched = () => {
    const { service: _, ...run } = watched();
    return run;
  };

  it('none without runs, or when a run did not watch the service', () => {
    const none = screenCpu([], []);
    expect(resourceEstimates(context([], []), none)).toEqual([]);
    const mixed = context([watched(), watched()], [watched(), unwatched()]);
    expect(resourceEstimates(mixed, screenCpu(mixed.baseline, mixed.candidate))).toEqual([]);
  });

  it('CPU per request and peak RSS when every run did', () => {
    const { all } = estimates(context([watched()], [watched()]));
    expect(all.map((e) => [e.seriesId, e.spec.name])).toEqual([
      [SERVICE_SERIES_ID, 'cpu_per_request'],
      [SERVICE_SERIES_ID, 'peak_rss'],
    ]);
  });
});

describe('a baseline’s headline figures', () => {
  const headline = { 'default › GET /users': { p50: 8 } };

  it('gain the service’s pooled CPU per request and mean peak when every run measured them', () => {
    const runs = [
      serviceRun({ requests: steady(10, 100), msPerRequest: () => 1, peakMb: 50 }),
      serviceRun({ requests: steady(10, 300), msPerRequest: () => 2, peakMb: 80 }),
    ];
    const figures = withServiceHeadline(headline, runs);
    expect(figures['default › GET /users']).toEqual({ p50: 8 });
    expect(Object.keys(figures[SERVICE_SERIES_ID]!)).toEqual(['cpu_per_request', 'peak_rss']);
    expect(figures[SERVICE_SERIES_ID]!.cpu_per_request).toBeCloseTo(1.75, 9);
    expect(figures[SERVICE_SERIES_ID]!.peak_rss).toBeCloseTo(65, 9);
  });

  it('leave out a figure that is not a positive number (no CPU time, no memory read)', () => {
    const runs = [serviceRun({ requests: steady(10, 100), cpuSeconds: 0, peakMb: 0 })];
    expect(withServiceHeadline(headline, runs)).toEqual({ ...headline, [SERVICE_SERIES_ID]: {} });
  });

  it('stay as they were without runs, or when a run did not measure them', () => {
    const { service: _, ...unwatched } = serviceRun({ requests: steady(10, 100) });
    expect(withServiceHeadline(headline, [])).toEqual(headline);
    expect(withServiceHeadline(headline, [serviceRun({ requests: steady(10, 100) }), unwatched])).toEqual(
      headline,
    );
  });
});
