import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { K6Error, type K6RunOptions, runK6 } from '../../src/engine/k6/runner.ts';
import { memoryLogger } from '../../src/engine/logger.ts';

/** The k6 stand-in: real process boundary, replaying real k6 v0.49.0 recordings. */
const K6_REPLAY = resolve(__dirname, '../bin/k6-replay');
const SCRIPT = resolve(__dirname, '../fixtures/k6-v0.49/how-recorded/arrival.js');

describe('runK6 with the k6 stand-in', () => {
  let out: string;
  beforeEach(() => {
    out = mkdtempSync(join(tmpdir(), 'k6-runner-'));
  });
  afterEach(() => rmSync(out, { recursive: true, force: true }));

  const options = (replay: string, extra: Partial<K6RunOptions> = {}, env: Record<string, string> = {}) => ({
    k6Path: K6_REPLAY,
    script: SCRIPT,
    outDir: out,
    processEnv: { ...process.env, K6_REPLAY: replay, ...env },
    ...extra,
  });

  it('exit 0: one measured RunResult per run, the load model from k6 inspect, progress per run', async () => {
    const logger = memoryLogger();
    const report = await runK6(options('arrival-base,arrival-base-rerun', { runs: 2 }), { logger });
    expect(report.k6Version).toBe('0.49.0');
    expect(report.loadModel).toBe('open');
    expect(report.targetRate).toBe(100);
    expect(report.runs.map((r) => [r.index, r.exitCode, r.thresholdsCrossed])).toEqual([
      [1, 0, false],
      [2, 0, false],
    ]);
    for (const result of report.results) {
      expect(result.engine).toBe('k6');
      expect(result.loadModel).toBe('open');
      expect(result.engineVersion).toBeDefined();
      expect([...result.series.values()].map((s) => [s.key.name, s.requests])).toEqual(
        expect.arrayContaining([
          ['GET /users', expect.any(Number)],
          ['GET /orders', expect.any(Number)],
        ]),
      );
      expect(result.thresholds.every((t) => t.crossed === false)).toBe(true);
    }
    // the two runs replayed two different recordings
    expect(report.results[0]!.startMs).not.toBe(report.results[1]!.startMs);
    expect(report.runs[0]!.jsonPath).toBe(join(out, 'run-1.json'));
    // a missing output folder is created
    const nested = await runK6(
      { ...options('arrival-base', { runs: 1 }), outDir: join(out, 'a', 'b') },
      { logger: memoryLogger() },
    );
    expect(nested.runs[0]!.summaryPath).toBe(join(out, 'a', 'b', 'run-1.summary.json'));
    expect(logger.groups).toEqual(['k6 run 1/2', 'k6 run 2/2']);
    expect(logger.lines).toContain('     ✓ users 200');
    expect(
      logger.lines.filter((l) => /^k6 run \d\/2: exit 0, \d+ requests, \d+\.\d s$/.test(l)),
    ).toHaveLength(2);
  });

  it('passes -e variables and extra flags through, tags each run, and gives inspect the variables', async () => {
    const argvLog = join(out, 'argv.jsonl');
    const report = await runK6(
      options(
        'arrival-base',
        { runs: 2, env: { BASE_URL: 'http://127.0.0.1:9', RATE: '50' }, extraArgs: ['--no-usage-report'] },
        { K6_REPLAY_ARGV_LOG: argvLog },
      ),
      { logger: memoryLogger() },
    );
    const calls = readFileSync(argvLog, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).argv as string[]);
    expect(calls.map((a) => a[0])).toEqual(['version', 'inspect', 'run', 'run']);
    expect(calls[1]).toEqual([
      'inspect',
      '--execution-requirements',
      '-e',
      'BASE_URL=http://127.0.0.1:9',
      '-e',
      'RATE=50',
      SCRIPT,
    ]);
    expect(calls[3]).toEqual([
      'run',
      '--out',
      `json=${join(out, 'run-2.json')}`,
      `--summary-export=${join(out, 'run-2.summary.json')}`,
      '-q',
      '--no-color',
      '--tag',
      'perf_gate_run=2',
      '-e',
      'BASE_URL=http://127.0.0.1:9',
      '-e',
      'RATE=50',
      '--no-usage-report',
      SCRIPT,
    ]);
    expect(report.targetRate).toBe(50);
  });

  it('exit 99: the run is still measured and the crossed thresholds are reported', async () => {
    const logger = memoryLogger();
    const report = await runK6(options('arrival-errors', { runs: 1 }), { logger });
    const [run] = report.runs;
    expect(run!.exitCode).toBe(99);
    expect(run!.thresholdsCrossed).toBe(true);
    expect(run!.crossedMetrics).toEqual(['http_req_duration']);
    const duration = run!.result.thresholds.find((t) => t.metric === 'http_req_duration');
    expect(duration).toMatchObject({ crossed: true });
    expect(run!.result.thresholds.find((t) => t.metric === 'http_req_failed')).toMatchObject({
      crossed: false,
    });
    expect(run!.result.warnings.join('\n')).toContain(
      'k6 thresholds crossed on http_req_duration (exit code 99)',
    );
    expect(logger.lines.at(-1)).toMatch(/^k6 run 1\/1: exit 99 \(thresholds crossed\), \d+ requests/);
    expect(logger.lines).toContain(
      `time="2026-11-23T23:04:50Z" level=error msg="thresholds on metrics 'http_req_duration' have been crossed"`,
    );
  });

  it('closed model for a VU-based script, and when flags replace the scenarios', async () => {
    const closed = await runK6(options('closed-groups', { runs: 1 }), { logger: memoryLogger() });
    expect(closed.loadModel).toBe('closed');
    expect(closed.targetRate).toBeUndefined();
    const overridden = await runK6(options('arrival-base', { runs: 1, extraArgs: ['--vus', '5'] }), {
      logger: memoryLogger(),
    });
    expect(overridden.loadModel).toBe('closed');
    expect(overridden.warnings).toEqual([
      "the flag --vus replaces the script's scenarios with k6's VU-based default",
    ]);
  });

  it.each([
    [107, 'script exception', 'ReferenceError: boom is not defined'],
    [108, 'test.abort()', 'test aborted: the target is not ready'],
  ])('exit %i: an error naming the meaning and quoting k6', async (code, meaning, quoted) => {
    const err = await runK6(options(`arrival-base,exit:${code}`, { runs: 2 }), {
      logger: memoryLogger(),
    }).catch((e) => e);
    expect(err).toBeInstanceOf(K6Error);
    expect(err.exitCode).toBe(code);
    expect(err.message).toContain(`k6 run 2/2 failed with exit code ${code} (`);
    expect(err.message).toContain(meaning);
    expect(err.message).toContain(quoted);
  });

  it('exit 104 (invalid config) is caught by k6 inspect, before any run', async () => {
    const err = await runK6(options('exit:104'), { logger: memoryLogger() }).catch((e) => e);
    expect(err).toBeInstanceOf(K6Error);
    expect(err.message).toContain(`k6 inspect ${SCRIPT} failed with exit code 104 (invalid configuration`);
    expect(err.message).toContain('scenarios.api.rate must be greater than 0');
  });

  it('an unknown flag (exit 255) says so', async () => {
    const err = await runK6(options('arrival-base', { extraArgs: ['--bogus'] }), {
      logger: memoryLogger(),
    }).catch((e) => e);
    expect(err.message).toMatch(/exit code 255 \(other error.*\)[\s\S]*unknown flag: --bogus/);
  });

  // The stand-in installs its SIGTERM handler before anything else, and 2 s is far beyond a node start-up even
  // on a loaded machine; nothing here compares the elapsed time with how fast the machine is.
  it('stops a run that exceeds the timeout, with a clear error quoting k6, long before the run would end', async () => {
    const started = Date.now();
    const err = await runK6(
      options('arrival-base', { runs: 1, timeoutMs: 2000 }, { K6_REPLAY_DELAY_MS: '600000' }),
      { logger: memoryLogger() },
    ).catch((e) => e);
    expect(err).toBeInstanceOf(K6Error);
    expect(err.exitCode).toBe(105);
    expect(err.message).toContain('k6 run 1/1 did not finish within 2 s and was stopped');
    expect(err.message).toContain('aborted because k6 received a signal');
    // stopped, not waited for: the stand-in would have run for 10 minutes
    expect(Date.now() - started).toBeLessThan(25_000);
  });

  it('names a missing k6 executable', async () => {
    await expect(runK6({ ...options('arrival-base'), k6Path: join(out, 'no-k6') })).rejects.toThrow(
      /could not start .*no-k6: spawn .* ENOENT/,
    );
  });
});
