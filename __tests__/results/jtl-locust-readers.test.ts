import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readJtlCsv } from '../../src/results/jtl-csv.ts';
import { readJtlXml } from '../../src/results/jtl-xml.ts';
import { readLocustCsv } from '../../src/results/locust-csv.ts';
import { readLocustRequests } from '../../src/results/locust-requests.ts';
import { readRunFile } from '../../src/results/read-run-file.ts';
import { serializeRun } from '../../src/results/serialize.ts';
import { tempDir, totalFailed, totalRequests } from './helpers.ts';

const { write } = tempDir();
const T = 1_795_850_000_000;

// A JTL with reordered and extra columns, a quoted message with a comma, a quoted label with an escaped quote
// and a newline, a Transaction Controller sample, two thread groups and a failure.
const HEADER = 'success,elapsed,threadName,label,timeStamp,responseMessage,allThreads,Latency';
const JTL = [
  HEADER,
  `true,12,api 1-1,GET /users,${T},OK,2,11`,
  `false,30,api 1-2,GET /users,${T + 400},"Internal Server Error, try later",2,29`,
  `true,7,admin 2-1,GET /users,${T + 1200},OK,3,6`,
  `true,42,api 1-1,browse,${T + 1300},"Number of samples in transaction : 2, number of failing samples : 0",3,0`,
  `true,9,api 1-1,"say ""hi""\nthere",${T + 1500},OK,3,8`,
  '',
].join('\n');

