import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLocustCsv } from '../../src/results/locust-csv.ts';
import { tempDir } from './helpers.ts';

// Hand-made Locust --csv files for what the recorded fixtures never show: each test writes PREFIX_stats.csv
// (and the siblings it wants) under a prefix of its own.
const { dir, write } = tempDir();

const HEADER =
  'Type,Name,Request Count,Failure Count,Median Response Time,Average Response Time,Min Response Time,Max Response Time,Average Content Size,Requests/s,Failures/s,50%,66%,75%,80%,90%,95%,98%,99%,99.9%,99.99%,100%';
const USERS = 'GET,/users,100,2,14,16.8,5.9,78.6,527.0,50.0,1.0,14,18,20,22,28,35,50,74,77,79,80';
const AGGREGATED = ',Aggregated,100,2,14,16.8,5.9,78.6,527.0,50.0,1.0,14,18,20,22,28,35,50,74,77,79,80';
const HISTORY_HEADER = 'Timestamp,User Count,Type,Name,Requests/s';
const HISTORY = `${HISTORY_HEADER}\n1795850000,0,,Aggregated,0\n1795850002,4,,Aggregated,70\n`;

const stats = (prefix: string, ...rows: string[]): string =>
  write(`${prefix}_stats.csv`, `${[HEADER, ...rows].join('\n')}\n`);

/** The note every stats CSV gets, word for word. */
const summaryNote = (path: string): string =>
  `${path}: Locust's stats CSV holds per-endpoint counts and percentiles rounded into Locust's buckets, no ` +
  'per-request data and no per-second data (import perf_gate_requests in the locustfile for full fidelity); ' +
  "its counts miss Locust's last second";

describe('readLocustCsv: the run', () => {
  it('every percentile column under its quantile, the history’s span and peak users, its one note', async () => {
    const path = stats('full', USERS, AGGREGATED);
    write('full_stats_history.csv', HISTORY);
    const run = await readLocustCsv(path);
    expect([...run.series.keys()]).toEqual(['GET /users']);
    expect(run.series.get('GET /users')!.reportedQuantiles).toEqual({
      p0: 5.9,
      p50: 14,
      p66: 18,
      p75: 20,
      p80: 22,
      p90: 28,
      p95: 35,
      p98: 50,
      p99: 74,
      'p99.9': 77,
      'p99.99': 79,
      p100: 78.6,
    });
    expect(run).toMatchObject({ sources: [path], startMs: 1795850000000, endMs: 1795850002000 });
    expect(run.totals.maxVUs).toBe(4);
    expect(run.warnings).toEqual([summaryNote(path)]);
    expect(Object.hasOwn(run, 'targetRate')).toBe(false);
  });

  it('keeps the target rate it is given', async () => {
    const run = await readLocustCsv(stats('rate', USERS), { targetRate: 50 });
    expect(run.targetRate).toBe(50);
  });

  it('no history beside it: the span unknown (start 0, end NaN), no users, and a note saying so', async () => {
    const path = stats('lone', USERS);
    const run = await readLocustCsv(path);
    expect(run).toMatchObject({ startMs: 0, endMs: Number.NaN });
    expect(run.totals.maxVUs).toBe(0);
    expect(run.warnings).toEqual([
      summaryNote(path),
      `${path}: no _stats_history.csv beside it: the test duration is unknown`,
    ]);
  });

  it('a file not named PREFIX_stats.csv has no history or failures beside it', async () => {
    // run.stats.csv cut as if it ended in _stats.csv would give the prefix run
    const path = write('run.stats.csv', `${HEADER}\n${USERS}\n`);
    write('run_stats_history.csv', HISTORY);
    write('run_failures.csv', 'Method,Name,Error,Occurrences\nGET,/users,Timeout,2\n');
    const run = await readLocustCsv(path);
    expect(run.startMs).toBe(0);
    expect(run.warnings).toEqual([
      summaryNote(path),
      `${path}: no _stats_history.csv beside it: the test duration is unknown`,
    ]);
  });

  it('a history that cannot be read is an error, not a missing history', async () => {
    const path = stats('dirhist', USERS);
    mkdirSync(join(dir, 'dirhist_stats_history.csv'));
    await expect(readLocustCsv(path)).rejects.toThrow(
      `${join(dir, 'dirhist_stats_history.csv')}: cannot read the file (EISDIR)`,
    );
  });

  it('history rows: blank lines and fields that are not numbers are passed over', async () => {
    const path = stats('gaps', USERS);
    write(
      'gaps_stats_history.csv',
      [
        HISTORY_HEADER,
        '1795850001,N/A,,Aggregated,0',
        '',
        'N/A,3,,Aggregated,0',
        '1795850003,4,,Aggregated,0',
        '',
      ].join('\n'),
    );
    const run = await readLocustCsv(path);
    expect(run).toMatchObject({ startMs: 1795850001000, endMs: 1795850003000 });
    expect(run.totals.maxVUs).toBe(4);
  });
});

