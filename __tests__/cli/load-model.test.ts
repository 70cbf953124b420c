import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { ReportJson } from '../../src/report/json.ts';
import { readK6Json } from '../../src/results/k6-json.ts';
import { tempDir } from '../results/helpers.ts';
import { cli } from './harness.ts';

// Real k6 v0.49 runs (see the READMEs of __tests__/fixtures/k6-v0.49 and k6-v0.49-pairs).
const root = fileURLToPath(new URL('../../', import.meta.url));
const k6 = (name: string) => join(root, '__tests__/fixtures/k6-v0.49', name);

/**
 * The closed-groups recording (closed.js: 10 constant VUs, k6's `vus`/`duration` shorthand) with every time
 * stretched twice as long from its first sample: the same requests and latencies over twice the time, i.e.
 * half the throughput.
 */
function halvedThroughput(): Buffer {
  const text = gunzipSync(readFileSync(k6('closed-groups.json.gz'))).toString('utf8');
  let first: number | undefined;
  const stretched = text.replace(/"time":"([^"]+)"/g, (_, time: string) => {
    const ms = Date.parse(time);
    first ??= ms;
    return `"time":"${new Date(first + 2 * (ms - first)).toISOString()}"`;
  });
  return gzipSync(stretched);
}

const report = (out: string) => JSON.parse(out) as ReportJson;
/** The series whose throughput is gated, with its outcome: in a closed model, the scenario's all requests. */
const gatedThroughput = (r: ReportJson) =>
  r
    .comparison!.series.filter((s) => s.metrics.throughput!.gated)
    .map((s) => [s.key.name, s.metrics.throughput!.outcome]);

describe('load model (issue 10 item 9, issue 15)', () => {
  const { write } = tempDir();

  it("k6 JSON of the scenario 'default' is a closed model, and the run says which source decided", async () => {
    const run = await readK6Json(k6('closed-groups.json.gz'));
    expect([run.loadModel, run.loadModelSource]).toEqual(['closed', 'k6-default-scenario']);
    const named = await readK6Json(k6('arrival-base.json.gz')); // scenario 'api': the file does not say
    expect([named.loadModel, named.loadModelSource]).toEqual(['unknown', 'unknown']);
  });

  it('a closed-model run that lost half its throughput fails on throughput, and the report says why closed', async () => {
    const halved = write('closed-groups-halved.json.gz', halvedThroughput());
    const markdown = join(write('unused', ''), '..', 'closed.md');
    // one run a side, judged as a same-job pair (a cached baseline's assumed between-job noise would hide it)
    const { code, out } = await cli([
      'compare',
      k6('closed-groups.json.gz'),
      halved,
      '--design',
      'same-job',
      '--json',
      '--markdown',
      markdown,
    ]);
    const r = report(out);
    expect(code).toBe(1);
    expect(r.verdict).toBe('fail');
    expect(r.comparison!.loadModel).toBe('closed');
    expect(r.comparison!.loadModelSource).toEqual({
      baseline: ['k6-default-scenario'],
      candidate: ['k6-default-scenario'],
    });
    expect(gatedThroughput(r)).toEqual([['(all requests)', 'regression']]);
    for (const s of r.comparison!.series) expect(s.metrics.throughput!.change).toBeCloseTo(-0.5, 1);
    expect(readFileSync(markdown, 'utf8')).toContain(
      "load model: closed, decided by k6's scenario `default` in the results",
    );
  });

  it('--load-model closed decides where the files do not, and the report names the flag as the source', async () => {
    const args = ['compare', k6('arrival-base.json.gz'), k6('arrival-base-rerun.json.gz'), '--json'];
    const unknown = report((await cli(args)).out).comparison!;
    expect(unknown.loadModel).toBe('unknown');
    expect(unknown.series.every((s) => !s.metrics.throughput!.gated)).toBe(true);

    const closed = report((await cli([...args, '--load-model', 'closed'])).out).comparison!;
    expect(closed.loadModel).toBe('closed');
    expect(closed.loadModelSource).toEqual({ baseline: ['input'], candidate: ['input'] });
    expect(gatedThroughput({ comparison: closed } as ReportJson).map(([name]) => name)).toEqual([
      '(all requests)',
    ]);
  });

  it('--load-model over what a file shows: it wins, and the contradiction is a warning', async () => {
    const { out } = await cli([
      'compare',
      k6('closed-groups.json.gz'),
      k6('closed-groups.json.gz'),
      '--load-model',
      'open',
      '--json',
    ]);
    const c = report(out).comparison!;
    expect(c.loadModel).toBe('open');
    expect(c.warnings.join('\n')).toContain("load model open as set, although k6's scenario `default`");
  });

  it('a load model that is neither open nor closed is a usage error naming --load-model', async () => {
    const { code, err } = await cli([
      'compare',
      k6('arrival-base.json.gz'),
      k6('arrival-base-rerun.json.gz'),
      '--load-model',
      'sideways',
    ]);
    expect(code).toBe(2);
    expect(err).toContain("--load-model: 'sideways' is not one of auto, open, closed");
    // perf-gate run validates it before measuring anything
    const run = await cli(['run', 'examples/scenario.yml', '--load-model', 'sideways']);
    expect(run.code).toBe(2);
    expect(run.err).toContain("--load-model: 'sideways' is not one of auto, open, closed");
  });
});
