import { describe, expect, it } from 'vitest';
import type { MetricComparison, Outcome, SeriesComparison, SloResult } from '../../src/stats/types.ts';
import { decide, worstOutcome } from '../../src/stats/verdict.ts';

function metric(outcome: Outcome, over: Partial<MetricComparison> = {}): MetricComparison {
  return {
    metric: 'p90',
    unit: 'ms',
    baseline: 20,
    candidate: 25,
    change: 0.25,
    changeKind: 'relative',
    interval: [0.2, 0.3],
    confidence: 0.995,
    tolerance: 0.1,
    outcome,
    gated: true,
    sampleSize: { baseline: 1000, candidate: 1000 },
    baselineCv: 0.02,
    noiseFloor: 0.05,
    ...over,
  };
}

function series(name: string, metrics: MetricComparison[]): SeriesComparison {
  const key = { scenario: 'default', group: '', method: 'GET', name };
  return { id: `default::GET ${name}`, key, metrics, outcome: worstOutcome(metrics) };
}

function slo(status: SloResult['status'], over: Partial<SloResult> = {}): SloResult {
  return {
    spec: { series: '*', metric: 'p95', limit: 300 },
    seriesId: 'GET /users',
    estimate: 350,
    interval: [320, 380],
    status,
    ...over,
  };
}

describe('the worst outcome of a series', () => {
  it('ranks regression over inconclusive over no-change over improvement, gated metrics only', () => {
    expect(worstOutcome([metric('improvement'), metric('no-change')])).toBe('no-change');
    expect(worstOutcome([metric('no-change'), metric('inconclusive'), metric('improvement')])).toBe(
      'inconclusive',
    );
    expect(worstOutcome([metric('inconclusive'), metric('regression'), metric('no-change')])).toBe(
      'regression',
    );
    expect(worstOutcome([metric('improvement')])).toBe('improvement');
    expect(worstOutcome([metric('regression', { gated: false }), metric('improvement')])).toBe('improvement');
    expect(worstOutcome([metric('regression', { gated: false })])).toBe('inconclusive');
  });
});

describe('the verdict and its reasons', () => {
  it('fails on a regression, naming the series, the change, the values, the interval and the tolerance', () => {
    const regressed = metric('regression', { confidence: 0.9996, interval: [0.05, 0.3] });
    const d = decide([series('/users', [regressed, metric('improvement')])], [slo('met')]);
    expect(d).toEqual({
      verdict: 'fail',
      reasons: [
        'Regression: GET /users: P90 +25% (20.0 ms → 25.0 ms; 99.96% interval +5.0% … +30%, tolerance ±10%)',
      ],
    });
    const below = metric('regression', { confidence: 0.9994 });
    expect(decide([series('/users', [below])], []).reasons[0]).toContain('; 99.9% interval +20% … +30%');
    const atTwoDecimals = metric('regression', { confidence: 0.9995 });
    expect(decide([series('/users', [atTwoDecimals])], []).reasons[0]).toContain('; 99.95% interval');
  });

  it('fails on a breached SLO, and says why an open one is undecided', () => {
    expect(decide([series('/users', [metric('no-change')])], [slo('breached')])).toEqual({
      verdict: 'fail',
      reasons: ['GET /users: SLO P95 < 300 ms breached: 350 ms (interval 320 ms … 380 ms)'],
    });
    const throughput = slo('inconclusive', { spec: { series: '*', metric: 'throughput', limit: 50 } });
    expect(
      decide(
        [series('/users', [metric('no-change')])],
        [throughput, slo('inconclusive', { reason: 'too thin' })],
      ),
    ).toEqual({
      verdict: 'inconclusive',
      reasons: [
        'GET /users: SLO throughput ≥ 50.0 req/s undecided: the interval contains the limit',
        'GET /users: SLO P95 < 300 ms undecided: too thin',
      ],
    });
  });

  it('is inconclusive on an undecided gated metric, with its reason', () => {
    const undecided = metric('inconclusive', { reason: 'the interval straddles the tolerance' });
    expect(decide([series('/users', [metric('no-change'), undecided, metric('inconclusive')])], [])).toEqual({
      verdict: 'inconclusive',
      reasons: ['GET /users: P90: the interval straddles the tolerance', 'GET /users: P90: undecided'],
    });
  });

  it('passes when every gated metric is no-change or better, counting metrics, series and SLOs', () => {
    const better = metric('improvement', {
      change: -0.3,
      interval: [-0.4, -0.2],
      baseline: 25,
      candidate: 17.5,
    });
    const thin = metric('regression', { gated: false });
    const d = decide(
      [series('/users', [metric('no-change'), better]), series('/orders', [metric('no-change'), thin])],
      [slo('met'), slo('met')],
    );
    expect(d).toEqual({
      verdict: 'pass',
      reasons: [
        'No gated metric changed by its tolerance: 3 metrics on 2 series, 2 SLO checks met',
        'Improvement: GET /users: P90 −30% (25.0 ms → 17.5 ms; 99.5% interval −40% … −20%, tolerance ±10%)',
      ],
    });
    expect(decide([series('/users', [metric('no-change')])], []).reasons).toEqual([
      'No gated metric changed by its tolerance: 1 metrics on 1 series',
    ]);
    // SLOs alone decide when no metric is gated
    expect(decide([], [slo('met')])).toEqual({
      verdict: 'pass',
      reasons: ['No gated metric changed by its tolerance: 0 metrics on 0 series, 1 SLO checks met'],
    });
  });

  it('is inconclusive when nothing could be gated, and says first that the sides share no series', () => {
    const nothing = decide([series('/users', [metric('regression', { gated: false })])], []);
    expect(nothing.verdict).toBe('inconclusive');
    expect(nothing.reasons).toEqual([
      'Nothing could be gated: every metric was too thin, not applicable, or without a known uncertainty',
    ]);
    expect(decide([], [], 'The two sides share no series')).toEqual({
      verdict: 'inconclusive',
      reasons: ['The two sides share no series'],
    });
    const open = decide(
      [series('/users', [metric('inconclusive', { reason: 'wide' })])],
      [],
      'No shared series',
    );
    expect(open.reasons).toEqual(['No shared series', 'GET /users: P90: wide']);
  });
});
