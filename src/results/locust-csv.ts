import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { withoutByteOrderMark } from './byte-order-mark.ts';
import { parseCsvRecord } from './csv-record.ts';
import { RunFileError, snippet, unreadable } from './errors.ts';
import { LatencyHistogram } from './histogram.ts';
import { givenLoadModel } from './load-model.ts';
import { nameSeriesByTarget } from './request-name.ts';
import { emptyTotals } from './run-accumulator.ts';
import { type ReadOptions, type RunResult, type SeriesKey, type SeriesResult, seriesId } from './types.ts';

/**
 * Reads Locust's `--csv PREFIX` files as a summary-fidelity run: `PREFIX_stats.csv` gives each endpoint's
 * requests, failures and percentiles (Locust rounds response times into buckets and keeps no per-request
 * data, so there is no distribution to resample); `PREFIX_stats_history.csv`, when present, the time span and
 * the highest user count; `PREFIX_failures.csv`, when present, what failed.
 */

export const LOCUST_STATS_HEADER = 'Type,Name,Request Count,Failure Count';
const STATS_SUFFIX = '_stats.csv';
/** Locust's percentile columns → perf-gate's quantile names ('100%' is rounded: p100 is the exact max) */
const PERCENTILES: Record<string, string> = {
  '50%': 'p50',
  '66%': 'p66',
  '75%': 'p75',
  '80%': 'p80',
  '90%': 'p90',
  '95%': 'p95',
  '98%': 'p98',
  '99%': 'p99',
  '99.9%': 'p99.9',
  '99.99%': 'p99.99',
};

export async function readLocustCsv(path: string, opts: ReadOptions = {}): Promise<RunResult> {
  if (opts.warmupSeconds) {
    throw new RunFileError(
      path,
      undefined,
      "cannot drop a warm-up from Locust's stats CSV: it has no per-request data (import perf_gate_requests in " +
        'the locustfile for a per-request file)',
    );
  }
  const series = seriesOfStats(path, await readText(path));
  const warnings = [
    `${path}: Locust's stats CSV holds per-endpoint counts and percentiles rounded into Locust's buckets, no ` +
      'per-request data and no per-second data (import perf_gate_requests in the locustfile for full fidelity); ' +
      "its counts miss Locust's last second",
  ];
  // the history and the failures lie beside a PREFIX_stats.csv; a file named otherwise has none
  const named = path.endsWith(STATS_SUFFIX);
  const prefix = path.slice(0, -STATS_SUFFIX.length);
  const history = named ? await readHistory(`${prefix}_stats_history.csv`) : undefined;
  if (named) warnings.push(...(await failureLines(`${prefix}_failures.csv`)));
  const totals = emptyTotals();
  totals.maxVUs = history?.maxUsers ?? 0;
  if (history === undefined)
    warnings.push(`${path}: no _stats_history.csv beside it: the test duration is unknown`);
  const run: RunResult = {
    engine: 'locust',
    fidelity: 'summary',
    ...givenLoadModel(opts),
    sources: [path],
    startMs: history?.firstMs ?? 0,
    endMs: history?.lastMs ?? Number.NaN,
    series,
    lifecycle: new Map(),
    totals,
    thresholds: [],
    skipped: {},
    warnings,
    ...(opts.targetRate === undefined ? {} : { targetRate: opts.targetRate }),
  };
  return nameSeriesByTarget(run, opts.targetUrl);
}

const STATS_COLUMNS = [
  'Type',
  'Name',
  'Request Count',
  'Failure Count',
  'Min Response Time',
  'Max Response Time',
];

/** One series per endpoint row of `_stats.csv` that made requests (the Aggregated row is their sum). */
function seriesOfStats(path: string, text: string): Map<string, SeriesResult> {
  const lines = text.split(/\r?\n/).filter((l) => l !== '');
  // Stryker disable next-line StringLiteral,ArrayDeclaration: equivalent, with no header line or an unparseable one, '' and [] name no column and nor do Stryker's stand-ins: 'Type' is missing either way, which throws the same error
  const header = parseCsvRecord(lines[0] ?? '', ',') ?? [];
  const column = (name: string): number => header.indexOf(name);
  for (const needed of STATS_COLUMNS) {
    if (column(needed) < 0) {
      throw new RunFileError(
        path,
        1,
        `not a Locust _stats.csv: no '${needed}' column in ${snippet(lines[0] ?? '')}`,
      );
    }
  }
  const series = new Map<string, SeriesResult>();
  for (const [i, line] of lines.slice(1).entries()) {
    const fields = parseCsvRecord(line, ',');
    if (fields === undefined || fields.length !== header.length) {
      throw new RunFileError(
        path,
        i + 2,
        `expected ${header.length} fields as in the header: ${snippet(line)}`,
      );
    }
    const row = statsRow(path, i + 2, fields, column);
    if (row !== undefined) series.set(row.id, row);
  }
  if (series.size === 0) {
    throw new RunFileError(path, undefined, 'no requests were recorded: is the target reachable?');
  }
  return series;
}

