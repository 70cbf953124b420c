import { RunFileError } from './errors.ts';
import { LatencyHistogram } from './histogram.ts';
import { givenLoadModel } from './load-model.ts';
import { nameSeriesByTarget } from './request-name.ts';
import { emptyTotals } from './run-accumulator.ts';
import {
  type ReadOptions,
  type RunResult,
  type SeriesKey,
  type SeriesResult,
  seriesId,
  type ThresholdResult,
} from './types.ts';

/**
 * Reads k6's end-of-test summary as a lower-fidelity RunResult: the quantiles k6 printed, no distribution and
 * no per-second data (`fidelity: 'summary'`, empty histograms, `reportedQuantiles` set).
 *
 * Two layouts are understood: `--summary-export` (flat: `{"med":…,"p(95)":…}`, a threshold value `true`
 * means it FAILED, rate metrics carry `passes`/`fails`/`value`) and the `handleSummary()` data object
 * (`{"type":…,"values":{…},"thresholds":{"p(95)<200":{"ok":false}}}`).
 */

export type SummaryReadOptions = Pick<
  ReadOptions,
  'loadModel' | 'loadModelSource' | 'targetRate' | 'targetUrl'
>;

/** The series of all requests together: what k6's summary reports for `http_req_duration` itself. */
const ALL_REQUESTS_KEY: SeriesKey = { scenario: '', group: '', method: '*', name: 'all requests' };

/** Tags of a submetric that make it a request series (others, like expected_response, only filter). */
const SERIES_TAGS = ['scenario', 'group', 'method', 'name', 'url'];

type Fail = (what: string) => never;

/** A summary's metrics, read figure by figure; the metrics read are remembered, the rest listed as skipped. */
interface SummaryMetrics {
  all: Record<string, unknown>;
  /** The metrics read so far. */
  used: Set<string>;
  fail: Fail;
  /** A metric's figures, or undefined when the summary has no such metric. */
  values(name: string): Record<string, unknown> | undefined;
  /** One figure of a metric, or undefined when it is missing. */
  number(metric: string, field: string): number | undefined;
}

/** Builds the summary-fidelity RunResult from a parsed summary (pure). `source` names it in messages. */
export function summaryToRun(json: unknown, source: string, opts: SummaryReadOptions = {}): RunResult {
  const metrics = summaryMetrics(json, source);
  const requests = metrics.number('http_reqs', 'count');
  if (!requests || metrics.values('http_req_duration') === undefined) {
    metrics.fail('no HTTP requests were recorded: is the target reachable?');
  }
  const warnings: string[] = [
    `${source}: a k6 summary holds only the quantiles k6 printed: no distribution and no per-second data`,
  ];
  const skipped: Record<string, number> = {};
  const series = seriesOf(metrics, requests!, warnings, skipped, source);
  const totals = totalsOf(metrics);
  // no timestamps in a summary: the span is the test's duration, count / rate, anchored at 0
  const rate = metrics.number('http_reqs', 'rate');
  const durationMs = rate !== undefined && rate > 0 ? (requests! / rate) * 1000 : Number.NaN;
  if (Number.isNaN(durationMs)) warnings.push(`${source}: no http_reqs rate: the test duration is unknown`);

  const run: RunResult = {
    engine: 'k6',
    fidelity: 'summary',
    ...givenLoadModel(opts),
    sources: [source],
    startMs: 0,
    endMs: durationMs,
    series,
    lifecycle: new Map(),
    totals,
    thresholds: thresholdsOf(metrics.all, metrics.fail), // read before the unused metrics are listed below
    skipped,
    warnings,
  };
  if (opts.targetRate !== undefined) run.targetRate = opts.targetRate;
  // a filtering submetric seriesOf listed is set to 1 again, which keeps its place in the list
  for (const metric of Object.keys(metrics.all)) {
    if (!metrics.used.has(metric)) skipped[`summary metric ${metric}`] = 1;
  }
  return nameSeriesByTarget(run, opts.targetUrl);
}

function summaryMetrics(json: unknown, source: string): SummaryMetrics {
  const fail: Fail = (what) => {
    throw new RunFileError(source, undefined, what);
  };
  const all = isObject(json) && isObject(json.metrics) ? json.metrics : undefined;
  if (all === undefined) return fail('not a k6 summary: expected a JSON object with a "metrics" object');
  const used = new Set<string>();
  const values = (name: string): Record<string, unknown> | undefined => {
    const m = all[name];
    if (m === undefined) return undefined;
    used.add(name);
    if (!isObject(m)) return fail(`metric ${name}: expected an object`);
    return isObject(m.values) ? m.values : m; // handleSummary() nests the figures in `values`
  };
  const number = (metric: string, field: string): number | undefined => {
    const v = values(metric)?.[field];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'number')
      return fail(`metric ${metric}: expected "${field}" to be a number, got ${JSON.stringify(v)}`);
    return v;
  };
  return { all, used, fail, values, number };
}

/**
 * The all-requests series (`http_req_duration` itself) and one series per submetric tagged with a request's
 * scenario, group, method, name or url; other submetrics (e.g. `{expected_response:true}`) are skipped filters.
 */
