import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readLocustRequests } from '../../src/results/locust-requests.ts';
import { RunAccumulator } from '../../src/results/run-accumulator.ts';
import { tempDir, totalFailed, totalRequests } from './helpers.ts';

// The start of a real recording (Locust 2.12.1 with perf-gate's module): its header and first requests.
const RECORDED = gunzipSync(
  readFileSync(join(import.meta.dirname, '../fixtures/jmeter-locust/locust-errors_requests.jsonl.gz')),
)
  .toString('utf8')
  .split('\n');
const HEADER = RECORDED[0]!;
const GET = '[1795857639504.943,"GET","/users",58.912,null]';
const FAILED =
  '[1795857639505.253,"GET","/orders",59.998,"500 Server Error: Internal Server Error for url: http://127.0.0.1:40613/orders"]';
/** a request of the next second, served in no time (Locust rounds a cached response down to 0 ms) */
const NEXT_SECOND = '[1795857640001.5,"GET","/users",0,null]';

describe('readLocustRequests', () => {
  const { write } = tempDir();

  it('a whole file: every request in its series and second, the span to the millisecond, not cut', async () => {
    expect([RECORDED[1], RECORDED[4]]).toEqual([GET, FAILED]);
    const path = write('whole.jsonl', [HEADER, GET, FAILED, GET, NEXT_SECOND, ''].join('\n'));
    const run = await readLocustRequests(path);
    expect([run.sources, run.cutFiles, run.warnings, run.skipped]).toEqual([[path], undefined, [], {}]);
    expect([run.startMs, run.endMs]).toEqual([1795857639504.943, 1795857640001.5]);
    const users = run.series.get('GET /users')!;
    expect([...users.seconds].map(([s, b]) => [s, b.requests, b.failed])).toEqual([
      [1795857639, 2, 0],
      [1795857640, 1, 0],
    ]);
    expect([users.latency.min, users.latency.max]).toEqual([0, 58.912]);
    expect([run.series.get('GET /orders')!.requests, totalFailed(run)]).toEqual([1, 1]);
  });

  it('blank and padded lines, and a whole last line without a newline, are read', async () => {
    const path = write('padded.jsonl', `${HEADER}\r\n\n   \n  ${GET}  \r\n${FAILED}`);
    const run = await readLocustRequests(path);
    expect([totalRequests(run), totalFailed(run), run.cutFiles, run.warnings]).toEqual([2, 1, undefined, []]);
  });

  it('a last line cut short (Locust stopped while writing it): left out with a warning, the run partial', async () => {
    const path = write('cut.jsonl', `${HEADER}\n${GET}\n${FAILED.slice(0, 30)}`);
    const run = await readLocustRequests(path);
    expect(totalRequests(run)).toBe(1);
    expect(run.warnings).toEqual([
      `${path}:3: the last line is incomplete (Locust was stopped while writing it); ignored it`,
    ]);
    expect([run.skipped, run.cutFiles]).toEqual([{ 'truncated last line': 1 }, [path]]);
  });

  it('a truncated gzip stream: what was read is kept, with a warning, the run partial', async () => {
    const gz = gzipSync(`${HEADER}\n${GET}\n${FAILED}\n`);
    // cut inside the gzip trailer: every line is there, the stream is not
    const path = write('cut.jsonl.gz', gz.subarray(0, gz.length - 4));
    const run = await readLocustRequests(path);
    expect(totalRequests(run)).toBe(2);
    expect([run.warnings, run.cutFiles]).toEqual([
      [`${path}: the gzip stream is truncated; kept what was read`],
      [path],
    ]);
  });

  describe('an error that is not about the file', () => {
    afterEach(() => vi.restoreAllMocks());

    it('is not taken for a last line cut short', async () => {
      const bug = new TypeError('a bug');
      vi.spyOn(RunAccumulator.prototype, 'request').mockImplementation(() => {
        throw bug;
      });
      await expect(readLocustRequests(write('bug.jsonl', `${HEADER}\n${GET}`))).rejects.toBe(bug);
    });
  });

  it('bad input: an error naming the file and the line', async () => {
    const rejects = (name: string, content: string, message: string) => {
      const path = write(name, content);
      return expect(readLocustRequests(path)).rejects.toThrow(`${path}${message}`);
    };
    await rejects('empty.jsonl', '\n  \n', ": empty file: expected perf-gate's Locust per-request file");
    await rejects(
      'no-requests.jsonl',
      `${HEADER}\n`,
      ': no requests were recorded: is the target reachable?',
    );
    await rejects('not-json.jsonl', `${HEADER}\n${GET}\n{"a": 1\n`, ':3: not JSON: {"a": 1');
    const notHeader =
      ':1: not perf-gate\'s Locust per-request file: the first line must be {"format": "perf-gate-locust-requests", …}, got: ';
    for (const first of ['null', '"perf-gate-locust-requests"', '{"format": "perf-gate-locust"}'])
      await rejects('not-header.jsonl', `${first}\n${GET}\n`, `${notHeader}${first}`);
    await rejects(
      'version.jsonl',
      `${HEADER.replace('"version": 1', '"version": 2')}\n${GET}\n`,
      ':1: format version 2 is not one this perf-gate reads (1)',
    );
    const notRequest = ':2: expected [start ms, method, name, response ms, failure or null], got: ';
    for (const bad of [
      '[1795857639504.943,"GET","/users",58.912,null,"more"]',
      '[1795857639504.943,1,"/users",58.912,null]',
      '[1795857639504.943,"GET",1,58.912,null]',
      '[1795857639504.943,"GET","/users",-1,null]',
      '[1795857639504.943,"GET","/users",58.912,500]',
    ])
      await rejects('not-request.jsonl', `${HEADER}\n${bad}\n`, `${notRequest}${bad}`);
  });
});
