import { describe, expect, it } from 'vitest';
import { parseSlos, parseTolerances } from '../../src/inputs/gate-rules.ts';

/** The metric a tolerance line names: how every spelling is read. */
const parseMetric = (input: string, name: string) => parseTolerances(input, `${name}=5%`)[0]?.metric;

describe('metric names in tolerances and SLOs', () => {
  it('knows every spelling, in any case', () => {
    const spelled = {
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
    for (const [spelling, metric] of Object.entries(spelled)) {
      expect(parseMetric('tolerances', ` ${spelling.toUpperCase()} `)).toBe(metric);
    }
    expect(() => parseMetric('tolerances', ' p42 ')).toThrow(
      `input 'tolerances': unknown metric 'p42'; use one of ${Object.keys(spelled).join(', ')}`,
    );
  });
});

describe('tolerances', () => {
  it('one per line, a series before the last colon, an empty series meaning every series', () => {
    expect(parseTolerances('tolerances', '# default\np99 = 15%\n : rps=2%\nGET /a : errors=0.5pp')).toEqual([
      { series: '*', metric: 'p99', value: 0.15 },
      { series: '*', metric: 'throughput', value: 0.02 },
      { series: 'GET /a', metric: 'error_rate', value: 0.005 },
    ]);
    expect(() => parseTolerances('tolerances', '=10%')).toThrow("input 'tolerances': unknown metric ''");
  });

  it('refuses a line without =, naming the input and the line', () => {
    expect(() => parseTolerances('tolerances', 'p99 10%')).toThrow(
      "input 'tolerances': 'p99 10%' is not a tolerance; write e.g. p99=10% or GET /users: p95=5%",
    );
  });
});

describe('SLOs', () => {
  it('upper bounds on latency and error rate, a lower bound on throughput, spaces allowed', () => {
    expect(
      parseSlos(
        'slos',
        'p99<300ms\n  p95  <  1m30s  \nerror-rate < 100%\nerrors < 0.5pp\nrps > 12.25 / s\nmedian-x: p90 < 2s',
      ),
    ).toEqual([
      { series: '*', metric: 'p99', limit: 300 },
      { series: '*', metric: 'p95', limit: 90_000 },
      { series: '*', metric: 'error_rate', limit: 1 },
      { series: '*', metric: 'error_rate', limit: 0.005 },
      { series: '*', metric: 'throughput', limit: 12.25 },
      { series: 'median-x', metric: 'p90', limit: 2000 },
    ]);
  });

  it('refuses each malformed SLO with its own message, naming the input and the line', () => {
    const refused: Record<string, string> = {
      'p99 = 300ms': "'p99 = 300ms' is not an SLO; write e.g. p99 < 300ms or error_rate < 1%",
      'p99 <': "'p99 <' is not an SLO; write e.g. p99 < 300ms or error_rate < 1%",
      'x p99 < 3s': "'x p99 < 3s' is not an SLO; write e.g. p99 < 300ms or error_rate < 1%",
      'cpu_per_request < 5ms':
        "'cpu_per_request < 5ms': cpu_per_request is gated on changes (tolerances), not on an SLO",
      'peak-rss < 5ms': "'peak-rss < 5ms': peak_rss is gated on changes (tolerances), not on an SLO",
      'throughput < 50/s': "'throughput < 50/s': a throughput SLO is a lower bound (throughput > N/s)",
      'throughput > 50': "'throughput > 50': write a throughput as N/s, e.g. throughput > 50/s",
      'throughput > 50/sec': "'throughput > 50/sec': write a throughput as N/s, e.g. throughput > 50/s",
      'throughput > x50/s': "'throughput > x50/s': write a throughput as N/s, e.g. throughput > 50/s",
      'error_rate > 1%': "'error_rate > 1%': a error_rate SLO is an upper bound (error_rate < ...)",
      'error_rate < 0%': "'error_rate < 0%': an error-rate limit is above 0% and at most 100%",
      'error_rate < 100.1%': "'error_rate < 100.1%': an error-rate limit is above 0% and at most 100%",
      'p90 < 300': "'p90 < 300': give the latency with a unit, e.g. 300ms",
      'p90 < 300ms5': "'p90 < 300ms5': give the latency with a unit, e.g. 300ms",
      'p90 < 0ms': "'p90 < 0ms': no latency is below 0ms; give a limit above 0",
    };
    for (const [line, message] of Object.entries(refused)) {
      expect(() => parseSlos('slos', line)).toThrow(`input 'slos': ${message}`);
    }
  });
});
