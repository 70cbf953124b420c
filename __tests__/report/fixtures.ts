import type { ReportContext } from '../../src/report/context.ts';
import { UNIT_OF } from '../../src/report/format.ts';
import type { SeriesKey } from '../../src/results/types.ts';
import { seriesId } from '../../src/results/types.ts';
import type {
  Comparison,
  MetricComparison,
  MetricName,
  Outcome,
  SeriesComparison,
} from '../../src/stats/types.ts';

/** What a reader sees of rendered markdown: entities decoded, zero-width joiners removed. */
export function decode(s: string): string {
  return s.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/\u200d/g, '');
}

/** Fixed clock of every fixture: 2024-05-01 12:00 UTC. */
export const NOW_MS = Date.UTC(2024, 4, 1, 12, 0, 0);
const HOUR = 3_600_000;

/**
 * One metric comparison. Give `baseline` and `change`; the candidate value follows from them, the interval
 * defaults to change ± 0.05 (relative) and the other fields to a gated, well-sampled metric.
 */
export function metric(
  name: MetricName,
  fields: Partial<MetricComparison> & { baseline: number; change: number },
): MetricComparison {
  const absolute = name === 'error_rate';
  const half = fields.noiseFloor ?? (absolute ? 0.002 : 0.05);
  const candidate = absolute ? fields.baseline + fields.change : fields.baseline * (1 + fields.change);
  return {
    metric: name,
    unit: UNIT_OF[name],
    candidate,
    changeKind: absolute ? 'absolute' : 'relative',
    interval: [fields.change - half, fields.change + half],
    confidence: 0.995,
    tolerance: absolute ? 0.005 : 0.1,
    outcome: 'no-change',
    gated: true,
    sampleSize: { baseline: 5005, candidate: 5005 },
    baselineCv: 0.021,
    noiseFloor: half,
    ...fields,
  };
}

const RANK: Record<Outcome, number> = { regression: 0, inconclusive: 1, improvement: 2, 'no-change': 3 };

export function key(method: string, name: string, group = '', scenario = 'default'): SeriesKey {
  return { scenario, group, method, name };
}

/** A series whose outcome is the worst gated outcome of its metrics, as the statistics define it. */
export function series(k: SeriesKey, metrics: MetricComparison[]): SeriesComparison {
  const gated = metrics.filter((m) => m.gated);
  const outcome = gated.reduce<Outcome>(
    (worst, m) => (RANK[m.outcome] < RANK[worst] ? m.outcome : worst),
    'no-change',
  );
  return { id: seriesId(k), key: k, metrics, outcome };
}

/** The four latency quantiles, throughput and error rate of a series that did not move. */
export function steadyMetrics(p50 = 7.7): MetricComparison[] {
  return [
    metric('p50', { baseline: p50, change: 0.004 }),
    metric('p90', { baseline: p50 * 1.3, change: -0.01 }),
    metric('p95', { baseline: p50 * 1.4, change: 0.012 }),
    metric('p99', { baseline: p50 * 1.55, change: 0.02, noiseFloor: 0.07 }),
    metric('throughput', { baseline: 100.1, change: -0.001, sampleSize: { baseline: 5, candidate: 5 } }),
    metric('error_rate', { baseline: 0, change: 0 }),
  ];
}

export function comparison(fields: Partial<Comparison> = {}): Comparison {
  return {
    design: 'cached',
    seed: 12345,
    familyConfidence: 0.95,
    correction: 'holm',
    loadModel: 'open',
    runs: { baseline: 5, candidate: 5 },
    series: [],
    added: [],
    removed: [],
    slos: [],
    betweenJob: { source: 'history', cv: 0.041, historySize: 12 },
    verdict: 'pass',
    reasons: [],
    warnings: [],
    ...fields,
  };
}

export function context(fields: Partial<ReportContext> = {}): ReportContext {
  return {
    scenario: { id: 'api', name: 'API smoke' },
    baseline: {
      commit: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
      ref: 'main',
      timeMs: NOW_MS - 3 * HOUR,
      source: 'cache exact',
    },
    candidate: { commit: 'f00dfacecafe0123456789abcdef0123456789ab', ref: 'feature/x' },
    nowMs: NOW_MS,
    environment: { differences: [], strict: false },
    thresholdBreaches: { baseline: [], candidate: [] },
    noise: [],
    version: '0.1.0',
    runUrl: 'https://github.com/acme/shop/actions/runs/4242',
    secrets: [],
    ...fields,
  };
}

