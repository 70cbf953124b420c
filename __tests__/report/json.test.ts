import { describe, expect, it } from 'vitest';
import { buildReportJson } from '../../src/report/json.ts';
import { inconclusiveContext, noBaselineContext, regressionContext, sameJobContext } from './fixtures.ts';

describe('buildReportJson', () => {
  const ctx = regressionContext();
  const report = buildReportJson(ctx);

  it('is plain data: survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('is schema-versioned and carries the verdict and headline', () => {
    expect(report.schema).toBe('perf-gate/report');
    expect(report.schemaVersion).toBe(1);
    expect(report.verdict).toBe('fail');
    expect(report.headline).toBe('❌ perf-gate: regression on 1 of 4 series (GET /users P99 +50.0%)');
    expect(report.headlineDelta).toEqual({
      seriesId: 'default › GET /users',
      metric: 'p99',
      change: 0.5,
      changeKind: 'relative',
      interval: [0.38, 0.62],
      outcome: 'regression',
    });
  });

  it('has every number of every metric, keyed by metric name, regressions first', () => {
    const users = report.comparison!.series[0]!;
    expect(users.id).toBe('default › GET /users');
    expect(Object.keys(users.metrics)).toEqual(['p50', 'p90', 'p95', 'p99', 'throughput', 'error_rate']);
    expect(users.metrics.p50).toMatchObject({
      baseline: 7.8,
      change: 0.36,
      interval: [0.3, 0.42],
      confidence: 0.995,
      tolerance: 0.1,
      outcome: 'regression',
      gated: true,
      reason: null,
      sampleSize: { baseline: 5005, candidate: 5005 },
      baselineCv: 0.021,
      noiseFloor: 0.05,
      runsToDecide: null,
    });
    expect(users.metrics.p50!.candidate).toBeCloseTo(10.608, 9);
  });

  it('has baseline info with its age, the seed and the method', () => {
    expect(report.baseline).toEqual({
      commit: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
      ref: 'main',
      timeMs: ctx.baseline!.timeMs,
      ageMs: 3 * 3_600_000,
      source: 'cache exact',
    });
    expect(report.comparison).toMatchObject({
      seed: 12345,
      design: 'cached',
      familyConfidence: 0.95,
      correction: 'holm',
    });
    expect(report.comparison!.openModel).toEqual({
      droppedIterations: { baseline: 0, candidate: 3 },
      achievedRate: { baseline: 99.9, candidate: 99.6 },
      targetRate: 100,
    });
  });

  it('writes figures that do not exist as null, never NaN', () => {
    const ctx = inconclusiveContext();
    ctx.comparison!.series[0]!.metrics[0]!.baselineCv = Number.NaN;
    const out = buildReportJson(ctx);
    const text = JSON.stringify(out);
    expect(text).not.toContain('NaN');
    const withNull = out
      .comparison!.series.flatMap((s) => Object.values(s.metrics))
      .filter((m) => m!.baselineCv === null);
    expect(withNull).toHaveLength(1);
    expect(out.comparison!.series.find((s) => s.id.endsWith('/orders'))!.metrics.p99!.runsToDecide).toBe(12);
  });

  it('describes a missing baseline', () => {
    const out = buildReportJson(noBaselineContext());
    expect(out.verdict).toBe('no-baseline');
    expect(out.comparison).toBeNull();
    expect(out.headlineDelta).toBeNull();
    expect(out.noBaseline).toEqual({ reason: 'first-run', detail: null });
    expect(out.candidateSnapshot![0]!.values.p99).toBe(12.1);
  });

  it('keeps per-pair ratios of the same-job design', () => {
    expect(buildReportJson(sameJobContext()).comparison!.pairs).toEqual({
      ratios: [1.012, 0.994, 1.003],
      orders: ['AB', 'BA', 'AB'],
    });
  });
});
