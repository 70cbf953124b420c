import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readK6Json } from '../../src/results/k6-json.ts';
import { readRunFile } from '../../src/results/read-run-file.ts';
import { serializeRun } from '../../src/results/serialize.ts';
import { content, fixtureJson, fixtureSummaryPath, tempDir } from './helpers.ts';

describe('readRunFile recognises a run file by its content', () => {
  const { dir, write } = tempDir();

  it('k6 NDJSON, gzipped or plain, whatever the name', async () => {
    const direct = content(await readK6Json(fixtureJson('arrival-base')));
    expect(content(await readRunFile(fixtureJson('arrival-base')))).toEqual(direct);
    const plain = write('results.txt', gunzipSync(readFileSync(fixtureJson('arrival-base'))));
    expect(content(await readRunFile(plain))).toEqual(direct);
    const oneLine = write(
      'one.json',
      '{"metric":"http_req_duration","type":"Point","data":{"time":"2026-11-23T23:04:45Z","value":5,"tags":{"name":"x"}}}',
    );
    expect((await readRunFile(oneLine)).series.size).toBe(1);
  });

  it('a k6 summary export', async () => {
    const run = await readRunFile(fixtureSummaryPath('arrival-errors'), { loadModel: 'open' });
    expect(run.fidelity).toBe('summary');
    expect(run.loadModel).toBe('open');
  });

  it('a saved perf-gate run, with warm-up options passed on to k6 files only', async () => {
    const saved = serializeRun(await readK6Json(fixtureJson('arrival-errors')));
    const path = write('run.json', JSON.stringify(saved));
    expect(serializeRun(await readRunFile(path))).toEqual(saved);
    const trimmed = await readRunFile(fixtureJson('arrival-errors'), { warmupSeconds: 1 });
    expect(trimmed.warnings.at(-1)).toMatch(/^warm-up: dropped the first 1 s/);
  });

  it('anything else: a clear error naming the file', async () => {
    await expect(readRunFile(write('empty', ''))).rejects.toThrow(
      /: empty file: expected k6 --out json output, a JMeter or Locust results file, a k6 summary or a perf-gate run$/,
    );
    const other = write('other.json', '{"hello":"world"}');
    await expect(readRunFile(other)).rejects.toThrow(
      `${other}: not a run file: expected k6 --out json NDJSON, a k6 --summary-export JSON (with "metrics") or a perf-gate run JSON (with "format": "perf-gate-run"), got: {"hello":"world"}`,
    );
    const text = write('notes.txt', 'hello\nworld\n');
    await expect(readRunFile(text)).rejects.toThrow(
      /notes\.txt: not a run file \(.*\): expected k6 --out json NDJSON/,
    );
    await expect(readRunFile(`${dir}/missing`)).rejects.toThrow(/missing: cannot read the file \(ENOENT\)$/);
  });
});
