import type { MetricComparison, MetricName } from '../stats/types.ts';

export type Unit = MetricComparison['unit'];
export type ChangeKind = MetricComparison['changeKind'];

/** Shown for a figure that does not exist (NaN, e.g. a CV from one run). */
const NOT_AVAILABLE = 'n/a';

const METRIC_LABELS: Record<MetricName, string> = {
  p50: 'P50',
  p90: 'P90',
  p95: 'P95',
  p99: 'P99',
  throughput: 'throughput',
  error_rate: 'error rate',
  cpu_per_request: 'CPU per request',
  peak_rss: 'peak RSS',
};

/** The canonical order of metrics in every table. */
export const METRIC_ORDER: readonly MetricName[] = ['p50', 'p90', 'p95', 'p99', 'throughput', 'error_rate'];

export const UNIT_OF: Record<MetricName, Unit> = {
  p50: 'ms',
  p90: 'ms',
  p95: 'ms',
  p99: 'ms',
  throughput: 'req/s',
  error_rate: 'ratio',
  cpu_per_request: 'ms',
  peak_rss: 'MB',
};

export function metricLabel(metric: MetricName): string {
  return METRIC_LABELS[metric];
}

/** Measured figures in METRIC_ORDER, each with its unit; n/a for a metric that has none. */
export function metricFigures(values: Partial<Record<MetricName, number>>): string[] {
  return METRIC_ORDER.map((m) => formatValue(values[m] ?? Number.NaN, UNIT_OF[m]));
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A measured value with its unit, about three significant digits: "7.71 ms", "1.23 s", "1,204 req/s", "0.52%". */
export function formatValue(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return NOT_AVAILABLE;
  switch (unit) {
    case 'ms':
      // decide on the rounded value, so 999.7 ms reads "1.00 s", not "1,000 ms"
      if (Math.abs(Number(value.toPrecision(3))) >= 1000) return `${significant(value / 1000)} s`;
      return `${significant(value)} ms`;
    case 'req/s':
      return `${significant(value)} req/s`;
    case 'ratio':
      return formatPercent(value, value === 0 ? 0 : value < 0.01 ? 2 : 1);
    case 'MB':
      return `${significant(value)} MB`;
  }
}

/** Three significant digits without exponent notation; thousands separated by commas. */
export function significant(x: number): string {
  if (!Number.isFinite(x)) return NOT_AVAILABLE;
  const rounded = Number(x.toPrecision(3)); // round first, so 99.96 reads "100", not "100.0"
  const abs = Math.abs(rounded);
  if (abs >= 1000) return Math.round(x).toLocaleString('en-US');
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return rounded.toFixed(digits);
}

/** A fraction as a percentage: 0.041 → "4.1%". */
export function formatPercent(fraction: number, digits = 1): string {
  if (!Number.isFinite(fraction)) return NOT_AVAILABLE;
  return `${(fraction * 100).toFixed(digits)}%`;
}

/** A change with its sign: relative "+12.1%", "-3.40%"; absolute (error rate, percentage points) "+0.50 pp". */
export function formatChange(change: number, kind: ChangeKind): string {
  if (!Number.isFinite(change)) return NOT_AVAILABLE;
  const sign = change > 0 ? '+' : change < 0 ? '-' : '';
  const pct = Math.abs(change * 100);
  if (kind === 'absolute') return `${sign}${pct.toFixed(2)} pp`;
  const digits = pct >= 100 ? 0 : pct >= 1 ? 1 : 2;
  return `${sign}${pct.toFixed(digits)}%`;
}

export function formatInterval(interval: readonly [number, number], kind: ChangeKind): string {
  return `[${formatChange(interval[0], kind)}, ${formatChange(interval[1], kind)}]`;
}

/** "+12.1% [+6.3%, +18.2%]" */
export function formatChangeWithInterval(
  m: Pick<MetricComparison, 'change' | 'changeKind' | 'interval'>,
): string {
  return `${formatChange(m.change, m.changeKind)} ${formatInterval(m.interval, m.changeKind)}`;
}

/**
 * The smallest detectable change: relative changes up and down differ ("+172% / −63%": an interval of
 * ±1.0 on the log scale), absolute ones are symmetric ("±0.20 pp").
 */
export function formatNoiseFloor(m: Pick<MetricComparison, 'noiseFloor' | 'changeKind'>): string {
  if (!Number.isFinite(m.noiseFloor)) return NOT_AVAILABLE;
  if (m.changeKind === 'relative') {
    const half = Math.log1p(Math.abs(m.noiseFloor));
    return `${formatChange(Math.expm1(half), 'relative')} / ${formatChange(Math.expm1(-half), 'relative')}`;
  }
  return `±${formatChange(Math.abs(m.noiseFloor), m.changeKind).replace(/^\+/, '')}`;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How old something measured at `timeMs` is at `nowMs`, in plain words: "12 min old", "3 h old", "5 days old";
 * "of unknown age" when no time was recorded (a k6 summary export has none).
 */
export function formatAge(nowMs: number, timeMs: number | undefined): string {
  const ageMs = timeMs === undefined ? Number.NaN : nowMs - timeMs;
  if (!Number.isFinite(ageMs)) return 'of unknown age';
  if (ageMs < MINUTE) return 'less than a minute old';
  if (ageMs < HOUR) return `${Math.floor(ageMs / MINUTE)} min old`;
  if (ageMs < 2 * DAY) return `${Math.floor(ageMs / HOUR)} h old`;
  return `${Math.floor(ageMs / DAY)} days old`;
}

/** ISO date (UTC) of an epoch ms: "2024-05-01". */
export function formatDate(timeMs: number): string {
  return new Date(timeMs).toISOString().slice(0, 10);
}

export function shortSha(sha: string): string {
  return /^[0-9a-f]{8,}$/i.test(sha) ? sha.slice(0, 7) : sha;
}

/** A number as Mermaid's xychart lexer accepts it: plain decimal, no exponent, a few decimals at most. */
export function chartNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`chart value must be finite, got ${value}`);
  const abs = Math.abs(value);
  const fixed = value.toFixed(abs >= 1000 ? 0 : abs >= 10 ? 2 : 3);
  // strip trailing zeros ("7.700" → "7.7") but never produce "-0"
  const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed;
}
