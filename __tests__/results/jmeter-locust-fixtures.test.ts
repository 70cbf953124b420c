import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import type { ReportJson } from '../../src/report/json.ts';
import { readRunFile } from '../../src/results/read-run-file.ts';
import type { RunResult } from '../../src/results/types.ts';

// Real recordings of Debian's JMeter 2.13 and Locust 2.12.1 against the example service: see the README there.
const dir = `${import.meta.dirname}/../fixtures/jmeter-locust`;
const text = (name: string) =>
  name.endsWith('.gz')
    ? gunzipSync(readFileSync(`${dir}/${name}`)).toString('utf8')
    : readFileSync(`${dir}/${name}`, 'utf8');
const read = (name: string) => readRunFile(`${dir}/${name}`);
const total = (run: RunResult) => [...run.series.values()].reduce((n, s) => n + s.requests, 0);
const failedOf = (run: RunResult) => [...run.series.values()].reduce((n, s) => n + s.failed, 0);

/** "summary =   2295 in 8.1s … Err:     0": JMeter's summariser line. */
function summariser(name: string): { samples: number; errors: number } {
  const m = /summary =\s+(\d+) in .* Err:\s+(\d+)/.exec(text(name))!;
  return { samples: Number(m[1]), errors: Number(m[2]) };
}

/** The JTL's rows by label, read the plain way (no quoted commas in these labels): JMeter's aggregate report. */
function aggregate(name: string): Map<string, { elapsed: number[]; failed: number }> {
  const [header, ...rows] = text(name).trim().split('\n');
  const cols = header!.split(',');
  const out = new Map<string, { elapsed: number[]; failed: number }>();
  for (const row of rows) {
    if (row.includes('Number of samples in transaction')) continue;
    const f = row.split(',');
    const label = f[cols.indexOf('label')]!;
    const entry = out.get(label) ?? { elapsed: [], failed: 0 };
    entry.elapsed.push(Number(f[cols.indexOf('elapsed')]));
    if (f[cols.indexOf('success')] !== 'true') entry.failed++;
    out.set(label, entry);
  }
  return out;
}

/** k6's (and perf-gate's) quantile rule over exact values: sort, interpolate at p·(n−1). */
function exactQuantile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const i = p * (s.length - 1);
  const lo = Math.floor(i);
  return s[lo]! + ((s[Math.min(lo + 1, s.length - 1)] ?? 0) - s[lo]!) * (i - lo);
}

/** `perf-gate compare` of three runs a side, recorded interleaved (same-job pairs), with default settings. */
async function compare(baseline: string, candidate: string, suffix: string) {
  const side = (name: string) => [1, 2, 3].map((i) => `${dir}/${name}-${i}${suffix}`).join(',');
  let out = '';
  const io = {
    out: (t: string) => {
      out += t;
    },
    err: () => undefined,
    stderr: new PassThrough(),
    env: {},
    cwd: dir,
  };
  const code = await runCli(
    ['compare', side(baseline), side(candidate), '--design', 'same-job', '--json'],
    io,
    false,
  );
  const report = JSON.parse(out) as ReportJson;
  const c = report.comparison!;
  /** the latency quantiles that regressed on a series */
  const slower = (id: string) =>
    Object.values(c.series.find((s) => s.id === id)!.metrics)
      .filter((m) => m.outcome === 'regression' && ['p50', 'p90', 'p95', 'p99'].includes(m.metric))
      .map((m) => m.metric);
  /** the requests (not the scenario's all-requests series) with any metric that regressed */
  const regressed = c.series
    .filter((s) => s.key.name !== '(all requests)' && s.outcome === 'regression')
    .map((s) => s.id);
  return { code, verdict: report.verdict, slower, regressed };
}

