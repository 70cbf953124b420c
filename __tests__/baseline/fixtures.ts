import type { EnvironmentFingerprint } from '../../src/baseline/environment.ts';
import { LatencyHistogram } from '../../src/results/histogram.ts';
import type { LoadModel, RunResult, SecondBucket, SeriesKey, SeriesResult } from '../../src/results/types.ts';
import { seriesId } from '../../src/results/types.ts';
import { mulberry32 } from '../../src/stats/rng.ts';

export interface SeriesSpec {
  name: string;
  requests: number;
  failed?: number;
  /** median latency (ms); latencies spread log-normally around it */
  medianMs?: number;
}

/** A run with real histograms: per series, `requests` latencies spread over 10 one-second buckets. */
export function makeRun(
  options: {
    seed?: number;
    series?: SeriesSpec[];
    loadModel?: LoadModel;
    engine?: 'k6' | 'embedded';
    engineVersion?: string;
    targetRate?: number;
    startMs?: number;
  } = {},
): RunResult {
  const rng = mulberry32(options.seed ?? 1);
  const startMs = options.startMs ?? 1_700_000_000_000;
  const specs = options.series ?? [
    { name: 'GET /users', requests: 500, medianMs: 8 },
    { name: 'GET /orders', requests: 500, failed: 5, medianMs: 12 },
  ];
  const series = new Map<string, SeriesResult>();
  for (const spec of specs) {
    const [method = 'GET', name = spec.name] = spec.name.split(' ');
    const key: SeriesKey = { scenario: 'default', group: '', method, name };
    const latency = new LatencyHistogram();
    const seconds = new Map<number, SecondBucket>();
    for (let i = 0; i < spec.requests; i++) {
      const value = (spec.medianMs ?? 10) * Math.exp(0.3 * rng.normal());
      latency.record(value);
      const second = Math.floor(startMs / 1000) + (i % 10);
      const bucket = seconds.get(second) ?? { requests: 0, failed: 0, latency: new LatencyHistogram() };
      bucket.requests++;
      bucket.latency.record(value);
      seconds.set(second, bucket);
    }
    const id = seriesId(key);
    series.set(id, { key, id, requests: spec.requests, failed: spec.failed ?? 0, latency, seconds });
  }
  const run: RunResult = {
    engine: options.engine ?? 'k6',
    fidelity: 'distribution',
    loadModel: options.loadModel ?? 'open',
    sources: ['fixture'],
    startMs,
    endMs: startMs + 10_000,
    series,
    lifecycle: new Map(),
    totals: { iterations: 1000, droppedIterations: 0, checksPassed: 1000, checksFailed: 0, maxVUs: 10 },
    thresholds: [],
    skipped: {},
    warnings: [],
  };
  run.engineVersion = options.engineVersion ?? 'v0.49.0';
  if (options.targetRate !== undefined) run.targetRate = options.targetRate;
  return run;
}

export const LINUX_4_CORE: EnvironmentFingerprint = {
  platform: 'linux',
  arch: 'x64',
  osRelease: '6.8.0-1017-azure',
  cpuModel: 'AMD EPYC 7763 64-Core Processor',
  cpuCount: 4,
  totalMemoryBytes: 16 * 2 ** 30,
  runnerOs: 'Linux',
  runnerArch: 'X64',
  imageOs: 'ubuntu24',
  imageVersion: '20250105.1.0',
};
