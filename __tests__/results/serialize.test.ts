import { describe, expect, it } from 'vitest';
import { RunFileError } from '../../src/results/errors.ts';
import { readK6Json } from '../../src/results/k6-json.ts';
import { withLoadModelInput } from '../../src/results/load-model.ts';
import { readRunFile } from '../../src/results/read-run-file.ts';
import { deserializeRun, serializeRun } from '../../src/results/serialize.ts';
import { trimWarmup } from '../../src/results/warmup.ts';
import { fixtureJson, fixtureSummaryPath } from './helpers.ts';

describe('serializeRun / deserializeRun', () => {
  it('round-trips exactly, through JSON text, for every kind of run', async () => {
    const runs = [
      // what decided the load model, and what the files showed when the user set another one, are kept
      withLoadModelInput(await readK6Json(fixtureJson('closed-groups')), 'open'),
      trimWarmup(await readK6Json(fixtureJson('arrival-errors'), { loadModel: 'open', targetRate: 100 }), 1),
      await readRunFile(fixtureSummaryPath('arrival-errors')),
    ];
    for (const run of runs) {
      const json = serializeRun(run);
      const text = JSON.stringify(json);
      const back = deserializeRun(JSON.parse(text));
      expect(JSON.stringify(serializeRun(back))).toBe(text);
      expect(deserializeRun(text).series.size).toBe(run.series.size);
      // the histograms themselves, not only their JSON, answer the same
      for (const [id, s] of run.series) {
        const b = back.series.get(id)!;
        expect(b.id).toBe(id);
        expect(b.requests).toEqual(s.requests);
        for (const p of [0, 0.5, 0.9, 0.99, 1]) expect(b.latency.quantile(p)).toEqual(s.latency.quantile(p));
        expect([...b.seconds.keys()]).toEqual([...s.seconds.keys()]);
      }
      expect(back.totals).toEqual(run.totals);
      expect(back.secondTotals).toEqual(run.secondTotals);
      expect(back.thresholds).toEqual(run.thresholds);
      expect(back.skipped).toEqual(run.skipped);
      expect(back.warnings).toEqual(run.warnings);
      expect(back.targetRate).toBe(run.targetRate);
      expect([back.loadModel, back.loadModelSource, back.loadModelOverridden]).toEqual([
        run.loadModel,
        run.loadModelSource,
        run.loadModelOverridden,
      ]);
      expect(back.startMs).toEqual(run.startMs);
      expect(back.endMs).toEqual(run.endMs);
    }
  });

  it('is compact: tuples for seconds, no per-sample data', async () => {
    const run = await readK6Json(fixtureJson('closed-groups'));
    const json = serializeRun(run);
    expect(json.version).toBe(1);
    expect(json.series[0]!.seconds[0]).toEqual([
      expect.any(Number),
      expect.any(Number),
      0,
      expect.objectContaining({ n: expect.any(Number) }),
    ]);
    expect(JSON.stringify(json).length).toBeLessThan(60_000); // 6412 requests, 21 MB of NDJSON
  });

  it('names the first bad field', async () => {
    const good = serializeRun(await readK6Json(fixtureJson('arrival-base')));
    // biome-ignore lint/suspicious/noExplicitAny: deliberately breaking fields of the JSON
    const bad = (mutate: (j: any) => void): unknown => {
      const j = structuredClone(good);
      mutate(j);
      return j;
    };
    expect(() => deserializeRun(bad((j) => (j.series[1].latency.n = 'many')))).toThrow(
      'not a perf-gate run: series[1].latency.n: expected number, received string',
    );
    expect(() => deserializeRun(bad((j) => j.series[0].seconds[2].pop()))).toThrow(
      /^not a perf-gate run: series\[0\]\.seconds\[2\]/,
    );
    expect(() => deserializeRun(bad((j) => (j.series[0].latency.n += 1)))).toThrow(
      /^not a perf-gate run: series\[0\]\.latency: n = \d+ but zero count and bins hold \d+ values$/,
    );
    expect(() => deserializeRun(bad((j) => (j.loadModel = 'sideways')))).toThrow(
      /^not a perf-gate run: loadModel: /,
    );
    expect(() => deserializeRun(bad((j) => j.series.push(j.series[0])))).toThrow(
      'not a perf-gate run: series[2]: series "api › GET GET /orders" appears twice',
    );
    expect(() => deserializeRun(bad((j) => (j.version = 2)))).toThrow(
      'perf-gate run format version 2 is not readable (this perf-gate reads version 1; it was written by a newer perf-gate)',
    );
    expect(() => deserializeRun({ metrics: {} })).toThrow(
      'not a perf-gate run: expected "format": "perf-gate-run", got undefined',
    );
    expect(() => deserializeRun([])).toThrow('not a perf-gate run: expected a JSON object, got an array');
    expect(() => deserializeRun('{oops')).toThrow(/^not JSON \(/);
    const err = (() => {
      try {
        deserializeRun(null, 'baseline.json');
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(RunFileError);
    expect((err as Error).message).toBe(
      'baseline.json: not a perf-gate run: expected a JSON object, got null',
    );
  });
});
