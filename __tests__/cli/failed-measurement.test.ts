import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { K6_FIXTURES, pushToMain, ROOT, runGateInProcess } from '../action/gate-harness.ts';
import { type Fault, startFaultyTarget } from '../servers/faulty-target.ts';
import { tempDirs } from '../temp-dirs.ts';
import { cli } from './harness.ts';

const tempDir = tempDirs(afterAll);

const K6_REPLAY = join(ROOT, '__tests__/bin/k6-replay');
let work: string;
beforeEach(() => {
  work = tempDir('perf-gate-failed-measurement-');
});

/** 20 iterations/s of two GETs for 1.5 s; a request waits at most 0.3 s for its answer. */
function scenario(baseUrl: string): string {
  const file = join(work, 'scenario.yml');
  writeFileSync(
    file,
    `baseUrl: ${baseUrl}\nload: { model: open, rate: 20, duration: 1.5s }\ntimeout: 0.3s\n` +
      'requests:\n  - { method: GET, path: /users }\n  - { method: GET, path: /orders }\n',
  );
  return file;
}

const out = () => join(work, 'out');

describe('a run in which every request failed is a failed measurement (issue 10 item 11)', () => {
  it.each<[Fault, RegExp]>([
    [
      'errors',
      /PR build, run 1\/2: all \d+ requests failed, so nothing was measured: check that http:\/\/127\.0\.0\.1:\d+ is up/,
    ],
    ['hang', /PR build, run 1\/2: all \d+ requests failed, so nothing was measured/],
    ['reset', /PR build, run 1\/2: all \d+ requests failed, so nothing was measured/],
    [
      'dies',
      /PR build, run 1\/2: the target stopped answering during the run \(\d+ of \d+ requests failed\) and is down now: could not connect to http:\/\/127\.0\.0\.1:\d+: ECONNREFUSED/,
    ],
  ])(
    'embedded engine, a target that %s: exit 4, nothing saved',
    async (fault, message) => {
      const target = await startFaultyTarget(fault, 6);
      try {
        const { code, err } = await cli([
          'run',
          scenario(target.url),
          '--target-url',
          target.url,
          '--runs',
          '2',
          '-o',
          out(),
        ]);
        expect(code, err).toBe(4);
        expect(err).toMatch(message);
        expect(existsSync(join(out(), 'pr'))).toBe(false);
      } finally {
        await target.close();
      }
    },
    60_000,
  );

  it.each([
    ['arrival-all-500', 'a target answering only 500s'],
    ['arrival-refused', 'a target refusing every connection'],
  ])('k6 (real recording %s, %s): exit 4, not "measured"', async (recording) => {
    const { code, err } = await cli(
      ['run', join(K6_FIXTURES, 'how-recorded/arrival.js'), '--k6', K6_REPLAY, '--runs', '1', '-o', out()],
      { K6_REPLAY: recording },
    );
    expect(code, err).toBe(4);
    expect(err).toMatch(
      /PR build, run 1\/1: all 122 requests failed, so nothing was measured: check that the target is up/,
    );
  });

  it('k6 (real recording arrival-target-died): a target that died mid-run and is down now, exit 4', async () => {
    // the stand-in replays the recording whatever the URL; the dead target is a port nothing listens on
    const dead = await cli(
      [
        ...['run', join(K6_FIXTURES, 'how-recorded/arrival.js'), '--k6', K6_REPLAY, '--runs', '1'],
        ...['--target-url', 'http://127.0.0.1:9', '-o', out()],
      ],
      { K6_REPLAY: 'arrival-target-died' },
    );
    expect(dead.code, dead.err).toBe(4);
    expect(dead.err).toContain(
      'PR build, run 1/1: the target stopped answering during the run (146 of 162 requests failed) and is down ' +
        'now: could not connect to http://127.0.0.1:9: ECONNREFUSED',
    );
  });

  it('the Action fails the step with that message and saves no baseline', async () => {
    const target = await startFaultyTarget('errors');
    const store = join(work, 'store');
    try {
      const run = runGateInProcess({
        inputs: { mode: 'baseline', script: scenario(target.url), 'target-url': target.url, runs: '1' },
        runner: pushToMain(work),
        storeDir: store,
      });
      await expect(run).rejects.toThrow(
        /PR build, run 1\/1: all \d+ requests failed, so nothing was measured/,
      );
      expect(existsSync(store) ? readdirSync(store) : []).toEqual([]);
    } finally {
      await target.close();
    }
  }, 60_000);

  it('the Action keeps to run-timeout with the embedded engine (issue 10 item 7)', async () => {
    const target = await startFaultyTarget('hang');
    const file = join(work, 'slow.yml');
    writeFileSync(
      file,
      `baseUrl: ${target.url}\nload: { model: closed, connections: 2, duration: 0.5s }\ntimeout: 1h\n` +
        'requests:\n  - { method: GET, path: /users }\n',
    );
    try {
      const run = runGateInProcess({
        inputs: { mode: 'baseline', script: file, 'target-url': target.url, runs: '1', 'run-timeout': '1s' },
        runner: pushToMain(work),
        storeDir: join(work, 'store'),
      });
      await expect(run).rejects.toThrow(/did not finish within the run timeout of 1 s and was stopped/);
    } finally {
      await target.close();
    }
  }, 60_000);
});