describe('JMeter CSV JTL', () => {
  it('finds columns by name; series are thread group › label; quoted fields; Transaction Controller samples left out', async () => {
    for (const chunkSize of [7, 64, 1 << 20]) {
      const run = await readJtlCsv(write('a.jtl', JTL), { chunkSize });
      expect([...run.series.keys()]).toEqual([
        'admin › GET /users',
        'api › GET /users',
        'api › say "hi"\nthere',
      ]);
      const users = run.series.get('api › GET /users')!;
      expect([users.requests, users.failed]).toEqual([2, 1]);
      expect(users.latency.max).toBeCloseTo(30, 1);
      expect([...users.seconds.keys()]).toEqual([Math.floor(T / 1000)]);
      expect(totalRequests(run)).toBe(4);
      expect(run.skipped['Transaction Controller sample']).toBe(1);
      expect(run.totals.maxVUs).toBe(3);
      expect(run.engine).toBe('jmeter');
      expect(run.cutFiles).toBeUndefined();
    }
  });

  it('reads a real recording alike whatever the line ends and read boundaries (in-chunk runs and carried lines)', async () => {
    const real = gunzipSync(
      readFileSync(join(import.meta.dirname, '../fixtures/jmeter-locust/jmeter-errors.jtl.gz')),
    ).toString('utf8');
    const lines = real.split('\n');
    // a quoted last field, an empty line, and a quoted message, each ending the line
    lines.splice(3, 0, `${lines[1]!.replace(/,(\d+)$/, ',"$1"')}`, '', lines[2]!);
    const lf = lines.join('\n');
    const read = async (text: string, chunkSize: number) =>
      JSON.stringify(serializeRun(await readJtlCsv(write('x.jtl', text), { chunkSize })));
    const whole = await readJtlCsv(write('x.jtl', lf));
    expect([totalRequests(whole) > 1000, totalFailed(whole) > 100]).toEqual([true, true]);
    const want = await read(lf, 1 << 20);
    for (const chunkSize of [13, 257, 1 << 20]) {
      expect(await read(lf, chunkSize)).toBe(want);
      expect(await read(lf.replaceAll('\n', '\r\n'), chunkSize)).toBe(want);
    }
  });

  it('word-at-a-time reading: fields split at every read boundary, quoted fields, CRLF, timeStamps of every length', async () => {
    // HEADER: success,elapsed,threadName,label,timeStamp,responseMessage,allThreads,Latency
    const rows = [
      `true,12,api 1-1,GET /users,${T + 999},OK,2,11`,
      `true,13,api 1-1,"GET /users",${T + 1000},"OK",2,11`, // quoted, yet the same series; the next second
      `false,30,api 1-2,"GET /a,b",${T + 1001},"Error, try later",2,"29"`, // quoted last field
      `true,8,api 1-2,GET /a"b,${T + 1002},OK,2,7`, // a quote inside a field is a character
      `true,9,api 1-2,"x ""y""",${T + 2003},OK,3,8`, // an escaped quote
      `true,1,api 1-1,GET /users,999999999999,OK,1,1`, // 12 digits (before 2001-09-09)
      `true,2,api 1-1,GET /users,12345,OK,1,1`,
      `true,3,api 1-1,GET /users,${T * 10 + 5},OK,1,1`, // 14 digits
      `true,4,api 1-1,GET /users,${T + 1999},OK,1,1`, // the second before, after others
    ];
    const text = [HEADER, ...rows, ''].join('\n');
    const read = async (t: string, chunkSize: number) =>
      JSON.stringify(serializeRun(await readJtlCsv(write('w.jtl', t), { chunkSize })));
    const want = await read(text, 1 << 20);
    for (let chunkSize = 1; chunkSize <= 48; chunkSize++) {
      expect(await read(text, chunkSize)).toBe(want);
      expect(await read(text.replaceAll('\n', '\r\n'), chunkSize)).toBe(want);
    }
    const run = await readJtlCsv(write('w.jtl', text));
    expect([...run.series.keys()]).toEqual([
      'api › GET /a"b',
      'api › GET /a,b',
      'api › GET /users',
      'api › x "y"',
    ]);
    const users = run.series.get('api › GET /users')!;
    const s = Math.floor(T / 1000);
    expect([...users.seconds.keys()]).toEqual([12, 999999999, s, s + 1, s * 10]);
    expect([...users.seconds.values()].map((b) => b.requests)).toEqual([1, 1, 1, 2, 1]);
    expect(run.series.get('api › GET /a,b')!.failed).toBe(1);
    expect(run.series.get('api › x "y"')!.seconds.has(s + 2)).toBe(true);
  });

  it("names the thread group by cutting JMeter's ` <group>-<thread>` numbers off the thread name, only those", async () => {
    const threads = [
      'Thread Group 1-10',
      'checkout-2 3-4',
      'solo',
      'odd 1-',
      'x -2',
      '12-3',
      ' 1-2',
      'ünï 2-1',
    ];
    const rows = threads.map((t, i) => `true,5,${t},GET /,${T + i},OK,1,4`);
    const run = await readJtlCsv(write('threads.jtl', [HEADER, ...rows, ''].join('\n')));
    const groups = [...run.series.values()].map((s) => s.key.scenario).sort();
    expect(groups).toEqual([...new Set(threads.map((t) => t.replace(/ \d+-\d+$/, '')))].sort());
  });

  it('gzipped, and recognised by content', async () => {
    const run = await readRunFile(write('a.csv.gz', JTL, true));
    expect(totalRequests(run)).toBe(4);
    expect(totalFailed(run)).toBe(1);
  });

  it('a last line cut short is dropped with a warning and marks the run partial', async () => {
    const run = await readJtlCsv(write('cut.jtl', `${JTL}true,5,api 1-1,GET /use`));
    expect(totalRequests(run)).toBe(4);
    expect(run.cutFiles).toEqual([expect.stringContaining('cut.jtl')]);
    expect(run.warnings.join('\n')).toMatch(/cut\.jtl:8: the last line is incomplete/);
  });

  it('bad input: clear errors naming file, line and what to do', async () => {
    await expect(readJtlCsv(write('e.jtl', ''))).rejects.toThrow(
      /e\.jtl: empty file: expected a JMeter CSV results file/,
    );
    await expect(readJtlCsv(write('h.jtl', `${T},12,GET /users,200\n`))).rejects.toThrow(
      /h\.jtl:1: not a JMeter CSV results file: .*print_field_names=true/,
    );
    await expect(readJtlCsv(write('c.jtl', 'timeStamp,elapsed,label\n'))).rejects.toThrow(
      /c\.jtl:1: the header has no success column/,
    );
    await expect(readJtlCsv(write('f.jtl', `${HEADER}\ntrue,12,api 1-1\n`))).rejects.toThrow(
      /f\.jtl:2: expected 8 fields as in the header, got 3/,
    );
    await expect(
      readJtlCsv(write('t.jtl', `${HEADER}\ntrue,12,api 1-1,GET /,2026/11/28 07:00:00.000,OK,1,1\n`)),
    ).rejects.toThrow(
      /t\.jtl:2: timeStamp '2026\/11\/28 07:00:00\.000' is not epoch milliseconds .*timestamp_format=ms/,
    );
    await expect(readJtlCsv(write('n.jtl', `${HEADER}\n`))).rejects.toThrow(
      /n\.jtl: no samples were recorded/,
    );
  });
});

