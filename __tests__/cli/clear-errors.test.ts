import { execFile } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDirs } from '../temp-dirs.ts';
import { cli } from './harness.ts';

const tempDir = tempDirs(afterAll);

const root = join(import.meta.dirname, '../..');
const fixture = (name: string) => join(root, '__tests__/fixtures/k6-v0.49', name);
const K6_REPLAY = join(root, '__tests__/bin/k6-replay');
const BASE = fixture('arrival-base.json.gz');
const RERUN = fixture('arrival-base-rerun.json.gz');

let work: string;
beforeAll(() => {
  work = tempDir('perf-gate-clear-errors-');
  chmodSync(work, 0o755);
});

/** A perf-gate entry point (src/cli.ts or src/index.ts) as its own process; as root, run as nobody (65534). */
function spawnEntry(entry: string, args: string[], env: Record<string, string> = {}) {
  const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', join(root, entry), ...args],
      { cwd: root, env: { PATH: process.env.PATH ?? '', HOME: work, ...env }, ...asNobody },
      (_error, stdout, stderr) => resolve({ code: child.exitCode, stdout, stderr }),
    );
  });
}

describe('clear errors instead of raw ones: exit 2 naming the path or the input (issue 10 item 10)', () => {
  it('a results file that may not be read', async () => {
    const locked = join(work, 'locked.json.gz');
    copyFileSync(BASE, locked);
    chmodSync(locked, 0o000);
    const { code, stderr } = await spawnEntry('src/cli.ts', ['compare', locked, RERUN]);
    expect(code, stderr).toBe(2);
    expect(stderr).toContain(`perf-gate compare: ${locked}: cannot read the file (EACCES)`);
  }, 60_000);

  it('--markdown pointing at a directory, --save into a missing directory: refused before comparing', async () => {
    const dir = join(work, 'a-dir');
    mkdirSync(dir);
    const markdown = await cli(['compare', '--markdown', dir, BASE, RERUN]);
    expect(markdown.code).toBe(2);
    expect(markdown.err).toContain(`--markdown ${dir} is a directory: give a file name`);
    expect(markdown.out).toBe('');
    const save = await cli(['compare', '--save', join(work, 'missing/saved.json'), BASE, RERUN]);
    expect(save.code).toBe(2);
    expect(save.err).toContain(
      `--save ${join(work, 'missing/saved.json')}: the directory ${join(work, 'missing')} does not exist`,
    );
  });

  it('a warm-up as long as the run', async () => {
    const compare = await cli(['compare', '--warmup', '30s', BASE, RERUN]);
    expect(compare.code).toBe(2);
    expect(compare.err).toContain('a warm-up of 30 s removes every request of');
    expect(compare.err).toContain('give a warm-up (warmup, --warmup) shorter than the run');
    const script = fixture('how-recorded/arrival.js');
    const run = await cli(
      ['run', script, ...['--k6', K6_REPLAY, '--warmup', '30s', '--runs', '1'], ...['-o', join(work, 'out')]],
      { K6_REPLAY: 'arrival-base' },
    );
    expect(run.code, run.err).toBe(2);
    expect(run.err).toContain(
      '(the run lasted 10.0 s): give a warm-up (warmup, --warmup) shorter than the run',
    );
  });

  it('report of a saved file with a missing field names the file and the field', async () => {
    const saved = join(work, 'saved.json');
    expect((await cli(['compare', '--save', saved, BASE, RERUN])).code).toBe(3);
    const file = JSON.parse(readFileSync(saved, 'utf8'));
    delete file.context.scenario;
    delete file.context.comparison.series;
    const damaged = join(work, 'damaged.json');
    writeFileSync(damaged, JSON.stringify(file));
    for (const format of ['terminal', 'json']) {
      const { code, err } = await cli(['report', '--format', format, damaged]);
      expect(code).toBe(2);
      expect(err).toContain(
        `perf-gate report: ${damaged} is damaged: scenario.id, scenario.name, comparison.series are missing or of the wrong type`,
      );
      expect(err).not.toContain('Cannot read properties');
    }
  });

  it('SLOs that cannot be met or mean nothing', async () => {
    for (const [slo, problem] of <[string, string][]>[
      ['error_rate < 200%', 'an error-rate limit is above 0% and at most 100%'],
      ['error_rate < 0%', 'an error-rate limit is above 0% and at most 100%'],
      ['GET /users: p99 < 0ms', 'no latency is below 0ms; give a limit above 0'],
    ]) {
      const { code, err } = await cli(['compare', '--slo', slo, BASE, RERUN]);
      expect(code).toBe(2);
      expect(err).toContain(`--slo: '${slo}': ${problem}`);
    }
  });
});

describe('a garbled event payload: a clear error, not a stack (issue 10 item 10)', () => {
  it.each([
    ['not JSON', '{"pull_request": {', /cannot read the event payload GITHUB_EVENT_PATH=.*event\.json: /],
    [
      'null',
      'null',
      /the event payload GITHUB_EVENT_PATH=.*event\.json is not a JSON object \(it holds null\)/,
    ],
    [
      'a list',
      '[1, 2]',
      /the event payload GITHUB_EVENT_PATH=.*event\.json is not a JSON object \(it holds an array\)/,
    ],
  ])(
    '%s',
    async (_, text, message) => {
      const dir = join(work, `event-${Math.random()}`);
      mkdirSync(dir, { recursive: true, mode: 0o755 });
      writeFileSync(join(dir, 'event.json'), text, { mode: 0o644 });
      const { code, stdout, stderr } = await spawnEntry('src/index.ts', [], {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: join(dir, 'event.json'),
        GITHUB_SHA: '1'.repeat(40),
        GITHUB_REPOSITORY: 'octo/shop',
        GITHUB_API_URL: 'http://127.0.0.1:9',
        RUNNER_TEMP: dir,
        'INPUT_GITHUB-TOKEN': 'ghs_garbledEventToken',
        INPUT_SCRIPT: fixture('how-recorded/arrival.js'),
        INPUT_RESULTS: work,
      });
      expect(code, stderr).toBe(1);
      expect(stdout).toMatch(new RegExp(`^::error::${message.source}`, 'm'));
      expect(`${stdout}${stderr}`).not.toMatch(/^\s+at /m);
    },
    60_000,
  );
});