describe('readLocustCsv: the rows of _stats.csv', () => {
  it('only the Aggregated row of no type is their sum: a GET named Aggregated and a row of no type are endpoints', async () => {
    const run = await readLocustCsv(
      stats(
        'names',
        USERS,
        'GET,Aggregated,7,0,14,16.8,5.9,78.6,527.0,50.0,1.0,14,18,20,22,28,35,50,74,77,79,80',
        ',custom,5,1,14,16.8,5.9,78.6,527.0,50.0,1.0,14,18,20,22,28,35,50,74,77,79,80',
        AGGREGATED,
      ),
    );
    expect([...run.series.keys()]).toEqual(['GET /users', 'GET Aggregated', 'custom']);
    expect(run.series.get('custom')).toMatchObject({ requests: 5, failed: 1 });
  });

  it('columns by name in any order; percentiles it lacks or that are N/A are left out; rows of no requests too', async () => {
    const path = write(
      'cols_stats.csv',
      [
        '50%,Type,Name,Request Count,Failure Count,Min Response Time,Max Response Time,66%,99.9%',
        '12,GET,/a,10,0,3,40,N/A,39',
        'N/A,GET,/none,0,0,0,0,N/A,N/A',
      ].join('\n'),
    );
    const run = await readLocustCsv(path);
    expect([...run.series.keys()]).toEqual(['GET /a']);
    expect(run.series.get('GET /a')!.reportedQuantiles).toEqual({ p0: 3, p100: 40, p50: 12, 'p99.9': 39 });
  });

  it('a row of too many fields, an empty or a non-number count: errors naming the line', async () => {
    await expect(readLocustCsv(stats('wide', USERS, `${AGGREGATED},1`))).rejects.toThrow(
      /wide_stats\.csv:3: expected 22 fields as in the header: ,Aggregated,100,2,/,
    );
    await expect(
      readLocustCsv(stats('blank', USERS, 'GET,/b,3,,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1')),
    ).rejects.toThrow(/blank_stats\.csv:3: 'Failure Count' is not a number: ''$/);
    await expect(
      readLocustCsv(stats('word', 'GET,/b,many,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1')),
    ).rejects.toThrow(/word_stats\.csv:2: 'Request Count' is not a number: 'many'$/);
  });

  it('no endpoint made a request: an error', async () => {
    await expect(
      readLocustCsv(stats('none', 'GET,/none,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0', AGGREGATED)),
    ).rejects.toThrow(/none_stats\.csv: no requests were recorded: is the target reachable\?$/);
  });

  it('an empty file and a warm-up: errors saying why, word for word', async () => {
    await expect(readLocustCsv(write('empty_stats.csv', '\n'))).rejects.toThrow(
      /empty_stats\.csv:1: not a Locust _stats\.csv: no 'Type' column in $/,
    );
    const path = stats('warm', USERS);
    await expect(readLocustCsv(path, { warmupSeconds: 5 })).rejects.toThrow(
      `${path}: cannot drop a warm-up from Locust's stats CSV: it has no per-request data (import perf_gate_requests in ` +
        'the locustfile for a per-request file)',
    );
  });
});

describe('readLocustCsv: _failures.csv', () => {
  const FAILURES_HEADER = 'Method,Name,Error,Occurrences';

  it('the first ten failures, one note each', async () => {
    const path = stats('many', USERS);
    const failures = Array.from({ length: 12 }, (_, i) => `GET,/e${i},"HTTPError(${i}, 500)",${i + 1}`);
    const failuresPath = write('many_failures.csv', `${[FAILURES_HEADER, ...failures].join('\n')}\n`);
    const run = await readLocustCsv(path);
    expect(run.warnings.slice(1, -1)).toEqual(
      Array.from(
        { length: 10 },
        (_, i) => `${failuresPath}: ${i + 1}× GET /e${i} failed: HTTPError(${i}, 500)`,
      ),
    );
  });

  it.each(['Name', 'Error', 'Occurrences'])('columns by name: %s first', async (first) => {
    const path = stats(`first-${first}`, USERS);
    const columns = [first, ...FAILURES_HEADER.split(',').filter((c) => c !== first)];
    const value: Record<string, string> = {
      Method: 'POST',
      Name: '/orders',
      Error: 'Timeout',
      Occurrences: '3',
    };
    const failuresPath = write(
      `first-${first}_failures.csv`,
      `${columns.join(',')}\n${columns.map((c) => value[c]).join(',')}\n`,
    );
    const run = await readLocustCsv(path);
    expect(run.warnings[1]).toBe(`${failuresPath}: 3× POST /orders failed: Timeout`);
  });

  it.each(['Method', 'Name', 'Error', 'Occurrences'])('a file without %s gives no notes', async (missing) => {
    const path = stats(`no-${missing}`, USERS);
    const columns = FAILURES_HEADER.split(',').filter((c) => c !== missing);
    write(`no-${missing}_failures.csv`, `${columns.join(',')}\n${columns.map(() => 'x').join(',')}\n`);
    const run = await readLocustCsv(path);
    expect(run.warnings).toEqual([
      summaryNote(path),
      `${path}: no _stats_history.csv beside it: the test duration is unknown`,
    ]);
  });
});
