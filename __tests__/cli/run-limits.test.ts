import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FaultyTarget, startFaultyTarget } from '../servers/faulty-target.ts';
import { tempDirs } from '../temp-dirs.ts';
import { cli } from './harness.ts';

const tempDir = tempDirs(afterAll);

let work: string;
let hanging: FaultyTarget;
beforeAll(async () => {
  work = tempDir('perf-gate-run-limits-');
  hanging = await startFaultyTarget('hang');
});
afterAll(async () => {
  await hanging.close();
});

function scenario(name: string, load: string, extra = ''): string {
  const file = join(work, `${name}.yml`);
  writeFileSync(
    file,
    `baseUrl: ${hanging.url}\nload: ${load}\n${extra}requests:\n  - { method: GET, path: /users }\n  - { method: GET, path: /orders }\n`,
  );
  return file;
}

const run = (file: string, ...flags: string[]) =>
  cli(['run', file, '--runs', '1', '-o', join(work, `out-${Math.random()}`), ...flags]);

describe('the embedded engine keeps to the run timeout and to rates it can schedule (issue 10 item 7)', () => {
  it('stops a run still going at the run timeout with a clear error (exit 4), however long its requests may wait', async () => {
    // the target never answers and each request may wait an hour: without the run timeout this run would
    // last that hour (its grace period); with it, it ends after 1 s
    const file = scenario('hang', '{ model: open, rate: 5, duration: 0.5s }', 'timeout: 1h\n');
    const { code, err } = await run(file, '--run-timeout', '1s');
    expect(code, err).toBe(4);
    expect(err).toMatch(
      /PR build: embedded run 1\/1 did not finish within the run timeout of 1 s and was stopped \(\d+ requests were still waiting/,
    );
  }, 60_000);

  it('refuses before any load a scenario that cannot end within the run timeout (exit 2)', async () => {
    const file = scenario('forever', '{ model: closed, connections: 1, duration: 1000h }');
    const { code, err } = await run(file);
    expect(code).toBe(2);
    expect(err).toContain(
      `input 'run-timeout': ${file} runs for 3600000 s (load.duration 3600000 s + warm-up 0 s), longer than the run timeout of 600 s`,
    );
    expect(hanging.requests).toBeLessThan(20);
  });

  it('refuses a rate it cannot schedule, naming the field and the limit (exit 2)', async () => {
    const before = hanging.requests;
    const file = scenario('flood', '{ model: open, rate: 1000000000, duration: 10s }');
    const { code, err } = await run(file);
    expect(code).toBe(2);
    expect(err).toContain(
      'load.rate: 1000000000 iterations/s × 2 requests each is more than the embedded engine can schedule (at most 20000 requests/s',
    );
    expect(hanging.requests).toBe(before);
    const fine = scenario('many-slots', '{ model: open, rate: 9000, duration: 1s, maxInFlight: 20000 }');
    expect((await run(fine)).err).toContain('load.maxInFlight');
  });

  it('refuses a run timeout of 0 or one longer than a timer can wait', async () => {
    const file = scenario('short', '{ model: open, rate: 1, duration: 1s }');
    for (const limit of ['0s', '1000h']) {
      const { code, err } = await run(file, '--run-timeout', limit);
      expect(code).toBe(2);
      expect(err).toContain(`--run-timeout: '${limit}' is not a time limit`);
    }
  });
});
