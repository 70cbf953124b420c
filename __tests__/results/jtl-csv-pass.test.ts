import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LatencyHistogram } from '../../src/results/histogram.ts';
import { readJtlCsv } from '../../src/results/jtl-csv.ts';
import type { RunResult } from '../../src/results/types.ts';
import { mulberry32 } from '../../src/stats/rng.ts';
import { tempDir } from './helpers.ts';

/**
 * The CSV reader's WebAssembly pass (jtl-csv-pass.wat) against an oracle written here from the CSV rules alone:
 * a seeded file with everything the pass hands back to JavaScript or must get right itself (quoted fields
 * across read boundaries, doubled quotes, quoted newlines, CRLF, labels first seen mid-file, more series than
 * the pass has room for and so hash-table collisions, timestamps going back and forth between seconds,
 * latencies of 0 and beyond its 65535 ms table, Transaction Controller samples, gzip) read in many chunk sizes.
 */

const { write } = tempDir();
const T0 = 1_795_850_000_000;
const TRANSACTION = 'Number of samples in transaction : 2, number of failing samples : 0';
const HEADER =
  'timeStamp,elapsed,label,responseCode,responseMessage,threadName,success,failureMessage,allThreads';

const quote = (s: string): string => `"${s.replaceAll('"', '""')}"`;

/** A seeded JTL text: `lines` samples, `labels` distinct labels (the last tenth first seen in the second half). */
function jtl(seed: number, lines: number, labels: number): string {
  const rand = mulberry32(seed).next;
  const pick = (n: number) => Math.floor(rand() * n);
  const out = [HEADER];
  let ts = T0;
  for (let i = 0; i < lines; i++) {
    ts += pick(40) - 12; // mostly on, sometimes back across a second
    const late = i > lines / 2 ? labels : Math.floor(labels * 0.9);
    const n = pick(late);
    let label = n % 7 === 0 ? quote(`GET /a,${n}`) : `GET /item/${n}`;
    // names of sixteen bytes and of more (the pass compares names of up to sixteen bytes another way)
    if (n % 5 === 1) label = `GET /x/${String(n).padStart(9, '0')}`;
    if (n % 5 === 2) label = `GET /xy/${String(n).padStart(9, '0')}`;
    if (n === 3) label = quote('say "hi"');
    const thread = [
      `shop ${1 + pick(2)}-${1 + pick(30)}`,
      'solo',
      'odd 1-2 3-4',
      `cart 2-${pick(9)}`,
      `a checkout thread group ${1 + pick(2)}-${1 + pick(30)}`,
    ][pick(5)]!;
    const r = rand();
    const elapsed = r < 0.02 ? 0 : r < 0.025 ? 65535 + pick(3) : r < 0.03 ? 70000 + pick(1000) : pick(900);
    const ok = rand() > 0.05;
    const message = [
      'OK',
      quote('Internal Server Error, try later'),
      quote('line one\nline two'),
      quote(TRANSACTION),
    ][rand() < 0.9 ? 0 : pick(4)]!;
    const failure = ok ? '' : quote(`expected "200", got ${500 + pick(4)}`);
    // sometimes quoted: a quoted last field, before \n or \r\n
    const all = rand() < 0.05 ? '' : rand() < 0.05 ? quote(String(1 + pick(60))) : String(1 + pick(60));
    const end = rand() < 0.1 ? '\r' : '';
    out.push(`${ts},${elapsed},${label},200,${message},${thread},${ok},${failure},${all}${end}`);
  }
  return `${out.join('\n')}\n`;
}

/** RFC 4180 records of `text` (the oracle's own parser). */
function records(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field.endsWith('\r') ? field.slice(0, -1) : field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  return rows;
}

interface Bucket {
  requests: number;
  failed: number;
  latency: LatencyHistogram;
}

/** What the reader must find: per series (thread group › label) and second, and the run's figures. */
function oracle(text: string) {
  const [header, ...rows] = records(text);
  const col = (name: string) => header!.indexOf(name);
  const series = new Map<string, Map<number, Bucket>>();
  let transactions = 0;
  let maxVUs = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const f of rows) {
    if (f[col('responseMessage')]!.startsWith('Number of samples in transaction')) {
      transactions++;
      continue;
    }
    const thread = f[col('threadName')]!;
    const group = /^(.+) \d+-\d+$/.exec(thread)?.[1] ?? thread;
    const key = `${group} › ${f[col('label')]}`;
    const ts = Number(f[col('timeStamp')]);
    const second = Math.floor(ts / 1000);
    const seconds = series.get(key) ?? new Map<number, Bucket>();
    series.set(key, seconds);
    const bucket = seconds.get(second) ?? { requests: 0, failed: 0, latency: new LatencyHistogram() };
    seconds.set(second, bucket);
    bucket.requests++;
    if (f[col('success')] !== 'true') bucket.failed++;
    bucket.latency.record(Number(f[col('elapsed')]));
    const all = f[col('allThreads')]!;
    if (all !== '') maxVUs = Math.max(maxVUs, Number(all));
    first = Math.min(first, ts);
    last = Math.max(last, ts);
  }
  return { series, transactions, maxVUs, first, last };
}

