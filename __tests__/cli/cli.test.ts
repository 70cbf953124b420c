import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningService, startService } from '../../examples/service/server.mjs';
import { useColor } from '../../src/cli/io.ts';
import { tempDirs } from '../temp-dirs.ts';
import { cli } from './harness.ts';

const tempDir = tempDirs(afterAll);

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string) => join(root, '__tests__/fixtures/k6-v0.49', name);
const K6_REPLAY = join(root, '__tests__/bin/k6-replay');

describe('perf-gate CLI', () => {
  it('prints help for itself and every command, and refuses unknown commands', async () => {
    expect((await cli(['--help'])).out).toContain('Usage: perf-gate COMMAND');
    for (const command of ['run', 'compare', 'report']) {
      const { code, out } = await cli([command, '--help']);
      expect(code).toBe(0);
      expect(out).toContain(`Usage: perf-gate ${command}`);
      expect(out).toContain('Exit codes');
    }
    const unknown = await cli(['benchmark']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("unknown command 'benchmark'");
    expect((await cli([])).code).toBe(2);
  });

  it('compare: a slowed endpoint is a regression on that endpoint only (same-job design, real k6 output)', async () => {
    const base = [fixture('arrival-base.json.gz'), fixture('arrival-base-rerun.json.gz')].join(',');
    const slower = [fixture('arrival-users-slower.json.gz'), fixture('arrival-users-slower.json.gz')].join(
      ',',
    );
    const { code, out } = await cli(['compare', '--design', 'same-job', '--json', base, slower]);
    expect(code).toBe(1);
    const report = JSON.parse(out);
    expect(report.verdict).toBe('fail');
    const outcome = (name: string) =>
      report.comparison.series.find((s: { key: { name: string } }) => s.key.name === name);
    expect(outcome('GET /users').outcome).toBe('regression');
    expect(outcome('GET /orders').outcome).not.toBe('regression');
  });

  it('compare: an unchanged build (A/A, the real k6 rerun of the base) passes: exit 0 and PASS', async () => {
    // fixed recordings, so the verdict is fixed: a gate that never passes fails here (issue 16)
    const { code, out } = await cli([
      'compare',
      '--design',
      'same-job',
      '--warmup',
      '1s',
      '--load-model',
      'open',
      fixture('arrival-base.json.gz'),
      fixture('arrival-base-rerun.json.gz'),
    ]);
    expect(code, out).toBe(0);
    expect(out).toMatch(/^PASS {2}perf-gate: no detectable change \(2 series\)\n/);
  });

  it('compare: one run a side against a cached baseline without history is honest: inconclusive (exit 3)', async () => {
    const { code, out } = await cli([
      'compare',
      fixture('arrival-base.json.gz'),
      fixture('arrival-users-slower.json.gz'),
    ]);
    expect(code).toBe(3);
    expect(out).toMatch(/^INCONCLUSIVE {2}perf-gate: /);
    expect(out).toContain('between-job noise 50% CV (P50), mostly a prior of 50% CV worth 10 past baselines');
  });

  it('compare: a baseline read from a k6 summary export has an unknown age, not "20785 days old" (issue 10 item 12)', async () => {
    const { out } = await cli([
      'compare',
      fixture('arrival-base.summary.json'),
      fixture('arrival-users-slower.json.gz'),
    ]);
    expect(out).toContain('of unknown age');
    expect(out).not.toMatch(/\d+ days old/);
    const json = await cli([
      'compare',
      '--json',
      fixture('arrival-base.summary.json'),
      fixture('arrival-users-slower.json.gz'),
    ]);
    expect(JSON.parse(json.out).baseline).toMatchObject({ timeMs: null, ageMs: null });
  });

  it('compare --save, then report renders the same verdict in every format', async () => {
    const dir = tempDir('perf-gate-cli-');
    const saved = join(dir, 'comparison.json');
    const markdown = join(dir, 'report.md');
    const base = `${fixture('arrival-base.json.gz')},${fixture('arrival-base-rerun.json.gz')}`;
    const slower = `${fixture('arrival-users-slower.json.gz')},${fixture('arrival-users-slower.json.gz')}`;
    const compared = await cli([
      'compare',
      '--design',
      'same-job',
      '--save',
      saved,
      '--markdown',
      markdown,
      '--json',
      base,
      slower,
    ]);
    expect(compared.code).toBe(1);
    expect(readFileSync(markdown, 'utf8')).toContain('GET /users');
    for (const format of ['terminal', 'markdown', 'comment', 'json']) {
      const { code, out } = await cli(['report', '--format', format, saved]);
      expect(code, format).toBe(1);
      expect(out, format).toContain('GET /users');
    }
    const reported = JSON.parse((await cli(['report', '-f', 'json', saved])).out);
    expect(reported).toEqual(JSON.parse(compared.out));
  });

  it('compare: an SLO is checked once per series, however many runs a side has', async () => {
    const base = `${fixture('arrival-base.json.gz')},${fixture('arrival-base-rerun.json.gz')}`;
    const slower = Array(3).fill(fixture('arrival-users-slower.json.gz')).join(',');
    const { out } = await cli(['compare', '--json', '--slo', 'GET /users: p99 < 300ms', base, slower]);
    const slos = JSON.parse(out).comparison.slos as { seriesId: string; metric: string }[];
    expect(slos.map((s) => `${s.seriesId} ${s.metric}`)).toEqual(['api › GET GET /users p99']);
  });

  it('names the bad flag or file and exits 2', async () => {
    const badTolerance = await cli([
      'compare',
      '--tolerance',
      'p99=ten',
      fixture('arrival-base.json.gz'),
      fixture('arrival-base.json.gz'),
    ]);
    expect(badTolerance.code).toBe(2);
    expect(badTolerance.err).toContain("--tolerance: 'ten' is not a percentage");
    const missing = await cli(['compare', 'nope.json', fixture('arrival-base.json.gz')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/nope\.json: no such file or directory/);
    const unknownFlag = await cli(['compare', '--frobnicate', 'a', 'b']);
    expect(unknownFlag.code).toBe(2);
    expect(unknownFlag.err).toContain("Unknown option '--frobnicate'");
    const notRuns = await cli(['compare', join(root, 'package.json'), fixture('arrival-base.json.gz')]);
    expect(notRuns.code).toBe(2);
    expect(notRuns.err).toContain('package.json');
    const badFormat = await cli(['report', '--format', 'pdf', 'x']);
    expect(badFormat.code).toBe(2);
  });
});

describe('perf-gate run', () => {
  let service: RunningService;
  let out: string;
  beforeAll(async () => {
    service = await startService({ delayMs: 2, seed: 3 });
    out = tempDir('perf-gate-run-');
  });
  afterAll(async () => {
    await service.close();
  });

  it('runs a k6 script through k6 (the stand-in here) and saves each run for compare', async () => {
    const {
      code,
      out: table,
      err,
    } = await cli(
      ['run', fixture('how-recorded/arrival.js'), '--k6', K6_REPLAY, '--runs', '2', '--out', join(out, 'k6')],
      { K6_REPLAY: 'arrival-base,arrival-base-rerun' },
    );
    expect(code, err).toBe(0);
    expect(table).toMatch(/GET \/users\s+\d+/);
    expect(err).toContain('k6 run 2/2');
    // the saved runs are what compare reads
    const again = await cli(['compare', '--json', join(out, 'k6/pr'), join(out, 'k6/pr')]);
    expect(JSON.parse(again.out).comparison.runs).toEqual({ baseline: 2, candidate: 2 });
  });

  it('exits 4 with k6’s own words when k6 fails', async () => {
    const { code, err } = await cli(
      [
        'run',
        fixture('how-recorded/arrival.js'),
        '--k6',
        K6_REPLAY,
        '--runs',
        '1',
        '--out',
        join(out, 'fail'),
      ],
      {
        K6_REPLAY: 'exit:107',
      },
    );
    expect(code).toBe(4);
    expect(err).toMatch(/107/);
  });

  it('runs a scenario with the embedded engine against a real service', async () => {
    const scenario = join(root, 'examples/scenario.yml');
    const {
      code,
      out: table,
      err,
    } = await cli([
      'run',
      scenario,
      '--target-url',
      service.url,
      '--runs',
      '1',
      '--out',
      join(out, 'embedded'),
    ]);
    expect(code, err).toBe(0);
    expect(table).toContain('/users');
    expect(service.requests).toBeGreaterThan(100);
  });

  it('measures base and PR side by side with --baseline-target-url and judges the pairs: /users +36% fails (exit 1)', async () => {
    // the k6 stand-in answers per target: the base build replays the base recordings, the PR build the slower one
    const {
      code,
      out: table,
      err,
    } = await cli(
      [
        'run',
        fixture('how-recorded/arrival.js'),
        '--k6',
        K6_REPLAY,
        '--target-url',
        'http://127.0.0.1:9',
        '--baseline-target-url',
        'http://127.0.0.1:8',
        '--runs',
        '2',
        '--out',
        join(out, 'same-job'),
      ],
      {
        K6_REPLAY_BY_TARGET:
          'http://127.0.0.1:8=arrival-base,arrival-base-rerun;http://127.0.0.1:9=arrival-users-slower',
      },
    );
    expect(code, err).toBe(1);
    expect(table).toMatch(/^FAIL {2}perf-gate: regression on 1 of 2 series \(GET \/users /m);
    expect(table).toContain(
      'baseline base (http://127.0.0.1:8, less than a minute old) · PR PR · 2 vs 2 runs · decided after 2 pairs (as planned)',
    );
    expect(err).toContain('base build: k6 run 2/2');
    expect(err).toContain('PR build: k6 run 2/2');
  });

  it('says clearly when the target is down (exit 4, no hang)', async () => {
    const { code, err } = await cli([
      'run',
      join(root, 'examples/scenario.yml'),
      '--target-url',
      'http://127.0.0.1:9',
      '--runs',
      '1',
      '--out',
      join(out, 'down'),
    ]);
    expect(code).toBe(4);
    expect(err).toContain('could not connect to http://127.0.0.1:9');
  });
});

describe('dist/cli.js', () => {
  it('is an executable bin with the same exit codes', async () => {
    const result = await new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(
        process.execPath,
        [
          join(root, 'dist/cli.js'),
          'compare',
          fixture('arrival-base.json.gz'),
          fixture('arrival-users-slower.json.gz'),
        ],
        { env: { ...process.env, NO_COLOR: '1' } },
        (error, stdout) => resolve({ code: error ? Number(error.code) : 0, stdout }),
      );
    });
    expect(result.code).toBe(3);
    expect(result.stdout).not.toContain('\u001b[');
    expect(readFileSync(join(root, 'dist/cli.js'), 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
  });
});

describe('terminal colour (the CLI and the demo)', () => {
  it('only on a terminal, never with NO_COLOR set or on a dumb terminal', () => {
    expect(useColor({}, true)).toBe(true);
    expect(useColor({ NO_COLOR: '1' }, true)).toBe(false);
    expect(useColor({ NO_COLOR: '' }, true)).toBe(true);
    expect(useColor({ TERM: 'dumb' }, true)).toBe(false);
    expect(useColor({}, false)).toBe(false);
  });
});
