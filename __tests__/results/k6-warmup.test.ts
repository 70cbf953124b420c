import { beforeAll, describe, expect, it, type MockInstance, vi } from 'vitest';
import type { RunResult } from '../../src/results/types.ts';

// The warm-up runs once per process, and the unit tests share one process (vitest.config.ts): a fresh copy of
// the modules, so this file's call is the first whatever ran before, watched through the accumulator it
// finishes.
describe('primeK6Reader', () => {
  let finish: MockInstance;
  beforeAll(async () => {
    vi.resetModules();
    const { RunAccumulator } = await import('../../src/results/run-accumulator.ts');
    finish = vi.spyOn(RunAccumulator.prototype, 'finish');
    const { primeK6Reader } = await import('../../src/results/k6-warmup.ts');
    primeK6Reader();
    primeK6Reader();
  });

  it('runs once per process, however often a reader calls it', () => {
    expect(finish).toHaveBeenCalledTimes(1);
  });

  it('reads its sample whole, as valid k6 output: nothing malformed, no warning, only what readers skip', () => {
    const run: RunResult = finish.mock.results[0]?.value;
    expect(run.warnings).toEqual([]);
    // metrics every k6 file has and the reader does not use, and the sample's closing newline
    expect(run.skipped).toEqual({
      'metric http_reqs': 12,
      'metric http_req_blocked': 12,
      'metric http_req_failed': 10,
      'metric group_duration': 2,
      'blank line': 2,
    });
  });

  it('takes each path a real file takes (pushed twice): named, failed and untagged requests, both time styles, checks, iterations, VUs, a threshold', () => {
    const run: RunResult = finish.mock.results[0]?.value;
    const T = Date.parse('2026-01-01T00:00:00Z') / 1000; // the sample's 'Z' time, second 0
    const T2 = T - 3600 + 1; // its '+01:00' time, second 1 an hour earlier
    const series = [...run.series.values()].map((s) => [
      s.key.group,
      s.key.name,
      s.requests,
      s.failed,
      [...s.seconds].map(([second, b]) => [second, b.requests, b.failed]),
    ]);
    expect(series).toEqual([
      // two URLs under one name; durations alternate between the fast 'Z' and the slower offset time
      [
        '::g',
        'GET /a',
        8,
        0,
        [
          [T2, 4, 0],
          [T, 4, 0],
        ],
      ],
      // untagged by name (grouped by URL) and without expected_response: failed by http_req_failed
      ['', 'http://h/c', 2, 2, [[T, 2, 2]]],
      // expected_response false
      ['', 'POST /b', 2, 2, [[T2, 2, 2]]],
    ]);
    expect(run.totals).toEqual({
      iterations: 2,
      droppedIterations: 2,
      checksPassed: 10,
      checksFailed: 2,
      maxVUs: 1,
      maxVUsAllocated: 2,
    });
    expect(run.thresholds).toEqual([{ metric: 'http_req_duration', expressions: ['p(95)<1'] }]);
  });
});