describe('JMeter 2.13 results (CSV JTL, XML JTL)', () => {
  const names = ['base-1', 'base-2', 'base-3', 'slower-1', 'slower-2', 'slower-3', 'base-rerun-1', 'errors'];

  it.each(names)(
    'jmeter-%s: samples equal the summariser less Transaction Controller samples, per label the aggregate report',
    async (name) => {
      const run = await read(`jmeter-${name}.jtl.gz`);
      const tc = run.skipped['Transaction Controller sample'] ?? 0;
      expect(tc).toBeGreaterThan(0);
      expect(total(run) + tc).toBe(summariser(`jmeter-${name}.stdout`).samples);
      const byLabel = aggregate(`jmeter-${name}.jtl.gz`);
      expect(run.series.size).toBe(byLabel.size);
      for (const [label, rows] of byLabel) {
        const s = run.series.get(`api › ${label}`)!;
        expect(s.requests).toBe(rows.elapsed.length);
        expect(s.failed).toBe(rows.failed);
        for (const p of [0.5, 0.9, 0.99]) {
          // JMeter's whole milliseconds, held by perf-gate's histogram to 0.1 %
          expect(Math.abs(s.latency.quantile(p) - exactQuantile(rows.elapsed, p))).toBeLessThanOrEqual(
            exactQuantile(rows.elapsed, p) * 0.002 + 1e-9,
          );
        }
      }
      expect(run.engine).toBe('jmeter');
      expect(run.totals.maxVUs).toBe(4);
    },
  );

  it('the errors run: failed samples are JMeter’s errors on /orders only', async () => {
    const run = await read('jmeter-errors.jtl.gz');
    expect(failedOf(run)).toBeGreaterThan(50);
    expect(run.series.get('api › GET /users')!.failed).toBe(0);
    // the summariser also counts each failed transaction (a failed child fails its Transaction Controller)
    expect(failedOf(run)).toBeLessThanOrEqual(summariser('jmeter-errors.stdout').errors);
  });

  it('XML: the same counts as the summariser less Transaction Controller samples', async () => {
    const run = await read('jmeter-base-xml.jtl.gz');
    const tc = run.skipped['Transaction Controller sample']!;
    expect(total(run) + tc).toBe(summariser('jmeter-base-xml.stdout').samples);
    expect([...run.series.keys()].sort()).toEqual(['api › GET /orders', 'api › GET /users']);
  });

  it('perf-gate compare (default settings) finds /users 30 ms slower, only there; the A/A pair does not fail', async () => {
    const c = await compare('jmeter-base', 'jmeter-slower', '.jtl.gz');
    expect([c.code, c.verdict]).toEqual([1, 'fail']);
    expect(c.slower('api › GET /users')).toContain('p50');
    expect(c.regressed).toEqual(['api › GET /users']);
    // the recordings are fixed: this A/A is inconclusive (latency intervals about ±20%, the P99s' baseline
    // unstable at 13–15%), never a fail; a pass would need runs interleaved with the base's
    const aa = await compare('jmeter-base', 'jmeter-base-rerun', '.jtl.gz');
    expect([aa.code, aa.verdict, aa.regressed]).toEqual([3, 'inconclusive', []]);
  });
});

describe('Locust 2.12.1 results (stats CSV, perf-gate per-request file)', () => {
  const names = ['base-1', 'base-2', 'base-3', 'slower-1', 'slower-2', 'slower-3', 'errors'];

  it.each(names)(
    'locust-%s: the per-request file counts what Locust’s final table counts; the CSV what its stats CSV counts',
    async (name) => {
      const full = await read(`locust-${name}_requests.jsonl.gz`);
      const csv = await read(`locust-${name}_stats.csv`);
      expect(full.fidelity).toBe('distribution');
      expect(full.loadModel).toBe('closed'); // constant(0.01) wait time: users loop
      expect(csv.fidelity).toBe('summary');
      expect(csv.warnings.join(' ')).toMatch(/rounded into Locust's buckets/);
      const table = /Aggregated\s+(\d+)\s+(\d+)\(/.exec(text(`locust-${name}.stdout`))!;
      expect(total(full)).toBe(Number(table[1]));
      expect(failedOf(full)).toBe(Number(table[2]));
      const stats = text(`locust-${name}_stats.csv`).trim().split('\n').slice(1);
      for (const row of stats) {
        const [type, id, count, failures, median] = row.split(',');
        if (type === '') continue;
        const s = csv.series.get(`${type} ${id}`)!;
        expect(s.requests).toBe(Number(count));
        expect(s.failed).toBe(Number(failures));
        // the stats CSV misses Locust's last second; its median is rounded (whole ms below 100 ms, tens above)
        const f = full.series.get(`${type} ${id}`)!;
        expect(f.requests).toBeGreaterThanOrEqual(Number(count));
        const p50 = f.latency.quantile(0.5);
        expect(Math.abs(p50 - Number(median))).toBeLessThanOrEqual(Math.max(2, p50 * 0.15));
      }
    },
  );

  it.each(['_requests.jsonl.gz', '_stats.csv'])(
    'perf-gate compare (%s, default settings) finds /users slower, the latency only there; the A/A pair does not fail',
    async (suffix) => {
      const c = await compare('locust-base', 'locust-slower', suffix);
      expect([c.code, c.verdict]).toEqual([1, 'fail']);
      expect(c.slower('GET /users')).toContain('p50');
      // closed model: users that wait longer on /users also call /orders less often; that throughput is the
      // scenario's, judged on all its requests together, so /orders itself is not flagged
      expect(c.regressed).toEqual(['GET /users']);
      // fixed recordings, the rerun recorded after the base rather than interleaved with it: inconclusive
      const aa = await compare('locust-base', 'locust-base-rerun', suffix);
      expect([aa.code, aa.verdict, aa.regressed]).toEqual([3, 'inconclusive', []]);
    },
  );
});
