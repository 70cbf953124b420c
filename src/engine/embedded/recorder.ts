import { LatencyHistogram } from '../../results/histogram.ts';
import type { RunResult, SecondBucket, SeriesResult } from '../../results/types.ts';
import { seriesId } from '../../results/types.ts';
import type { Scenario } from './scenario.ts';

/**
 * One series being filled. The current second's latencies wait in a buffer and go into the second's and the
 * whole run's histograms in one `recordMany` each when the second changes (or the run ends): the same
 * histograms as recording one by one, without re-centring a fresh per-second histogram's bins on every new
 * lowest or highest value.
 */
class SeriesRecorder {
  private second = -1;
  private bucket: SecondBucket | undefined;
  private latencies = new Float64Array(1024);
  private buffered = 0;

  constructor(readonly series: SeriesResult) {}

  record(endEpochMs: number, latencyMs: number, failed: boolean): void {
    const s = this.series;
    s.requests++;
    const second = Math.floor(endEpochMs / 1000);
    if (second !== this.second) {
      this.flush();
      this.second = second;
      this.bucket = s.seconds.get(second);
      if (this.bucket === undefined) {
        this.bucket = { requests: 0, failed: 0, latency: new LatencyHistogram() };
        s.seconds.set(second, this.bucket);
      }
    }
    const b = this.bucket!;
    b.requests++;
    if (this.buffered === this.latencies.length) {
      const grown = new Float64Array(this.latencies.length * 2);
      grown.set(this.latencies);
      this.latencies = grown;
    }
    this.latencies[this.buffered++] = latencyMs;
    if (failed) {
      s.failed++;
      b.failed++;
    }
  }

  /** Records the buffered latencies into the current second's and the whole run's histograms. */
  flush(): void {
    if (this.buffered === 0) return;
    this.bucket!.latency.recordMany(this.latencies, this.buffered);
    this.series.latency.recordMany(this.latencies, this.buffered);
    this.buffered = 0;
  }
}

/**
 * Collects the embedded engine's measurements into the same RunResult the k6 reader produces: series keyed
 * scenario × '' × method × name, whole-run and per-second latency histograms, failures, totals.
 */
export class ResultRecorder {
  /** one recorder per request of the scenario's list (requests sharing method and name share a series) */
  readonly byRequest: SeriesRecorder[];
  private readonly result: RunResult;

  constructor(scenario: Scenario) {
    const series = new Map<string, SeriesResult>();
    const recorders = new Map<string, SeriesRecorder>();
    this.byRequest = scenario.requests.map((r) => {
      const key = { scenario: scenario.name, group: '', method: r.method, name: r.name };
      const id = seriesId(key);
      let rec = recorders.get(id);
      if (rec === undefined) {
        const s: SeriesResult = {
          key,
          id,
          requests: 0,
          failed: 0,
          latency: new LatencyHistogram(),
          seconds: new Map(),
        };
        series.set(id, s);
        rec = new SeriesRecorder(s);
        recorders.set(id, rec);
      }
      return rec;
    });
    this.result = {
      engine: 'embedded',
      fidelity: 'distribution',
      loadModel: scenario.load.model,
      loadModelSource: 'embedded-scenario',
      sources: ['embedded'],
      startMs: Number.NaN,
      endMs: Number.NaN,
      series,
      lifecycle: new Map(),
      totals: { iterations: 0, droppedIterations: 0, checksPassed: 0, checksFailed: 0, maxVUs: 0 },
      thresholds: [],
      skipped: {},
      warnings: [],
      engineVersion: `perf-gate embedded (node ${process.version})`,
    };
    if (scenario.load.model === 'open') this.result.targetRate = scenario.load.rate;
  }

  /** A measured request: `failed` = network error or unexpected status (also a failed check, as in k6). */
  request(index: number, endEpochMs: number, latencyMs: number, failed: boolean): void {
    this.byRequest[index]!.record(endEpochMs, latencyMs, failed);
    const r = this.result;
    if (!(endEpochMs >= r.startMs)) r.startMs = endEpochMs;
    if (!(endEpochMs <= r.endMs)) r.endMs = endEpochMs;
    if (failed) r.totals.checksFailed++;
    else r.totals.checksPassed++;
  }

  iterationCompleted(): void {
    this.result.totals.iterations++;
  }

  iterationDropped(): void {
    this.result.totals.droppedIterations++;
  }

  warn(message: string): void {
    this.result.warnings.push(message);
  }

  finish(maxVUs: number): RunResult {
    for (const rec of this.byRequest) rec.flush();
    this.result.totals.maxVUs = maxVUs;
    return this.result;
  }
}