const USERS = key('GET', '/users');
const ORDERS = key('GET', '/orders');
const LOGIN = key('POST', '/login');
const HEALTH = key('GET', '/health');

/** /users P99 +18 % (a regression), the other three series unchanged. */
export function regressionContext(): ReportContext {
  const users = series(USERS, [
    metric('p50', { baseline: 7.8, change: 0.36, interval: [0.3, 0.42], outcome: 'regression' }),
    metric('p90', { baseline: 9.9, change: 0.22, interval: [0.15, 0.29], outcome: 'regression' }),
    metric('p95', { baseline: 10.8, change: 0.2, interval: [0.12, 0.28], outcome: 'regression' }),
    metric('p99', {
      baseline: 12.0,
      change: 0.5,
      interval: [0.38, 0.62],
      outcome: 'regression',
      noiseFloor: 0.12,
    }),
    metric('throughput', { baseline: 100.1, change: -0.002, sampleSize: { baseline: 5, candidate: 5 } }),
    metric('error_rate', { baseline: 0, change: 0 }),
  ]);
  const c = comparison({
    series: [
      series(ORDERS, steadyMetrics(7.6)),
      users,
      series(LOGIN, steadyMetrics(21)),
      series(HEALTH, steadyMetrics(1.2)),
    ],
    verdict: 'fail',
    reasons: ['GET /users P50 is 36% slower (interval +30% to +42%, tolerance 10%)'],
    openModel: {
      droppedIterations: { baseline: 0, candidate: 3 },
      achievedRate: { baseline: 99.9, candidate: 99.6 },
      targetRate: 100,
    },
  });
  return context({
    comparison: c,
    noise: [
      { seriesId: seriesId(USERS), metric: 'p99', cv: 0.061, stable: true },
      { seriesId: seriesId(USERS), metric: 'p50', cv: 0.012, stable: true },
      { seriesId: seriesId(ORDERS), metric: 'p99', cv: 0.044, stable: true },
    ],
  });
}

/** Nothing moved: four steady series. */
export function passContext(): ReportContext {
  return context({
    comparison: comparison({
      series: [
        series(USERS, steadyMetrics()),
        series(ORDERS, steadyMetrics(7.6)),
        series(LOGIN, steadyMetrics(21)),
        series(HEALTH, steadyMetrics(1.2)),
      ],
      verdict: 'pass',
    }),
  });
}

/** /orders P99 undecided and its P99 too thin to gate on /health. */
export function inconclusiveContext(): ReportContext {
  const orders = series(ORDERS, [
    metric('p50', { baseline: 7.6, change: 0.01 }),
    metric('p99', {
      baseline: 11.8,
      change: 0.06,
      interval: [-0.02, 0.14],
      outcome: 'inconclusive',
      reason: 'the interval reaches past the 10% tolerance; about 12 runs a side would likely decide it',
      runsToDecide: 12,
      noiseFloor: 0.08,
    }),
  ]);
  const health = series(HEALTH, [
    metric('p50', { baseline: 1.2, change: 0 }),
    metric('p99', {
      baseline: 2.1,
      change: 0.3,
      interval: [-0.1, 0.7],
      outcome: 'inconclusive',
      gated: false,
      reason: 'P99 from 980 requests: too thin to gate',
      sampleSize: { baseline: 980, candidate: 975 },
      noiseFloor: 0.4,
    }),
  ]);
  const login = series(LOGIN, [
    metric('p50', { baseline: 21, change: -0.01 }),
    metric('p99', {
      baseline: 48,
      change: 0.04,
      outcome: 'no-change',
      gated: false,
      reason: 'unstable baseline: CV 14.2% across runs, above the 10% limit',
      baselineCv: 0.142,
    }),
  ]);
  return context({
    comparison: comparison({
      series: [series(USERS, steadyMetrics()), orders, health, login],
      verdict: 'inconclusive',
      reasons: ['GET /orders P99 could not be decided with 5 runs per side'],
    }),
    noise: [
      { seriesId: seriesId(ORDERS), metric: 'p99', cv: 0.09, stable: true },
      { seriesId: seriesId(LOGIN), metric: 'p99', cv: 0.142, stable: false },
      { seriesId: seriesId(USERS), metric: 'p99', cv: 0.05, stable: true },
    ],
  });
}

