import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readK6Json } from '../../src/results/k6-json.ts';
import { mergeRuns } from '../../src/results/merge.ts';
import { readRunFile } from '../../src/results/read-run-file.ts';
import { serializeRun } from '../../src/results/serialize.ts';
import { trimWarmup, WarmupTooLongError } from '../../src/results/warmup.ts';
import { allRequests, content, fixtureJson, fixtureSummaryPath, tempDir, totalRequests } from './helpers.ts';

describe('trimWarmup', () => {
  it('drops every bucket of a second that starts less than N s after the first sample', async () => {
    const run = await readK6Json(fixtureJson('arrival-base'));
    const before = serializeRun(run);
    const trimmed = trimWarmup(run, 3);
    const firstKept = Math.ceil((run.startMs + 3000) / 1000);
    for (const s of trimmed.series.values()) {
      expect(Math.min(...s.seconds.keys())).toBe(firstKept);
      const original = run.series.get(s.id)!;
      const kept = [...original.seconds].filter(([sec]) => sec >= firstKept);
      expect(s.requests).toBe(kept.reduce((a, [, b]) => a + b.requests, 0));
      expect(s.latency.count).toBe(s.requests);
    }
    const dropped = totalRequests(run) - totalRequests(trimmed);
    expect(dropped).toBeGreaterThan(0.3 * totalRequests(run)); // 3.x of 10 s
    expect(trimmed.skipped['warm-up request']).toBe(dropped);
    expect(trimmed.warnings.at(-1)).toMatch(
      /^warm-up: dropped the first 3 s \(samples before .*Z\), \d+ requests$/,
    );
    expect(trimmed.startMs).toBe(firstKept * 1000);
    expect(trimmed.endMs).toBe(run.endMs);
    expect(trimmed.totals.iterations).toBeLessThan(run.totals.iterations);
    expect(trimmed.totals.iterations).toBe(
      [...trimmed.secondTotals!.values()].reduce((a, t) => a + t.iterations, 0),
    );
    expect(serializeRun(run)).toEqual(before); // pure: the input is untouched
  });

  it('keeps the other skip counts, adds to an earlier warm-up drop, and recomputes totals from kept seconds', async () => {
    const run = await readK6Json(fixtureJson('arrival-base'));
    const trimmed = trimWarmup(run, 3);
    const firstKept = Math.ceil((run.startMs + 3000) / 1000);
    for (const [reason, count] of Object.entries(run.skipped)) expect(trimmed.skipped[reason]).toBe(count);
    expect(trimmed.warnings.at(-1)).toContain(`(samples before ${new Date(firstKept * 1000).toISOString()})`);
    const keptTotals = [...run.secondTotals!].filter(([second]) => second >= firstKept);
    expect([...trimmed.secondTotals!.keys()]).toEqual(keptTotals.map(([second]) => second));
    expect(trimmed.totals.iterations).toBe(keptTotals.reduce((a, [, t]) => a + t.iterations, 0));
    expect(trimmed.totals.iterations).toBeGreaterThan(0);
    // VUs of one instance over time: the highest second, not a sum
    expect(trimmed.totals.maxVUs).toBe(Math.max(...keptTotals.map(([, t]) => t.maxVUs)));
    expect(trimmed.totals.maxVUs).toBeGreaterThan(0);
    const again = trimWarmup(trimmed, 2);
    expect(again.skipped['warm-up request']).toBe(totalRequests(run) - totalRequests(again));
    // nothing before the cut: no skip entry; no per-second totals: the totals stay as they were
    const early = trimWarmup({ ...run, startMs: run.startMs - 5000 }, 1);
    expect(early.skipped['warm-up request']).toBeUndefined();
    expect(early.warnings.at(-1)).toMatch(/, 0 requests$/);
    const noSecondTotals = trimWarmup({ ...run, secondTotals: undefined }, 3);
    expect(noSecondTotals.totals).toEqual(run.totals);
    expect(noSecondTotals.secondTotals).toBeUndefined();
  });

  it('readK6Json({ warmupSeconds }) is trimWarmup of the whole read; 0 changes nothing', async () => {
    const whole = await readK6Json(fixtureJson('closed-groups'));
    expect(content(await readK6Json(fixtureJson('closed-groups'), { warmupSeconds: 2 }))).toEqual(
      content(trimWarmup(whole, 2)),
    );
    expect(trimWarmup(whole, 0)).toBe(whole);
  });

  it('refuses what it cannot do, saying why', async () => {
    const run = await readK6Json(fixtureJson('arrival-errors'));
    expect(() => trimWarmup(run, -1)).toThrow('warm-up must be a number of seconds ≥ 0, got -1');
    expect(() => trimWarmup(run, 60)).toThrow(
      /a warm-up of 60 s removes every request of .*arrival-errors\.json\.gz \(the run lasted 5\.0 s\)/,
    );
    const twoFiles = { ...run, sources: ['a.json', 'b.json'] };
    const tooLong = (() => {
      try {
        trimWarmup(twoFiles, 60);
      } catch (e) {
        return e as Error;
      }
    })();
    expect(tooLong).toBeInstanceOf(WarmupTooLongError);
    expect(tooLong?.name).toBe('WarmupTooLongError');
    expect(tooLong?.message).toBe(
      'a warm-up of 60 s removes every request of a.json, b.json (the run lasted 5.0 s): give a warm-up (warmup, --warmup) shorter than the run',
    );
    const summary = await readRunFile(fixtureSummaryPath('arrival-errors'));
    expect(() => trimWarmup({ ...summary, sources: ['a.json', 'b.json'] }, 1)).toThrow(
      'cannot drop a warm-up from a.json, b.json: a k6 summary export has no per-second data (use --out json)',
    );
  });
});

