import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { tempDirs } from '../temp-dirs.ts';
import { cli } from './harness.ts';

const tempDir = tempDirs(afterAll);

const root = fileURLToPath(new URL('../../', import.meta.url));
const SCRIPT = join(root, '__tests__/fixtures/k6-v0.49/how-recorded/arrival.js');
const K6_REPLAY = join(root, '__tests__/bin/k6-replay');

let work: string;
beforeEach(() => {
  work = tempDir('perf-gate-out-dir-');
});

const run = (out: string, runs: number, env: Record<string, string> = {}) =>
  cli(['run', SCRIPT, '--k6', K6_REPLAY, '--runs', String(runs), '-o', out], {
    K6_REPLAY: 'arrival-base,arrival-base-rerun',
    ...env,
  });

describe('perf-gate run -o DIR owns its directory (issue 10 item 5)', () => {
  it("clears an earlier run's results, so they never mix into a later comparison, and says so", async () => {
    const out = join(work, 'results');
    expect((await run(out, 2)).code).toBe(0);
    expect(readdirSync(join(out, 'pr')).sort()).toEqual(['run-1.result.json', 'run-2.result.json']);
    const second = await run(out, 1);
    expect(second.code, second.err).toBe(0);
    expect(readdirSync(join(out, 'pr'))).toEqual(['run-1.result.json']);
    expect(second.err).toContain(`${out}: cleared the results of an earlier run (pr, raw)`);
    expect(existsSync(join(out, '.perf-gate.lock'))).toBe(false);
  });

  it('refuses a directory holding files it did not write, and leaves them alone', async () => {
    const out = join(work, 'mine');
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'keep me');
    const { code, err } = await run(out, 1);
    expect(code).toBe(2);
    expect(err).toContain(`--out ${out} holds files perf-gate did not write (notes.txt)`);
    expect(readdirSync(out)).toEqual(['notes.txt']);
  });

  it('refuses a file as the directory before measuring', async () => {
    const file = join(work, 'a-file');
    writeFileSync(file, '');
    const { code, err } = await run(file, 1);
    expect(code).toBe(2);
    expect(err).toContain(`--out ${file} is a file, not a directory`);
    expect(err).not.toContain('k6 run');
  });

  it('lets only one of two simultaneous runs write into the same directory', async () => {
    const out = join(work, 'shared');
    const results = await Promise.all([
      run(out, 1, { K6_REPLAY_DELAY_MS: '1500' }),
      run(out, 1, { K6_REPLAY_DELAY_MS: '1500' }),
    ]);
    expect(results.map((r) => r.code).sort()).toEqual([0, 2]);
    const refused = results.find((r) => r.code === 2)!;
    expect(refused.err).toMatch(
      new RegExp(`--out ${out} is in use by another perf-gate run \\(pid ${process.pid}\\)`),
    );
    expect(readdirSync(join(out, 'pr'))).toEqual(['run-1.result.json']);
  });

  it('takes over the lock of a run that is gone, saying so', async () => {
    const out = join(work, 'stale');
    mkdirSync(out);
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(join(out, '.perf-gate.lock'), `${gone}\n`);
    const { code, err } = await run(out, 1);
    expect(code, err).toBe(0);
    expect(err).toContain(`took over the lock of perf-gate run ${gone}, which is no longer running`);
  });
});
