import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
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

describe('readRunFile tells the formats apart by the start of the file', () => {
  const { write } = tempDir();
  const T = Date.UTC(2026, 10, 28, 9, 0, 0);
  const k6Line = (name: string) =>
    JSON.stringify({
      metric: 'http_req_duration',
      type: 'Point',
      data: { time: new Date(T).toISOString(), value: 5, tags: { name } },
    });
  const k6Lines = `${k6Line('/a')}\n${k6Line('/b')}\n`;
  const names = (run: { series: Map<string, unknown> }) => [...run.series.keys()];
  const notARunFile = /: not a run file \(/;

  it('k6 NDJSON: by its first line, even indented, padded, or carrying more keys', async () => {
    expect(names(await readRunFile(write('indented.json', `  ${k6Lines}`)))).toEqual(['/a', '/b']);
    // a first line longer than the head the format is told by
    const padded = `${k6Line('/a')}${' '.repeat(70_000)}\n${k6Line('/b')}\n`;
    expect(names(await readRunFile(write('padded.json', padded)))).toEqual(['/a', '/b']);
    const withMetrics = `${k6Line('/a').slice(0, -1)},"metrics":{}}\n`;
    expect(names(await readRunFile(write('metrics.json', withMetrics)))).toEqual(['/a']);
    // a record with `data` but another type is no k6 line, and neither is `null`
    const other = '{"type":"Other","data":{}}\n{"type":"Other","data":{}}\n';
    await expect(readRunFile(write('other.json', other))).rejects.toThrow(notARunFile);
    await expect(readRunFile(write('null.json', 'null'))).rejects.toThrow(/: not a run file: .*, got: null$/);
  });

  it('a Locust stats CSV: by its header, even after blank space (its reader then says what is amiss)', async () => {
    const stats = '  Type,Name,Request Count,Failure Count\nGET,/users,100,0\n';
    await expect(readRunFile(write('run_stats.csv', stats))).rejects.toThrow(
      /run_stats\.csv:1: not a Locust _stats\.csv: no 'Type' column/,
    );
  });

  it('JMeter XML: <testResults> first, after an optional XML declaration and any blank space', async () => {
    const body = `<testResults version="1.2">\n<httpSample t="12" ts="${T}" s="true" lb="GET /users" tn="api 1-1"/>\n</testResults>\n`;
    for (const xml of [body, `<?xml version="1.0"?>\r\n${body}`, `\n\n<?xml version="1.0"?>\n\n${body}`])
      expect((await readRunFile(write('a.xml', xml))).engine).toBe('jmeter');
    // a k6 request named after the tag is still k6
    const k6 = `${k6Line('/<testResults>')}\n${k6Line('/b')}\n`;
    expect((await readRunFile(write('b.json', k6))).engine).toBe('k6');
  });

  it('gzip: by both magic bytes; a gzipped file that is none of the others is k6 NDJSON', async () => {
    // one of the two magic bytes only: no gzip
    for (const bytes of [
      [0x1f, 0x7b],
      [0x7b, 0x8b],
    ])
      await expect(readRunFile(write('magic.txt', Buffer.from([...bytes, 0x7d])))).rejects.toThrow(
        notARunFile,
      );
    await expect(readRunFile(write('hello.json.gz', '{"hello":"world"}\n', true))).rejects.toThrow(
      /hello\.json\.gz:1: not a k6 metric line/,
    );
    await expect(
      readRunFile(write('bad.gz', Buffer.from([0x1f, 0x8b, 1, 2, 3, 4, 5, 6, 7, 8]))),
    ).rejects.toThrow(/bad\.gz: not a readable gzip file: unknown compression method$/);
    // a stream cut short (k6 stopped while writing) is read as far as it goes, if it goes anywhere
    const gz = gzipSync(k6Lines);
    await expect(readRunFile(write('header.json.gz', gz.subarray(0, 10)))).rejects.toThrow(
      /header\.json\.gz: not a readable gzip file: unexpected end of file$/,
    );
    const cut = write('cut.json.gz', gz.subarray(0, gz.length - 4));
    const run = await readRunFile(cut);
    expect([names(run), run.cutFiles]).toEqual([['/a', '/b'], [cut]]);
  });

  it('gzip: looks at the first 64 KiB decompressed only', async () => {
    const jtl = (padding: number) =>
      `${'x'.repeat(padding)},timeStamp,elapsed,label,success,threadName\nx,${T},12,GET /users,true,api 1-1\n`;
    expect((await readRunFile(write('near.jtl.gz', jtl(30_000), true))).engine).toBe('jmeter');
    // a header past the head is not seen (recognising a file must not inflate all of it): read as k6
    await expect(readRunFile(write('far.jtl.gz', jtl(70_000), true))).rejects.toThrow(
      /far\.jtl\.gz:1: not JSON/,
    );
  });

  it.runIf(process.platform === 'linux')('leaves no file open', async () => {
    const openOn = (path: string) =>
      readdirSync('/proc/self/fd').filter((fd) => {
        try {
          return readlinkSync(`/proc/self/fd/${fd}`) === path;
        } catch {
          return false; // closed meanwhile (the directory's own descriptor)
        }
      });
    // a gzipped file left after its head (its decompressed size is well over 64 KiB), and a plain one
    await readRunFile(fixtureJson('arrival-base'));
    expect(openOn(fixtureJson('arrival-base'))).toEqual([]);
    const plain = write('plain.json', k6Lines);
    await readRunFile(plain);
    expect(openOn(plain)).toEqual([]);
  });
});
