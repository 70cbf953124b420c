import { describe, expect, it } from 'vitest';
import { RunFileError } from '../../src/results/errors.ts';
import { readK6Json } from '../../src/results/k6-json.ts';
import { withLoadModelInput } from '../../src/results/load-model.ts';
import { readRunFile } from '../../src/results/read-run-file.ts';
import { deserializeRun, serializeRun } from '../../src/results/serialize.ts';
import { type RunResult, seriesId } from '../../src/results/types.ts';
import { trimWarmup } from '../../src/results/warmup.ts';
import { fixtureJson, fixtureSummaryPath } from './helpers.ts';

/**
 * A run with every optional field, setup requests included, as no one reader gives: closed-groups with its
 * first series moved to setup(), cut short, and its service measured.
 */
async function runWithEverything(): Promise<RunResult> {
  const run = await readK6Json(fixtureJson('closed-groups'));
  const [first, ...rest] = run.series.values();
  const setupKey = { ...first!.key, group: '::setup' };
  const second = [...first!.seconds.keys()][0]!;
  return {
    ...run,
    series: new Map(rest.map((s) => [s.id, s])),
    lifecycle: new Map([[seriesId(setupKey), { ...first!, key: setupKey, id: seriesId(setupKey) }]]),
    targetRate: 40,
    engineVersion: 'k6 v0.49.0',
    cutFiles: ['run-2.json.gz'],
    service: {
      source: 'cgroup',
      seconds: 30,
      cpuSeconds: 12.5,
      cpuWaitSeconds: 0.25,
      peakRssBytes: 200_000_000,
      rssGrowthBytesPerSecond: -1024,
      generatorCpuSeconds: 4,
      machineBusy: 0.5,
      cpuBySecond: [
        [second, 0.4],
        [second + 1, 0.5],
      ],
    },
  };
}

describe('serializeRun / deserializeRun', () => {
  it('round-trips exactly, through JSON text, for every kind of run', async () => {
    const runs = [
      // what decided the load model, and what the files showed when the user set another one, are kept
      withLoadModelInput(await readK6Json(fixtureJson('closed-groups')), 'open'),
      trimWarmup(await readK6Json(fixtureJson('arrival-errors'), { loadModel: 'open', targetRate: 100 }), 1),
      await readRunFile(fixtureSummaryPath('arrival-errors')),
      await runWithEverything(),
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
        expect(b.reportedQuantiles).toEqual(s.reportedQuantiles);
      }
      expect([...back.lifecycle.keys()]).toEqual([...run.lifecycle.keys()]);
      expect(back.totals).toEqual(run.totals);
      expect(back.secondTotals).toEqual(run.secondTotals);
      expect(back.thresholds).toEqual(run.thresholds);
      expect(back.skipped).toEqual(run.skipped);
      expect(back.warnings).toEqual(run.warnings);
      expect(back.targetRate).toBe(run.targetRate);
      expect(back.engineVersion).toBe(run.engineVersion);
      expect(back.cutFiles).toEqual(run.cutFiles);
      expect(back.service).toEqual(run.service);
      expect([back.loadModel, back.loadModelSource, back.loadModelOverridden]).toEqual([
        run.loadModel,
        run.loadModelSource,
        run.loadModelOverridden,
      ]);
      expect(back.startMs).toEqual(run.startMs);
      expect(back.endMs).toEqual(run.endMs);
    }
  });

  it('writes and reads back only the fields a run has: none holds undefined', async () => {
    // A field that holds undefined still counts as there: it overrides on a spread ({ ...defaults, ...run })
    // and shows in `in` and Object.keys. Here: a run saved before perf-gate recorded what decided its load
    // model, with no target rate, version, cut files or service, whose totals spell an unknown allocation out.
    const { loadModelSource: _, ...old } = await readK6Json(fixtureJson('arrival-base'));
    const run: RunResult = { ...old, totals: { ...old.totals, maxVUsAllocated: undefined } };
    const json = serializeRun(run);
    expect(json).toStrictEqual(JSON.parse(JSON.stringify(json)));
    const back = deserializeRun(json);
    expect(Object.keys(back).sort()).toEqual(Object.keys(old).sort());
    for (const s of back.series.values()) {
      expect(Object.keys(s).sort()).toEqual(['failed', 'id', 'key', 'latency', 'requests', 'seconds']);
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
    expect(() => deserializeRun(bad((j) => (j.series[0].seconds[1][3].n += 1)))).toThrow(
      /^not a perf-gate run: series\[0\]\.seconds\[1\]\[3\]: n = \d+ but zero count and bins hold \d+ values$/,
    );
    expect(() => deserializeRun(bad((j) => j.series[0].latency.b.push(3)))).toThrow(
      'not a perf-gate run: series[0].latency.b: expected [keyDelta, count, …] pairs',
    );
    // an empty bin, with n still adding up
    const emptyBin = bad((j) => {
      j.series[0].latency.n -= j.series[0].latency.b[1];
      j.series[0].latency.b[1] = 0;
    });
    expect(() => deserializeRun(emptyBin)).toThrow(
      'not a perf-gate run: series[0].latency.b[1]: expected a bin count > 0',
    );
    for (const end of ['min', 'max']) {
      expect(() => deserializeRun(bad((j) => (j.series[0].latency[end] = null)))).toThrow(
        'not a perf-gate run: series[0].latency: min and max are required',
      );
    }
    const [second] = good.series[0]!.seconds;
    expect(() => deserializeRun(bad((j) => j.series[0].seconds.push(second)))).toThrow(
      `not a perf-gate run: series[0].seconds[${good.series[0]!.seconds.length}]: second ${second![0]} appears twice`,
    );
    expect(() => deserializeRun(bad((j) => (j.loadModel = 'sideways')))).toThrow(
      /^not a perf-gate run: loadModel: /,
    );
    expect(() => deserializeRun(bad((j) => j.series.push(j.series[0])))).toThrow(
      'not a perf-gate run: series[2]: series "api › GET GET /orders" appears twice',
    );
    expect(() => deserializeRun(bad((j) => (j.lifecycle = [j.series[0], j.series[0]])))).toThrow(
      'not a perf-gate run: lifecycle[1]: series "api › GET GET /orders" appears twice',
    );
    expect(() => deserializeRun(bad((j) => (j.version = 2)))).toThrow(
      'perf-gate run format version 2 is not readable (this perf-gate reads version 1; it was written by a newer perf-gate)',
    );
    expect(() => deserializeRun(bad((j) => (j.version = 0)))).toThrow(
      /^perf-gate run format version 0 is not readable \(this perf-gate reads version 1\)$/,
    );
    expect(() => deserializeRun({ metrics: {} })).toThrow(
      'not a perf-gate run: expected "format": "perf-gate-run", got undefined',
    );
    expect(() => deserializeRun([])).toThrow('not a perf-gate run: expected a JSON object, got an array');
    expect(() => deserializeRun('42')).toThrow('not a perf-gate run: expected a JSON object, got number');
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
