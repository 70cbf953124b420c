import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { K6_FIXTURES, pushToMain, ROOT, runGateInProcess } from '../action/gate-harness.ts';
import { publishK6, type ReleaseServer, startReleaseServer } from '../servers/k6-release.ts';
import { tempDirs } from '../temp-dirs.ts';

const tempDir = tempDirs(afterAll);

let release: ReleaseServer;
let work: string;
const savedToolCache = process.env.RUNNER_TOOL_CACHE;
beforeAll(async () => {
  release = await startReleaseServer();
});
afterAll(async () => {
  await new Promise((resolve) => release.server.close(resolve));
});
beforeEach(() => {
  work = tempDir('perf-gate-k6-offline-');
  release.files.clear();
  release.requests.length = 0;
});
afterEach(() => {
  if (savedToolCache === undefined) delete process.env.RUNNER_TOOL_CACHE;
  else process.env.RUNNER_TOOL_CACHE = savedToolCache;
});

describe('k6 where there is no runner or no network (issue 10 item 14)', () => {
  it('with results set, the Action reads them without installing k6 (an offline runner)', async () => {
    // no k6-path, an empty tool cache, and a mirror that has no k6: any install attempt would show here
    process.env.RUNNER_TOOL_CACHE = join(work, 'empty-tool-cache');
    const results = join(work, 'results');
    mkdirSync(results);
    writeFileSync(join(results, 'run-1.json.gz'), readFileSync(join(K6_FIXTURES, 'arrival-base.json.gz')));
    const run = await runGateInProcess({
      inputs: { mode: 'baseline', results, 'k6-path': '', 'k6-download-url': release.url },
      runner: pushToMain(work),
      storeDir: join(work, 'store'),
    });
    expect(run.result.failure, run.log.join('\n')).toBeUndefined();
    expect(run.outputs['baseline-saved']).toBe('true');
    expect(release.requests).toEqual([]);
  });

  it('the CLI installs k6 from a mirror without RUNNER_TEMP or RUNNER_TOOL_CACHE, and keeps stdout for results', async () => {
    // the mirror's k6 is the stand-in replaying a real recording
    const k6 = `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, '__tests__/bin/k6-replay')}" "$@"\n`;
    publishK6(release, work, '0.49.0', { script: k6 });
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: work,
      XDG_CACHE_HOME: join(work, 'cache'),
      K6_REPLAY: 'arrival-base',
    };
    const args = [
      ...['--import', 'tsx', join(ROOT, 'src/cli.ts'), 'run', join(K6_FIXTURES, 'how-recorded/arrival.js')],
      ...['--k6-download-url', release.url, '--k6-version', '0.49.0', '--runs', '1', '--json'],
      ...['-o', join(work, 'out')],
    ];
    const { code, stdout, stderr } = await new Promise<{
      code: number | null;
      stdout: string;
      stderr: string;
    }>((resolve) => {
      const child = execFile(process.execPath, args, { cwd: ROOT, env }, (_error, stdout, stderr) =>
        resolve({ code: child.exitCode, stdout, stderr }),
      );
    });
    expect(code, stderr).toBe(0);
    expect(stderr).toContain('downloading k6 v0.49.0');
    expect(stdout).not.toContain('::debug::');
    // stdout is the result alone: JSON a script can parse
    expect(JSON.parse(stdout)).toBeTypeOf('object');
    expect(existsSync(join(work, 'cache/perf-gate/tools/k6/0.49.0'))).toBe(true);
  }, 90_000);
});
