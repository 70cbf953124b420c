import { LatencyHistogram } from '../results/histogram.ts';
import { mergeSeries } from '../results/merge.ts';
import { type RunResult, type SeriesKey, type SeriesResult, seriesId } from '../results/types.ts';

/**
 * In a closed model each virtual user runs its scenario's requests one after another, so the loop sets the
 * rate of every request in it: when one request gets slower, every request of the scenario is made less
 * often. Judged per request, one slow endpoint would fail the throughput of all its neighbours. Throughput is
 * therefore judged once per scenario, on a series holding all of its requests together; each request's own
 * series keeps its latency and errors, which say where the time went.
 */
const ALL_REQUESTS = '(all requests)';

function totalKey(scenario: string): SeriesKey {
  return { scenario, group: '', method: '', name: ALL_REQUESTS };
}

/** Whether a series is a scenario's all-requests series added by `withScenarioTotals`. */
export function isScenarioTotal(key: SeriesKey): boolean {
  return key.method === '' && key.group === '' && key.name === ALL_REQUESTS;
}

/** The requests of `series` as one series: per-second buckets added when every one has them, else counts. */
function total(key: SeriesKey, series: SeriesResult[]): SeriesResult {
  const id = seriesId(key);
  if (series.every((s) => s.seconds.size > 0))
    return mergeSeries(series.map((s) => new Map([[id, { ...s, key, id }]]))).get(id)!;
  const latency = new LatencyHistogram();
  for (const s of series) latency.merge(s.latency);
  const sum = (pick: (s: SeriesResult) => number) => series.reduce((a, s) => a + pick(s), 0);
  return {
    key,
    id,
    requests: sum((s) => s.requests),
    failed: sum((s) => s.failed),
    latency,
    seconds: new Map(),
  };
}

/** The run with one more series per scenario: all of that scenario's requests among `ids` together. */
function withTotals(run: RunResult, ids: readonly string[]): { run: RunResult; totals: string[] } {
  const byScenario = new Map<string, SeriesResult[]>();
  for (const id of ids) {
    const s = run.series.get(id)!;
    byScenario.set(s.key.scenario, [...(byScenario.get(s.key.scenario) ?? []), s]);
  }
  const series = new Map(run.series);
  const totals: string[] = [];
  for (const [scenario, list] of byScenario) {
    const key = totalKey(scenario);
    series.set(seriesId(key), total(key, list));
    totals.push(seriesId(key));
  }
  return { run: { ...run, series }, totals };
}

/**
 * Both sides' runs with an all-requests series per scenario, built from the series both sides measured
 * (`compared`), so a request one side never made cannot move the scenario's throughput; and those series' ids.
 */
export function withScenarioTotals(
  sides: { baseline: RunResult[]; candidate: RunResult[] },
  compared: readonly string[],
): { baseline: RunResult[]; candidate: RunResult[]; ids: string[] } {
  const baseline = sides.baseline.map((r) => withTotals(r, compared));
  const candidate = sides.candidate.map((r) => withTotals(r, compared));
  return {
    baseline: baseline.map((t) => t.run),
    candidate: candidate.map((t) => t.run),
    ids: baseline[0]?.totals ?? [],
  };
}