/** An endpoint's series from its `_stats.csv` row; undefined for the Aggregated row and rows of no requests. */
function statsRow(
  path: string,
  lineNumber: number,
  fields: string[],
  column: (name: string) => number,
): SeriesResult | undefined {
  const name = fields[column('Name')]!;
  if (fields[column('Type')] === '' && name === 'Aggregated') return undefined; // the sum of the rows above
  const number = (col: string): number => {
    const raw = fields[column(col)]!;
    const v = Number(raw);
    if (raw === '' || !Number.isFinite(v)) {
      throw new RunFileError(path, lineNumber, `'${col}' is not a number: '${snippet(raw, 40)}'`);
    }
    return v;
  };
  const requests = number('Request Count');
  if (requests === 0) return undefined;
  const quantiles: Record<string, number> = {
    p0: number('Min Response Time'),
    p100: number('Max Response Time'),
  };
  for (const [col, q] of Object.entries(PERCENTILES)) {
    if (column(col) >= 0 && fields[column(col)] !== 'N/A') quantiles[q] = number(col);
  }
  const key: SeriesKey = { scenario: '', group: '', method: fields[column('Type')]!, name };
  return {
    key,
    id: seriesId(key),
    requests,
    failed: number('Failure Count'),
    latency: new LatencyHistogram(),
    seconds: new Map(),
    reportedQuantiles: quantiles,
  };
}

async function readText(path: string): Promise<string> {
  try {
    return withoutByteOrderMark(await readFile(path, 'utf8'));
  } catch (err) {
    throw unreadable(path, err);
  }
}

/** First and last timestamp (s → ms) and the highest user count, streamed: the history grows with the run. */
async function readHistory(
  path: string,
): Promise<{ firstMs: number; lastMs: number; maxUsers: number } | undefined> {
  let header: string[] | undefined;
  let firstMs = Number.POSITIVE_INFINITY;
  let lastMs = Number.NEGATIVE_INFINITY;
  let maxUsers = 0;
  try {
    for await (const text of createInterface({
      input: createReadStream(path),
      crlfDelay: Number.POSITIVE_INFINITY,
    })) {
      const line = withoutByteOrderMark(text); // only the first line has one (Number() would skip one in a row)
      const fields = parseCsvRecord(line, ',');
      if (fields === undefined || line === '') continue;
      if (header === undefined) {
        header = fields;
        continue;
      }
      const ms = Number(fields[header.indexOf('Timestamp')]) * 1000;
      const users = Number(fields[header.indexOf('User Count')]);
      if (Number.isFinite(ms)) {
        firstMs = Math.min(firstMs, ms);
        lastMs = Math.max(lastMs, ms);
      }
      if (Number.isFinite(users)) maxUsers = Math.max(maxUsers, users);
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw unreadable(path, err);
  }
  return Number.isFinite(firstMs) ? { firstMs, lastMs, maxUsers } : undefined;
}

/** "failures: 12× GET /orders: HTTPError(…)" lines from `_failures.csv`, when there is one. */
async function failureLines(path: string): Promise<string[]> {
  let text: string;
  try {
    text = withoutByteOrderMark(await readFile(path, 'utf8'));
  } catch {
    return [];
  }
  const rows = text.split(/\r?\n/).filter((l) => l !== '');
  // Stryker disable next-line StringLiteral,ArrayDeclaration: equivalent, a file of no rows has no failures to read, and for an unparseable header [] and Stryker's stand-in alike name none of the four columns
  const header = parseCsvRecord(rows[0] ?? '', ',') ?? [];
  const [m, n, e, o] = ['Method', 'Name', 'Error', 'Occurrences'].map((c) => header.indexOf(c));
  return rows.slice(1, 11).flatMap((row) => {
    const f = parseCsvRecord(row, ',');
    if (f === undefined || m! < 0 || n! < 0 || e! < 0 || o! < 0) return [];
    return [`${path}: ${f[o!]}× ${f[m!]} ${f[n!]} failed: ${snippet(f[e!]!, 160)}`];
  });
}
