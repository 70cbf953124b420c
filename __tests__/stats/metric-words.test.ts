import { describe, expect, it } from 'vitest';
import { resolveGateOptions } from '../../src/stats/defaults.ts';
import { formatChange, formatValue, isMetricName, METRIC_SPECS, toChange } from '../../src/stats/metrics.ts';

const { p50, error_rate, peak_rss, throughput } = METRIC_SPECS;

describe('formatChange: a change as people read it', () => {
  it('relative: a sign, one decimal under 10 %, none from 10 % up', () => {
    expect(formatChange(p50, 0.05)).toBe('+5.0%');
    expect(formatChange(p50, -0.0834)).toBe('−8.3%');
    expect(formatChange(p50, 0.1)).toBe('+10%');
    expect(formatChange(p50, 0.123)).toBe('+12%');
    expect(formatChange(p50, 0)).toBe('±0.0%');
  });

  it('absolute (the error rate): percentage points with two decimals', () => {
    expect(formatChange(error_rate, 0.008)).toBe('+0.80 pp');
    expect(formatChange(error_rate, -0.0125)).toBe('−1.25 pp');
    expect(formatChange(error_rate, 0)).toBe('±0.00 pp');
  });

  it('a figure that is not a number is said as it is', () => {
    expect(formatChange(p50, Number.NaN)).toBe('NaN');
    expect(formatChange(error_rate, Number.POSITIVE_INFINITY)).toBe('Infinity');
  });
});

describe('formatValue: a value with its unit', () => {
  it('latency and throughput: two decimals under 10, one under 100, none from 100 up', () => {
    expect(formatValue(p50, 9.876)).toBe('9.88 ms');
    expect(formatValue(p50, 10)).toBe('10.0 ms');
    expect(formatValue(p50, 99.94)).toBe('99.9 ms');
    expect(formatValue(p50, 100)).toBe('100 ms');
    expect(formatValue(throughput, -12.34)).toBe('-12.3 req/s');
  });

  it('a ratio in percent, memory in MB with one decimal', () => {
    expect(formatValue(error_rate, 0.005)).toBe('0.50%');
    expect(formatValue(peak_rss, 61.24)).toBe('61.2 MB');
    // one decimal whatever the size, unlike the ms rule (none from 100 up)
    expect(formatValue(peak_rss, 512.34)).toBe('512.3 MB');
  });

  it('a figure that is not a number is said as it is', () => {
    expect(formatValue(p50, Number.NaN)).toBe('NaN');
    expect(formatValue(error_rate, Number.NaN)).toBe('NaN');
  });
});

describe('toChange: from the analysis scale to the reported change', () => {
  it('a log ratio becomes a relative change; the error rate’s difference stays as it is', () => {
    expect(toChange(p50, Math.log(1.25))).toBeCloseTo(0.25, 12);
    expect(toChange(error_rate, 0.008)).toBe(0.008);
  });
});

describe('labels: each metric as messages name it', () => {
  it('in report order', () => {
    expect(Object.values(METRIC_SPECS).map((spec) => spec.label)).toEqual([
      'P50',
      'P90',
      'P95',
      'P99',
      'throughput',
      'error rate',
      'CPU per request',
      'peak RSS',
    ]);
  });
});

describe('isMetricName', () => {
  it('knows the metrics and nothing else', () => {
    expect(
      ['p50', 'p99', 'throughput', 'error_rate', 'cpu_per_request', 'peak_rss'].every(isMetricName),
    ).toBe(true);
    expect(isMetricName('p42')).toBe(false);
    expect(isMetricName('')).toBe(false);
  });
});

describe('resolveGateOptions: bounds that name the option', () => {
  it('a relative tolerance is a fraction below 1; the error rate’s may be 1 (100 pp)', () => {
    expect(() => resolveGateOptions({ tolerances: { p99: 1 } })).toThrow(
      'gate option tolerances.p99 is a fraction (0.05 = 5%), got 1',
    );
    expect(resolveGateOptions({ tolerances: { p99: 0.99 } }).tolerances.p99).toBe(0.99);
    expect(resolveGateOptions({ tolerances: { error_rate: 1 } }).tolerances.error_rate).toBe(1);
  });

  it('the family confidence lies strictly between 0.5 and 1', () => {
    const message = (x: number) =>
      `gate option familyConfidence must be between 0.5 and 1 (e.g. 0.95), got ${x}`;
    expect(() => resolveGateOptions({ familyConfidence: 0.5 })).toThrow(message(0.5));
    expect(() => resolveGateOptions({ familyConfidence: 1 })).toThrow(message(1));
    expect(resolveGateOptions({ familyConfidence: 0.51 }).familyConfidence).toBe(0.51);
    expect(resolveGateOptions({ familyConfidence: 0.999 }).familyConfidence).toBe(0.999);
  });

  it('an SLO limit is a finite number ≥ 0', () => {
    const slo = (limit: number) => ({ slos: [{ series: '*', metric: 'p99' as const, limit }] });
    expect(() => resolveGateOptions(slo(-1))).toThrow(
      'gate option slos[0].limit must be a non-negative number, got -1',
    );
    expect(() => resolveGateOptions(slo(Number.NaN))).toThrow(
      'gate option slos[0].limit must be a non-negative number, got NaN',
    );
    expect(resolveGateOptions(slo(0)).slos[0]!.limit).toBe(0);
  });

  it('minRequestsForP99 must be positive, and the error says which option', () => {
    expect(() => resolveGateOptions({ minRequestsForP99: 0 })).toThrow(
      'gate option minRequestsForP99 must be a positive number, got 0',
    );
  });
});