function seriesOf(
  metrics: SummaryMetrics,
  requests: number,
  warnings: string[],
  skipped: Record<string, number>,
  source: string,
): Map<string, SeriesResult> {
  const series = new Map<string, SeriesResult>();
  const add = (key: SeriesKey, metric: string, count: number, failed: number): void => {
    const id = seriesId(key);
    series.set(id, {
      key,
      id,
      requests: count,
      failed,
      latency: new LatencyHistogram(),
      seconds: new Map(),
      reportedQuantiles: quantilesOf(metrics.values(metric)!, metric, metrics.fail),
    });
  };

  add(
    ALL_REQUESTS_KEY,
    'http_req_duration',
    requests,
    failedOf(metrics, 'http_req_failed', warnings, source),
  );
  for (const metric of Object.keys(metrics.all)) {
    const sub = parseSubmetric(metric);
    if (sub === undefined || sub.metric !== 'http_req_duration') continue;
    if (!Object.keys(sub.tags).some((t) => SERIES_TAGS.includes(t))) {
      skipped[`summary metric ${metric}`] = 1; // e.g. {expected_response:true}: a filter, not a series
      continue;
    }
    const t = sub.tags;
    const key: SeriesKey = {
      scenario: t.scenario ?? '',
      group: t.group ?? '',
      method: t.method ?? '*',
      name: t.name ?? t.url ?? '*',
    };
    const suffix = metric.slice('http_req_duration'.length);
    let count = metrics.number(`http_reqs${suffix}`, 'count');
    if (count === undefined) {
      count = Number.NaN;
      warnings.push(
        `${source}: ${metric} has no matching http_reqs${suffix} count: its request count is unknown`,
      );
    }
    add(key, metric, count, failedOf(metrics, `http_req_failed${suffix}`, warnings, source));
  }
  return series;
}

/** Iterations, checks and VUs as the summary counted them. */
function totalsOf(metrics: SummaryMetrics): RunResult['totals'] {
  const { number } = metrics;
  const totals = emptyTotals();
  totals.iterations = number('iterations', 'count') ?? 0;
  totals.droppedIterations = number('dropped_iterations', 'count') ?? 0;
  totals.checksPassed = number('checks', 'passes') ?? 0;
  totals.checksFailed = number('checks', 'fails') ?? 0;
  totals.maxVUs = number('vus', 'max') ?? number('vus', 'value') ?? 0;
  const allocated = number('vus_max', 'max') ?? number('vus_max', 'value');
  if (allocated !== undefined) totals.maxVUsAllocated = allocated;
  return totals;
}

/** k6 rate metric: `passes` counts the samples that were true, i.e. the failed requests. */
function failedOf(metrics: SummaryMetrics, metric: string, warnings: string[], source: string): number {
  const passes = metrics.number(metric, 'passes');
  if (passes !== undefined) return passes;
  warnings.push(`${source}: no ${metric} in the summary: the failed-request count is unknown`);
  return Number.NaN;
}

/** `med` → p50, `p(95)` → p95, `min` → p0, `max` → p100; avg and count are not quantiles. */
function quantilesOf(values: Record<string, unknown>, metric: string, fail: Fail): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [stat, v] of Object.entries(values)) {
    const name =
      stat === 'med'
        ? 'p50'
        : stat === 'min'
          ? 'p0'
          : stat === 'max'
            ? 'p100'
            : /^p\(([\d.]+)\)$/.exec(stat)?.[1];
    if (name === undefined) continue;
    if (typeof v !== 'number')
      fail(`metric ${metric}: expected "${stat}" to be a number, got ${JSON.stringify(v)}`);
    out[name.startsWith('p') ? name : `p${name}`] = v as number;
  }
  if (Object.keys(out).length === 0) {
    fail(`metric ${metric}: no quantiles (expected med, p(90), p(95), … as k6's summaryTrendStats)`);
  }
  return out;
}

function thresholdsOf(metrics: Record<string, unknown>, fail: Fail): ThresholdResult[] {
  const out: ThresholdResult[] = [];
  for (const [metric, m] of Object.entries(metrics)) {
    if (!isObject(m) || m.thresholds === undefined) continue;
    if (!isObject(m.thresholds)) fail(`metric ${metric}: expected "thresholds" to be an object`);
    const entries = Object.entries(m.thresholds as Record<string, unknown>);
    if (entries.length === 0) continue;
    const failed = entries.map(([expression, v]) => {
      if (typeof v === 'boolean') return v; // --summary-export: true means the threshold FAILED
      if (isObject(v) && typeof v.ok === 'boolean') return !v.ok; // handleSummary(): ok false means failed
      return fail(
        `metric ${metric}: threshold ${JSON.stringify(expression)}: expected true/false or {"ok": …}`,
      );
    });
    out.push({ metric, expressions: entries.map(([e]) => e), crossed: failed.some((f) => f) });
  }
  return out;
}

/** `http_req_duration{name:GET /users,method:GET}` → its metric and tags; undefined for a plain metric name. */
function parseSubmetric(name: string): { metric: string; tags: Record<string, string> } | undefined {
  const open = name.indexOf('{');
  // Stryker disable next-line EqualityOperator: equivalent as `<=`, a name opening with `{` parses to metric '', which no caller asks for
  if (open < 0 || !name.endsWith('}')) return undefined;
  const tags: Record<string, string> = {};
  for (const part of name.slice(open + 1, -1).split(',')) {
    const colon = part.indexOf(':');
    // Stryker disable next-line EqualityOperator: equivalent as `<=`, a part opening with `:` gives tag '', which is no request tag and never read
    if (colon < 0) continue;
    tags[part.slice(0, colon).trim()] = part.slice(colon + 1).trim();
  }
  return { metric: name.slice(0, open), tags };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
