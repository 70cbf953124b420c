import type { MetricName, SeriesMetricName, SloSpec } from '../stats/types.ts';
import { InputError } from './errors.ts';
import { meaningfulLines, parseDuration, parsePercent } from './values.ts';

const METRIC_ALIASES: Record<string, MetricName> = {
  p50: 'p50',
  med: 'p50',
  median: 'p50',
  p90: 'p90',
  p95: 'p95',
  p99: 'p99',
  throughput: 'throughput',
  rps: 'throughput',
  error_rate: 'error_rate',
  'error-rate': 'error_rate',
  errors: 'error_rate',
  cpu_per_request: 'cpu_per_request',
  'cpu-per-request': 'cpu_per_request',
  peak_rss: 'peak_rss',
  'peak-rss': 'peak_rss',
};

const METRIC_SPELLINGS = Object.keys(METRIC_ALIASES).join(', ');

function parseMetric(input: string, raw: string): MetricName {
  const metric = METRIC_ALIASES[raw.trim().toLowerCase()];
  if (metric === undefined)
    throw new InputError(input, `unknown metric '${raw.trim()}'; use one of ${METRIC_SPELLINGS}`);
  return metric;
}

/** A selector of series as the user wrote it, resolved against the run's series later ('*' = every series). */
export interface SeriesRule<T> {
  series: string;
  metric: MetricName;
  value: T;
}

/** Splits "[series:] rest"; the metric never contains ':', series names (URLs) may, so split at the last one. */
function splitSeries(line: string): { series: string; rest: string } {
  const at = line.lastIndexOf(':');
  if (at < 0) return { series: '*', rest: line };
  return { series: line.slice(0, at).trim() || '*', rest: line.slice(at + 1) };
}

/**
 * Tolerances, one per line: `p99=10%`, `error_rate=0.5pp`, or per series `GET /users: p99=15%`.
 * The series-less form overrides the default for every series.
 */
export function parseTolerances(input: string, raw: string): SeriesRule<number>[] {
  return meaningfulLines(raw).map((line) => {
    const { series, rest } = splitSeries(line);
    const eq = rest.indexOf('=');
    if (eq < 0)
      throw new InputError(input, `'${line}' is not a tolerance; write e.g. p99=10% or GET /users: p95=5%`);
    return {
      series,
      metric: parseMetric(input, rest.slice(0, eq)),
      value: parsePercent(input, rest.slice(eq + 1)),
    };
  });
}

/**
 * SLOs, one per line: `p99 < 300ms`, `GET /users: p95 < 200ms`, `error_rate < 1%`, `throughput > 50/s`.
 * Latency and error-rate SLOs are upper bounds, throughput SLOs lower bounds.
 */
export function parseSlos(input: string, raw: string): SloSpec[] {
  return meaningfulLines(raw).map((line) => {
    const { series, rest } = splitSeries(line);
    const m = /^\s*([\w-]+)\s*([<>])\s*(.+?)\s*$/.exec(rest);
    if (!m) throw new InputError(input, `'${line}' is not an SLO; write e.g. p99 < 300ms or error_rate < 1%`);
    const parsed = parseMetric(input, m[1]!);
    if (parsed === 'cpu_per_request' || parsed === 'peak_rss')
      throw new InputError(input, `'${line}': ${parsed} is gated on changes (tolerances), not on an SLO`);
    const metric: SeriesMetricName = parsed;
    const op = m[2]!;
    const value = m[3]!; // trimmed by the pattern
    if (metric === 'throughput') {
      if (op !== '>')
        throw new InputError(input, `'${line}': a throughput SLO is a lower bound (throughput > N/s)`);
      const rate = /^(\d+(?:\.\d+)?)\s*\/\s*s$/.exec(value);
      if (!rate) throw new InputError(input, `'${line}': write a throughput as N/s, e.g. throughput > 50/s`);
      return { series, metric, limit: Number(rate[1]) };
    }
    if (op !== '<')
      throw new InputError(input, `'${line}': a ${metric} SLO is an upper bound (${metric} < ...)`);
    if (metric === 'error_rate') {
      const limit = parsePercent(input, value);
      // a rate is 0-100%: at 0% no run can meet it, above 100% every run does
      if (limit <= 0 || limit > 1)
        throw new InputError(input, `'${line}': an error-rate limit is above 0% and at most 100%`);
      return { series, metric, limit };
    }
    if (!/(ms|s)$/.test(value))
      throw new InputError(input, `'${line}': give the latency with a unit, e.g. 300ms`);
    const limit = parseDuration(input, value) * 1000;
    if (limit <= 0)
      throw new InputError(input, `'${line}': no latency is below ${value}; give a limit above 0`);
    return { series, metric, limit };
  });
}
