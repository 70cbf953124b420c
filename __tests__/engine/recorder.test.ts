import { describe, expect, it } from 'vitest';
import { ResultRecorder } from '../../src/engine/embedded/recorder.ts';
import { parseScenario } from '../../src/engine/embedded/scenario.ts';
import { LatencyHistogram } from '../../src/results/histogram.ts';
import { mulberry32 } from '../../src/stats/rng.ts';

describe('the embedded engine result recorder', () => {
  it('fills whole-run and per-second histograms exactly as recording each request one by one', () => {
    const scenario = parseScenario(
      'baseUrl: http://127.0.0.1:1\nload: { model: open, rate: 10, duration: 3 }\nrequests:\n' +
        '  - { name: a, method: GET, path: /a }\n  - { name: b, method: GET, path: /b }\n',
      'test.yaml',
    );
    const recorder = new ResultRecorder(scenario);
    const rng = mulberry32(7);
    const expected = [0, 1].map(() => ({
      all: new LatencyHistogram(),
      seconds: new Map<number, number[]>(),
    }));
    // 3 seconds, more requests in one second than the recorder's first buffer holds, a few failures
    let t = 1_700_000_000_000;
    for (let i = 0; i < 12_000; i++) {
      t += rng.next() / 2;
      const index = rng.int(2);
      const latency = rng.next() < 0.01 ? 0 : Math.exp(rng.normal() + 1);
      recorder.request(index, t, latency, rng.next() < 0.02);
      const e = expected[index]!;
      e.all.record(latency);
      const second = Math.floor(t / 1000);
      const values = e.seconds.get(second) ?? [];
      values.push(latency);
      e.seconds.set(second, values);
    }
    const result = recorder.finish(1);
    const series = [...result.series.values()];
    expect(series.map((s) => s.requests)).toEqual(expected.map((e) => e.all.count));
    for (const [i, s] of series.entries()) {
      const e = expected[i]!;
      expect(s.latency.toJSON()).toEqual(e.all.toJSON());
      expect([...s.seconds.keys()]).toEqual([...e.seconds.keys()]);
      for (const [second, values] of e.seconds) {
        const h = new LatencyHistogram();
        for (const v of values) h.record(v);
        expect(s.seconds.get(second)!.latency.toJSON()).toEqual(h.toJSON());
        expect(s.seconds.get(second)!.requests).toBe(values.length);
      }
    }
    expect(result.totals.checksFailed + result.totals.checksPassed).toBe(12_000);
  });
});