export function noBaselineContext(): ReportContext {
  return context({
    baseline: undefined,
    noBaseline: { reason: 'first-run' },
    candidateSnapshot: [
      {
        id: seriesId(USERS),
        key: USERS,
        requests: 5005,
        values: { p50: 7.7, p90: 9.8, p95: 10.7, p99: 12.1, throughput: 100.1, error_rate: 0 },
      },
    ],
  });
}

export function refusedContext(): ReportContext {
  return context({
    comparison: comparison({
      series: [],
      verdict: 'inconclusive',
      refused: 'the runners differ: 4 CPUs (baseline) vs 2 CPUs (PR)',
      reasons: ['environment differs and strict matching is on'],
    }),
    environment: {
      differences: ['CPU count: 4 → 2', 'runner image: ubuntu-22.04 → ubuntu-24.04'],
      strict: true,
    },
  });
}

/** A pull request from a fork: the report renders, with a note on the missing permissions. */
export function forkContext(): ReportContext {
  return {
    ...passContext(),
    permissions: {
      fork: true,
      missing: ['pull-requests: write', 'checks: write'],
      docsUrl: 'https://github.com/acme/perf-gate/blob/main/docs/forks.md',
    },
  };
}

/** `n` series; every tenth one a regression, so folding has something to count. */
export function manySeriesContext(n: number): ReportContext {
  const all = Array.from({ length: n }, (_, i) => {
    const k = key('GET', `/api/v1/resources/${String(i).padStart(4, '0')}/items?page=1`, '::catalog');
    if (i % 10 !== 0) return series(k, steadyMetrics(5 + (i % 7)));
    return series(k, [
      metric('p50', { baseline: 6, change: 0.2, interval: [0.14, 0.26], outcome: 'regression' }),
      ...steadyMetrics(6).slice(1),
    ]);
  });
  return context({ comparison: comparison({ series: all, verdict: 'fail' }) });
}

/** Two series, two metrics each: small enough to read as a whole rendered comment. */
export function smallRegressionContext(): ReportContext {
  const users = series(USERS, [
    metric('p50', { baseline: 7.8, change: 0.36, interval: [0.3, 0.42], outcome: 'regression' }),
    metric('p99', {
      baseline: 12.0,
      change: 0.18,
      interval: [0.11, 0.25],
      outcome: 'regression',
      noiseFloor: 0.07,
    }),
  ]);
  const orders = series(ORDERS, [
    metric('p50', { baseline: 7.6, change: 0.004 }),
    metric('p99', { baseline: 11.8, change: -0.02, noiseFloor: 0.07 }),
  ]);
  return context({
    comparison: comparison({
      series: [orders, users],
      verdict: 'fail',
      reasons: ['GET /users P50 is 36% slower than the baseline, past the 10% tolerance'],
      betweenJob: { source: 'history', cv: 0.041, historySize: 12 },
    }),
    noise: [
      { seriesId: seriesId(USERS), metric: 'p99', cv: 0.061, stable: true },
      { seriesId: seriesId(ORDERS), metric: 'p99', cv: 0.044, stable: true },
    ],
  });
}

/** Same-job design: three interleaved pairs, no regression. */
export function sameJobContext(): ReportContext {
  return context({
    baseline: {
      commit: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
      ref: 'main',
      timeMs: NOW_MS - 600_000,
      source: 'same-job',
    },
    comparison: comparison({
      design: 'same-job',
      betweenJob: undefined,
      runs: { baseline: 3, candidate: 3 },
      series: [series(USERS, steadyMetrics())],
      pairs: { ratios: [1.012, 0.994, 1.003], orders: ['AB', 'BA', 'AB'] },
    }),
  });
}

/** A nightly run: 14 nights of P99 for GET /users, a step up four nights ago, and drift detected. */
export function nightlyContext(): ReportContext {
  const DAY = 24 * HOUR;
  const history = Array.from({ length: 14 }, (_, i) => ({
    commit: `${(i + 10).toString(16).padStart(2, '0')}${'c0ffee'.repeat(6)}ab`,
    timeMs: NOW_MS - (14 - i) * DAY,
    value: i < 10 ? 12 + (i % 3) * 0.1 : 13.8 + (i % 2) * 0.1,
  }));
  return {
    ...passContext(),
    nightly: {
      seriesId: seriesId(USERS),
      metric: 'p99',
      history,
      drift: { detected: true, change: 0.14, interval: [0.09, 0.19], window: 14, since: history[10]! },
    },
  };
}