describe('JMeter XML JTL', () => {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<testResults version="1.2">
<httpSample t = '12' ts="${T}" s="true" lb='GET /users' rc="200" rm="OK" tn="api 1-1"	na="2"/>
<httpSample t="50" ts="${T + 10}" s="true" lb="GET /page" rc="200" rm="OK" tn="api 1-2" na="2">
  <httpSample t="20" ts="${T + 10}" s="true" lb="GET /page-0" rc="302" rm="Found" tn="api 1-2"/>
  <responseData class="java.lang.String">&lt;html&gt; a &gt; b</responseData>
</httpSample>
<sample t="40" ts="${T + 100}" s="false" lb="checkout" rc="500" rm="Number of samples in transaction : 2, number of failing samples : 1" tn="api 1-1" na="2">
  <httpSample t="15" ts="${T + 100}" s="true" lb="GET /cart" rc="200" rm="OK" tn="api 1-1"/>
  <httpSample t="25" ts="${T + 115}" s="false" lb="POST /order &amp; pay" rc="500" rm="Error" tn="api 1-1"/>
</sample>
</testResults>
`;

  it('counts top-level samples and a Transaction Controller parent’s children; sub-results are part of their parent', async () => {
    for (const chunkSize of [5, 1 << 20]) {
      const run = await readJtlXml(write('a.xml', xml), { chunkSize });
      expect([...run.series.keys()].sort()).toEqual([
        'api › GET /cart',
        'api › GET /page',
        'api › GET /users',
        'api › POST /order & pay',
      ]);
      expect(totalRequests(run)).toBe(4);
      expect(totalFailed(run)).toBe(1);
      expect(run.skipped).toMatchObject({ 'Transaction Controller sample': 1, 'sub-result sample': 1 });
    }
    expect(totalRequests(await readRunFile(write('b.jtl', xml, true)))).toBe(4);
  });

  it('bad input', async () => {
    await expect(readJtlXml(write('x.xml', '<results/>'))).rejects.toThrow(
      /x\.xml: not a JMeter XML results file: expected <testResults>/,
    );
    await expect(
      readJtlXml(write('y.xml', '<testResults>\n<httpSample lb="a"/>\n</testResults>')),
    ).rejects.toThrow(/y\.xml: a sample without whole-number ts .*lb="a"/);
    const cut = await readJtlXml(write('z.xml', xml.slice(0, xml.indexOf('<sample'))));
    expect(totalRequests(cut)).toBe(2);
  });
});

describe('Locust', () => {
  const header =
    '{"format": "perf-gate-locust-requests", "version": 1, "locust": "2.12.1", "loadModel": "open"}';
  const lines = [
    header,
    `[${T}.5,"GET","/users",12.25,null]`,
    `[${T + 1500},"POST","/orders",30.5,"HTTPError('500 Server Error')"]`,
    '',
  ].join('\n');

  it('the per-request file: full fidelity, the load model it states, failures from the failure field', async () => {
    const run = await readLocustRequests(write('r.jsonl', lines));
    expect(run).toMatchObject({
      engine: 'locust',
      fidelity: 'distribution',
      loadModel: 'open',
      engineVersion: '2.12.1',
    });
    expect([...run.series.keys()]).toEqual(['GET /users', 'POST /orders']);
    expect(totalFailed(run)).toBe(1);
    expect(run.series.get('GET /users')!.latency.max).toBeCloseTo(12.25, 2);
    expect(totalRequests(await readRunFile(write('r.jsonl.gz', lines, true)))).toBe(2);
  });

  it('the per-request file: bad input', async () => {
    await expect(readLocustRequests(write('a.jsonl', '{"format":"x"}\n'))).rejects.toThrow(
      /a\.jsonl:1: not perf-gate's Locust per-request file/,
    );
    await expect(readLocustRequests(write('b.jsonl', `${header}\n["GET","/users"]\n`))).rejects.toThrow(
      /b\.jsonl:2: expected \[start ms, method, name, response ms, failure or null\]/,
    );
    await expect(readLocustRequests(write('c.jsonl', `${header}\n`))).rejects.toThrow(
      /c\.jsonl: no requests were recorded/,
    );
  });

  it('the stats CSV: summary fidelity, Locust’s percentiles, the history’s span and users, the failures', async () => {
    const stats = [
      'Type,Name,Request Count,Failure Count,Median Response Time,Average Response Time,Min Response Time,Max Response Time,Average Content Size,Requests/s,Failures/s,50%,66%,75%,80%,90%,95%,98%,99%,99.9%,99.99%,100%',
      'GET,/users,100,0,14,16.8,5.9,78.6,527.0,50.0,0.0,14,18,20,22,28,35,50,74,79,79,79',
      'GET,/orders,50,5,15,18.0,5.8,60.4,528.0,25.0,2.5,15,19,21,23,34,42,47,60,60,60,60',
      ',Aggregated,150,5,15,17.1,5.8,78.6,527.2,75.0,2.5,15,18,20,22,28,37,50,60,79,79,79',
    ].join('\n');
    const path = write('run_stats.csv', `${stats}\n`);
    write(
      'run_stats_history.csv',
      'Timestamp,User Count,Type,Name,Requests/s\n1795850000,0,,Aggregated,0\n1795850002,4,,Aggregated,70\n',
    );
    write(
      'run_failures.csv',
      'Method,Name,Error,Occurrences\nGET,/orders,"HTTPError(\'500 Server Error\')",5\n',
    );
    const run = await readRunFile(path, { loadModel: 'closed' });
    expect(run).toMatchObject({
      engine: 'locust',
      fidelity: 'summary',
      loadModel: 'closed',
      startMs: 1795850000000,
      endMs: 1795850002000,
    });
    expect([...run.series.keys()]).toEqual(['GET /users', 'GET /orders']);
    expect(run.series.get('GET /orders')).toMatchObject({ requests: 50, failed: 5 });
    expect(run.series.get('GET /users')!.reportedQuantiles).toMatchObject({
      p0: 5.9,
      p50: 14,
      p99: 74,
      'p99.9': 79,
      p100: 78.6,
    });
    expect(run.totals.maxVUs).toBe(4);
    expect(run.warnings.join('\n')).toMatch(/5× GET \/orders failed: HTTPError/);
    await expect(readLocustCsv(path, { warmupSeconds: 5 })).rejects.toThrow(
      /cannot drop a warm-up from Locust's stats CSV/,
    );
    await expect(readLocustCsv(write('x_stats.csv', 'Type,Name\n'))).rejects.toThrow(
      /not a Locust _stats\.csv: no 'Request Count' column/,
    );
  });
});