describe('mergeRuns', () => {
  const { write } = tempDir();

  it('a test split across two instances merges back into the whole', async () => {
    // split the recorded run by request, as two --execution-segment instances would share the load
    const lines = gunzipSync(readFileSync(fixtureJson('arrival-base')))
      .toString('utf8')
      .split('\n')
      .filter(Boolean);
    const halves: string[][] = [[], []];
    let request = 0;
    for (const line of lines) {
      if (line.startsWith('{"type":"Metric"')) {
        halves[0]!.push(line);
        halves[1]!.push(line);
        continue;
      }
      if (line.startsWith('{"metric":"vus')) {
        halves[0]!.push(line); // every instance reports its own VUs each second
        halves[1]!.push(line);
        continue;
      }
      if (line.startsWith('{"metric":"http_reqs"')) request++;
      halves[request % 2]!.push(line);
    }
    const a = await readK6Json(write('segment-a.json', `${halves[0]!.join('\n')}\n`));
    const b = await readK6Json(write('segment-b.json', `${halves[1]!.join('\n')}\n`));
    const whole = await readK6Json(fixtureJson('arrival-base'));
    const merged = mergeRuns([a, b]);
    expect(merged.sources).toEqual([...a.sources, ...b.sources]);
    const strip = (r: typeof whole) => {
      const { sources: _s, totals, secondTotals, skipped: _k, ...rest } = serializeRun(r);
      return {
        ...rest,
        totals: { ...totals, maxVUs: 0, maxVUsAllocated: 0 },
        secondTotals: secondTotals!.map((t) => t.slice(0, 5)),
      };
    };
    // histograms merge exactly, buckets add by second: the same as reading the whole file
    const wholeJson = strip(whole);
    const mergedJson = strip(merged);
    for (const s of [...wholeJson.series, ...mergedJson.series]) {
      s.latency.sum = Math.round(s.latency.sum * 1e6);
      for (const sec of s.seconds) sec[3].sum = Math.round(sec[3].sum * 1e6);
    }
    expect(mergedJson).toEqual(wholeJson);
    // both instances report their own VUs each second, so concurrent instances add
    expect(merged.totals.maxVUs).toBe(Math.max(...[...merged.secondTotals!.values()].map((t) => t.maxVUs)));
    expect(merged.totals.maxVUsAllocated).toBe(2 * whole.totals.maxVUsAllocated!);
    for (const [second, t] of merged.secondTotals!) {
      expect(t.maxVUsAllocated ?? 0, `second ${second}`).toBe(
        2 * (whole.secondTotals!.get(second)!.maxVUsAllocated ?? 0),
      );
    }
  });

  it('repeats sit side by side: counts add, VUs keep the highest, the span covers both', async () => {
    const a = await readK6Json(fixtureJson('arrival-base'), { loadModel: 'open', targetRate: 100 });
    const b = await readK6Json(fixtureJson('arrival-base-rerun'), { loadModel: 'open', targetRate: 100 });
    const merged = mergeRuns([a, b]);
    expect(totalRequests(merged)).toBe(totalRequests(a) + totalRequests(b));
    expect(allRequests(merged).count).toBe(allRequests(a).count + allRequests(b).count);
    expect(merged.totals.iterations).toBe(a.totals.iterations + b.totals.iterations);
    expect(merged.totals.maxVUs).toBe(Math.max(a.totals.maxVUs, b.totals.maxVUs));
    expect(merged.startMs).toBe(Math.min(a.startMs, b.startMs));
    expect(merged.endMs).toBe(Math.max(a.endMs, b.endMs));
    expect(merged.loadModel).toBe('open');
    expect(merged.targetRate).toBe(100);
    expect(merged.skipped['metric http_reqs']).toBe(
      a.skipped['metric http_reqs']! + b.skipped['metric http_reqs']!,
    );
    expect(merged.thresholds).toEqual(a.thresholds);
    const seconds = [...merged.series.values()][0]!.seconds;
    expect(seconds.size).toBe(
      [...a.series.values()][0]!.seconds.size + [...b.series.values()][0]!.seconds.size,
    );
  });

  it('thresholds: crossed when any run crossed; unknown stays unknown; warnings united', async () => {
    const a = await readK6Json(fixtureJson('arrival-base'));
    const b = {
      ...a,
      sources: ['b'],
      thresholds: a.thresholds.map((t) => ({ ...t, crossed: t.metric === 'http_req_failed' })),
      warnings: ['w'],
      targetRate: 5,
    };
    const c = {
      ...a,
      sources: ['c'],
      thresholds: a.thresholds.map((t) => ({ ...t, crossed: false })),
      warnings: ['w'],
    };
    const merged = mergeRuns([b, c]);
    expect(merged.thresholds.find((t) => t.metric === 'http_req_failed')!.crossed).toBe(true);
    expect(merged.thresholds.find((t) => t.metric === 'http_req_duration')!.crossed).toBe(false);
    expect(
      mergeRuns([a, c]).thresholds.find((t) => t.metric === 'http_req_duration')!.crossed,
    ).toBeUndefined();
    expect(merged.warnings).toEqual(['w', 'merged runs disagree on the target rate (5, none): dropped it']);
    expect(merged.targetRate).toBeUndefined();
  });

  it('refuses what cannot be merged', async () => {
    const a = await readK6Json(fixtureJson('arrival-base'));
    const summary = await readRunFile(fixtureSummaryPath('arrival-base'));
    expect(() => mergeRuns([])).toThrow('mergeRuns: no runs to merge');
    expect(() => mergeRuns([a, summary])).toThrow(
      /a k6 summary holds quantiles only, and quantiles do not add/,
    );
    expect(() => mergeRuns([a, { ...a, loadModel: 'closed' }, { ...a, loadModel: 'open' }])).toThrow(
      'cannot merge runs of different load models: closed, open',
    );
    expect(() => mergeRuns([a, { ...a, engine: 'embedded' }])).toThrow(
      'cannot merge runs of different engines: k6, embedded',
    );
    expect(mergeRuns([a])).toBe(a);
  });
});
