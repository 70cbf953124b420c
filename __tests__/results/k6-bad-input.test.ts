import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { RunFileError } from '../../src/results/errors.ts';
import { readK6Json } from '../../src/results/k6-json.ts';
import { K6LineParser } from '../../src/results/k6-line-parser.ts';
import { RunAccumulator } from '../../src/results/run-accumulator.ts';
import { content, fixtureJson, fixtureLines, tempDir, totalRequests } from './helpers.ts';

describe('bad k6 input', () => {
  const { dir, write } = tempDir();
  const lines = fixtureLines('arrival-errors').slice(0, 200);
  const good = `${lines.join('\n')}\n`;

  const rejects = async (path: string, message: RegExp | string, line?: number) => {
    const err = await readK6Json(path).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(RunFileError);
    expect((err as RunFileError).message).toMatch(message);
    expect((err as RunFileError).file).toBe(path);
    expect((err as RunFileError).line).toBe(line);
  };

  it('a line that is not JSON: names file, line and what was expected', async () => {
    const path = write('not-json.json', `${lines.slice(0, 5).join('\n')}\nthis is not json\n${lines[5]}\n`);
    await rejects(
      path,
      new RegExp(
        `^${path}:6: not JSON \\(.*\\): expected one k6 JSON object per line \\(k6 --out json\\), got: this is not json$`,
      ),
      6,
    );
  });

  it('a line cut short in the middle of the file, of a metric the reader skips or of a request, is an error', async () => {
    // the skipped metric's line after many of its kind (the reader then checks such lines only for shape)
    const at = lines.findLastIndex((l) => l.startsWith('{"metric":"http_reqs"'));
    const cut = (i: number) =>
      [...lines.slice(0, i), lines[i]!.slice(0, -5), ...lines.slice(i + 1)].join('\n');
    await rejects(write('cut-skipped.json', `${cut(at)}\n`), /: not JSON \(/, at + 1);
    const request = lines.findLastIndex((l) => l.startsWith('{"metric":"http_req_duration"'));
    await rejects(write('cut-request.json', `${cut(request)}\n`), /: not JSON \(/, request + 1);
  });

  it('a request without a time, after many with one, is an error at its line', async () => {
    const at = lines.findLastIndex((l) => l.startsWith('{"metric":"http_req_duration"'));
    const noTime = [...lines];
    noTime[at] = noTime[at]!.replace(/"time":"[^"]*",/, '');
    await rejects(
      write('no-time.json', `${noTime.join('\n')}\n`),
      /: k6 Point line: expected "data.time" to be/,
      at + 1,
    );
  });

  it('a JSON line that is not a k6 metric line', async () => {
    const path = write('not-k6.json', `${lines.slice(0, 3).join('\n')}\n{"hello":"world"}\n`);
    await rejects(
      path,
      `${path}:4: not a k6 metric line: expected {"metric":…,"type":"Point" or "Metric","data":{…}} as k6 --out json writes it, got: {"hello":"world"}`,
      4,
    );
    const array = write('array.json', '[1,2,3]\n');
    await rejects(array, /^.*:1: not a k6 metric line: .* got: \[1,2,3\]$/, 1);
    // a known metric's name where k6 puts it, under another key
    const at = lines.findLastIndex((l) => l.startsWith('{"metric":"http_reqs"'));
    const otherKey = [...lines.slice(0, at + 1), lines[at]!.replace('{"metric":', '{"Metric":')];
    await rejects(
      write('other-key.json', `${otherKey.join('\n')}\n`),
      /: k6 Point line: expected "metric" to be the metric name/,
      at + 2,
    );
  });

  it('a Point line with a bad field names the field', async () => {
    const path = write(
      'bad-time.json',
      `{"metric":"http_req_duration","type":"Point","data":{"time":"yesterday","value":1,"tags":{}}}\n`,
    );
    await rejects(path, `${path}:1: k6 Point line: "data.time" "yesterday" is not an RFC 3339 timestamp`, 1);
    const value = write(
      'bad-value.json',
      `{"metric":"vus","type":"Point","data":{"time":"2026-11-23T23:04:45Z","value":"3","tags":{}}}\n`,
    );
    await rejects(value, `${value}:1: k6 Point line: expected "data.value" to be a number`, 1);
    const negative = write(
      'negative.json',
      `${lines.slice(0, 3).join('\n')}\n{"metric":"http_req_duration","type":"Point","data":{"time":"2026-11-23T23:04:45Z","value":-1,"tags":{}}}\n`,
    );
    await rejects(negative, `${negative}:4: http_req_duration value -1: expected a duration ≥ 0 ms`, 4);
  });

  it('a line cut short in the middle of the file is an error, also for a metric the reader does not use', async () => {
    const cut = '{"metric":"http_reqs","type":"Point","data":{"time":"2026-11-23T23:04:45Z","val';
    const path = write('cut-unused.json', `${lines.slice(0, 3).join('\n')}\n${cut}\n${lines[3]}\n`);
    await rejects(path, /:4: not JSON /, 4);
  });

  it('a request that did not fail, on a line not closed by `}}`, is an error even though its tags are not read', async () => {
    const failed =
      '{"metric":"http_req_failed","type":"Point","data":{"time":"2026-11-23T23:04:45Z","value":0,"tags":{"name":"n"}';
    for (const [i, bad] of [failed, `${failed}}x`].entries()) {
      const path = write(`unclosed-${i}.json`, `${lines.slice(0, 3).join('\n')}\n${bad}\n${lines[3]}\n`);
      await rejects(path, /:4: not JSON /, 4);
    }
  });

  it('a bad time is an error also where the chunk the line sits in starts with the end of the line before', () => {
    // a line is handed over as a range of its chunk, and a chunk can start with the tail of a line cut by the
    // chunk boundary: after the bad time the reader must not read on from the chunk's first byte
    const line = '{"metric":"vus","type":"Point","data":{"value":5,"time":"yesterday"}}';
    const chunk = Buffer.from(`,"value":1}}\n${line}\n`);
    const parser = new K6LineParser(new RunAccumulator(), 'k6.json');
    expect(() => parser.handleLine(chunk, 13, chunk.length - 1, 2)).toThrow(
      'k6.json:2: k6 Point line: "data.time" "yesterday" is not an RFC 3339 timestamp',
    );
  });

  it('an empty file, plain, gzipped or blank lines only', async () => {
    await rejects(
      write('empty.json', ''),
      /: empty file: expected k6 --out json output \(one JSON object per line\)$/,
    );
    await rejects(write('empty.json.gz', '', true), /: empty file: /);
    await rejects(write('blank.json', '\n\n\r\n'), /: empty file: /);
  });

  it('a file without HTTP requests', async () => {
    const noRequests = lines.filter((l) => !l.includes('"http_req'));
    const path = write('no-requests.json', `${noRequests.join('\n')}\n`);
    await rejects(path, `${path}: no HTTP requests were recorded: is the target reachable?`);
  });

  it('a missing file, and a .gz that is not gzip', async () => {
    await rejects(join(dir, 'missing.json'), /: cannot read the file \(ENOENT\)$/);
    await rejects(join(dir, 'missing.json.gz'), /: cannot read the file \(ENOENT\)$/);
    await rejects(write('fake.json.gz', good), /: not a readable gzip file: /);
    await rejects(dir, /: cannot read the file \(EISDIR\)$/);
  });

  it('an error on the last line that is not about the file (a bug in the reader) is thrown, not taken for a cut line', async () => {
    const bug = new TypeError('a bug in the reader');
    const finalLine = vi.spyOn(K6LineParser.prototype, 'handleFinalLine').mockImplementation(() => {
      throw bug;
    });
    try {
      await expect(readK6Json(write('unterminated.json', good.slice(0, -1)))).rejects.toBe(bug);
      expect(finalLine).toHaveBeenCalledTimes(1);
    } finally {
      finalLine.mockRestore();
    }
  });

  it('a truncated last line (k6 killed mid-write) is skipped with a warning', async () => {
    const cut = good.slice(0, good.length - 1 - Math.floor(lines.at(-1)!.length / 2));
    const path = write('truncated.json', cut);
    const run = await readK6Json(path);
    expect(run.warnings).toEqual([
      `${path}:200: the last line is incomplete (k6 was probably stopped while writing it); ignored it`,
    ]);
    expect(run.skipped['truncated last line']).toBe(1);
    expect(run.cutFiles).toEqual([path]);
    const whole = await readK6Json(write('whole.json', good));
    expect(whole.cutFiles).toBeUndefined();
    const lastMetric = JSON.parse(lines.at(-1)!).metric as string;
    expect(run.skipped[`metric ${lastMetric}`]).toBe((whole.skipped[`metric ${lastMetric}`] ?? 0) - 1);
  });

  it('a complete last line without a newline is read normally', async () => {
    const run = await readK6Json(write('no-final-newline.json', good.slice(0, -1)));
    expect(content(run)).toEqual(content(await readK6Json(write('with-newline.json', good))));
    // a CRLF file cut between CR and LF, and a last line holding only CR
    const crlf = good.replaceAll('\n', '\r\n');
    const cr = await readK6Json(write('final-cr.json', crlf.slice(0, -1)));
    expect(cr.warnings).toEqual([]);
    expect(content(cr)).toEqual(content(run));
    const blank = await readK6Json(write('final-blank.json', `${good}\r`));
    expect(blank.warnings).toEqual([]);
    expect(blank.skipped['blank line']).toBe(1);
  });

  it('a truncated gzip stream: warns, keeps what was read', async () => {
    const gz = readFileSync(fixtureJson('arrival-errors'));
    const path = write('truncated.json.gz', gz.subarray(0, Math.floor(gz.length * 0.6)));
    const run = await readK6Json(path);
    expect(run.warnings[0]).toBe(
      `${path}: the gzip stream is truncated (k6 was probably stopped while writing); kept what was read`,
    );
    expect(run.warnings.slice(1)).toEqual([expect.stringMatching(/:\d+: the last line is incomplete/)]);
    expect(run.cutFiles).toEqual([path]);
    const all = gunzipSync(gz).toString('utf8');
    expect(totalRequests(run)).toBeGreaterThan(100);
    expect(totalRequests(run)).toBeLessThan(
      (all.match(/"metric":"http_req_duration","type":"Point"/g) ?? []).length,
    );
  });

  it('gzip is recognised by its magic bytes whatever the name', async () => {
    const path = write('compressed.ndjson', gzipSync(Buffer.from(good)));
    expect(content(await readK6Json(path))).toEqual(content(await readK6Json(write('plain.ndjson', good))));
  });

  it('a truncated gzip stream that ends on a whole line is still a cut file', async () => {
    const gz = gzipSync(Buffer.from(good));
    // cut inside the gzip trailer (CRC and length): every line is there, the stream is not
    const path = write('cut-trailer.json.gz', gz.subarray(0, gz.length - 4));
    const run = await readK6Json(path);
    expect(run.warnings).toEqual([
      `${path}: the gzip stream is truncated (k6 was probably stopped while writing); kept what was read`,
    ]);
    expect(run.cutFiles).toEqual([path]);
  });

  it('takes a lone `default` scenario without dropped iterations for a closed model, and nothing else', async () => {
    const model = async (name: string, text: string) => {
      const run = await readK6Json(write(name, text));
      return [run.loadModel, run.loadModelSource];
    };
    const asDefault = good.replaceAll('"scenario":"api"', '"scenario":"default"');
    expect(await model('default.json', asDefault)).toEqual(['closed', 'k6-default-scenario']);
    expect(await model('api.json', good)).toEqual(['unknown', 'unknown']);
    const dropped = `{"metric":"dropped_iterations","type":"Point","data":{"time":"2026-11-23T23:04:46Z","value":1,"tags":{"scenario":"default"}}}\n`;
    expect(await model('dropped.json', asDefault + dropped)).toEqual(['unknown', 'unknown']);
    const twoScenarios = `${asDefault}${lines.slice(0, 40).join('\n')}\n`;
    expect(await model('two.json', twoScenarios)).toEqual(['unknown', 'unknown']);
  });

  it('blank lines and metrics the reader does not use are counted, never dropped silently', async () => {
    const path = write('blank-lines.json', good.replaceAll('\n', '\n\n'));
    const run = await readK6Json(path);
    expect(run.skipped['blank line']).toBe(200);
    const skippedLines = Object.entries(run.skipped)
      .filter(([k]) => k.startsWith('metric '))
      .reduce((a, [, v]) => a + v, 0);
    const used = lines.filter((l) =>
      /"metric":"(http_req_duration|iterations|checks|vus|vus_max)","type":"Point"/.test(l),
    ).length;
    const metricLines = lines.filter((l) => l.startsWith('{"type":"Metric"')).length;
    expect(skippedLines + used + metricLines).toBe(lines.length);
  });
});