/** The run's figures in the oracle's shape. */
function figures(run: RunResult) {
  const series = new Map<string, Map<number, Bucket>>();
  for (const s of run.series.values()) series.set(`${s.key.scenario} › ${s.key.name}`, s.seconds);
  return {
    series,
    transactions: run.skipped['Transaction Controller sample'] ?? 0,
    maxVUs: run.totals.maxVUs,
    first: run.startMs,
    last: run.endMs,
  };
}

/** Both in a form `toEqual` compares at once: sorted series and seconds, histograms as JSON. */
const comparable = (f: ReturnType<typeof oracle>) => ({
  ...f,
  series: [...f.series]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([key, seconds]) => [
      key,
      [...seconds]
        .sort((a, b) => a[0] - b[0])
        .map(([second, b]) => [second, b.requests, b.failed, b.latency.toJSON()]),
    ]),
});

function expectAsOracle(run: RunResult, expected: ReturnType<typeof oracle>): void {
  expect(comparable(figures(run))).toEqual(comparable(expected));
}

describe('JMeter CSV JTL: the WebAssembly pass', () => {
  it('counts exactly what the CSV says, whatever the read boundaries; more series than it has room for', async () => {
    const text = jtl(7, 4000, 330); // > 256 series: the pass runs out of room, JavaScript reads the rest
    const expected = oracle(text);
    expect(expected.series.size).toBeGreaterThan(300);
    const path = write('pass.jtl', text);
    for (const chunkSize of [61, 4096, 1 << 20]) {
      expectAsOracle(await readJtlCsv(path, { chunkSize, maxSeries: 5000 }), expected);
    }
    expectAsOracle(await readJtlCsv(write('pass.jtl.gz', text, true), { maxSeries: 5000 }), expected);
  });

  it('few series, many seconds: batches handed over as series move on, back and forth', async () => {
    const text = jtl(11, 12_000, 12);
    const expected = oracle(text);
    for (const chunkSize of [333, 1 << 20]) {
      expectAsOracle(await readJtlCsv(write('few.jtl', text), { chunkSize }), expected);
    }
  });

  it('names that differ only in their bytes (same lengths, sharing its table chains) stay apart', async () => {
    // 250 series of one label and as many groups, then of as many labels and one group, all names of one
    // length (up to sixteen bytes, then longer): a lookup that passes others on its way to its own entry
    // passes names equal but for the other part
    const name = (prefix: string, i: number) => `${prefix}${String(i).padStart(3, '0')}`;
    const classes: [string, string][] = [
      ['GET /item/', 'g'],
      ['GET /a/longer/path/', 'a much longer group '],
    ];
    for (const [labelPrefix, groupPrefix] of classes) {
      for (const oneLabel of [true, false]) {
        const rows = [HEADER];
        for (let i = 0; i < 2500; i++) {
          const label = oneLabel ? name(labelPrefix, 0) : name(labelPrefix, i % 250);
          const group = oneLabel ? name(groupPrefix, i % 250) : name(groupPrefix, 0);
          rows.push(`${T0 + i},${1 + (i % 97)},${label},200,OK,${group} 1-${1 + (i % 3)},true,,5`);
        }
        const text = `${rows.join('\n')}\n`;
        const expected = oracle(text);
        expect(expected.series.size).toBe(250);
        expectAsOracle(await readJtlCsv(write('names.jtl', text)), expected);
      }
    }
  });

  it('a line the pass leaves is still checked: wrong field count and bad numbers are errors naming the line', async () => {
    const good = jtl(3, 50, 4).split('\n');
    const bad = (i: number, line: string) =>
      write('bad.jtl', [...good.slice(0, i), line, ...good.slice(i)].join('\n'));
    await expect(readJtlCsv(bad(30, `${T0},5,x,200,OK,t 1-1,true,,1,extra`))).rejects.toThrow(
      /bad\.jtl:31: expected 9 fields as in the header, got 10/,
    );
    await expect(readJtlCsv(bad(40, `${T0},5x,x,200,OK,t 1-1,true,,1`))).rejects.toThrow(
      /bad\.jtl:41: elapsed '5x' is not a whole number/,
    );
  });

  it('its generated module is the output of its WAT source (npm run wasm)', () => {
    const root = join(import.meta.dirname, '../..');
    const check = spawnSync(process.execPath, ['scripts/wasm.mjs', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });
});
