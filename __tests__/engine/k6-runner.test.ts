import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ToolError } from '../../src/engine/external-tool.ts';
import { memoryLogger } from '../../src/engine/logger.ts';
import { createMeasurer, type MeasurerSettings, type RunRequest } from '../../src/measure/measurer.ts';

/**
 * The k6 engine as the Action and the CLI drive it: createMeasurer → prepareK6 → runK6Once, against the k6
 * stand-in (a real process boundary replaying real k6 v0.49.0 recordings), checking the k6 command lines the
 * measurer builds.
 */
const K6_REPLAY = resolve(__dirname, '../bin/k6-replay');
const SCRIPT = resolve(__dirname, '../fixtures/k6-v0.49/how-recorded/arrival.js');

describe('the k6 measurer with the k6 stand-in', () => {
  let out: string;
  beforeEach(() => {
    out = mkdtempSync(join(tmpdir(), 'k6-measurer-'));
  });
  afterEach(() => rmSync(out, { recursive: true, force: true }));

  const settings = (
    replay: string,
    k6: Partial<MeasurerSettings['k6']> = {},
    env: Record<string, string> = {},
    logger = memoryLogger(),
  ): MeasurerSettings => ({
    script: SCRIPT,
    warmupSeconds: 0,
    outDir: out,
    logger,
    k6: {
      path: K6_REPLAY,
      flags: [],
      timeoutSeconds: 60,
      env: {},
      targetEnv: 'BASE_URL',
      processEnv: { ...process.env, K6_REPLAY: replay, ...env },
      ...k6,
    },
  });
  const request = (index: number, total: number, extra: Partial<RunRequest> = {}): RunRequest => ({
    index,
    total,
    label: 'PR build',
    side: 'pr',
    purpose: 'measure',
    ...extra,
  });
  const argvOf = (log: string) =>
    readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).argv as string[]);

  it('exit 0: one measured RunResult per run, the load model from k6 inspect, progress per run', async () => {
    const logger = memoryLogger();
    const measurer = await createMeasurer('k6', settings('arrival-base,arrival-base-rerun', {}, {}, logger));
    expect(measurer.engine).toBe('k6');
    expect(measurer.loadModel).toBe('open');
    expect(measurer.targetRate).toBe(100);
    expect(measurer.scriptHash).toMatch(/^[0-9a-f]{64}$/);
    const results = [await measurer.run(request(1, 2)), await measurer.run(request(2, 2))];
    for (const result of results) {
      expect(result.engine).toBe('k6');
      expect(result.loadModel).toBe('open');
      expect(result.engineVersion).toBe('0.49.0');
      expect([...result.series.values()].map((s) => s.key.name).sort()).toEqual([
        'GET /orders',
        'GET /users',
      ]);
      expect(result.thresholds.every((t) => t.crossed === false)).toBe(true);
    }
    // the two runs replayed two different recordings
    expect(results[0]!.startMs).not.toBe(results[1]!.startMs);
    expect(logger.groups).toEqual(['PR build: k6 run 1/2', 'PR build: k6 run 2/2']);
    expect(logger.lines).toContain('     ✓ users 200');
    expect(
      logger.lines.filter((l) => /^PR build: k6 run \d\/2: exit 0, \d+ requests, \d+\.\d s$/.test(l)),
    ).toHaveLength(2);
  });

  it('builds k6 command lines: the target variable, per-side and warm-up folders, flags, run tags', async () => {
    const argvLog = join(out, 'argv.jsonl');
    const measurer = await createMeasurer(
      'k6',
      settings(
        'arrival-base',
        { env: { RATE: '50' }, flags: ['--no-usage-report'], targetEnv: 'API_URL' },
        { K6_REPLAY_ARGV_LOG: argvLog },
      ),
    );
    expect(measurer.targetRate).toBe(50);
    await measurer.run(request(0, 2, { side: 'base', purpose: 'warmup', targetUrl: 'http://127.0.0.1:8' }));
    await measurer.run(request(2, 2, { targetUrl: 'http://127.0.0.1:9' }));
    const calls = argvOf(argvLog);
    expect(calls.map((a) => a[0])).toEqual(['version', 'inspect', 'run', 'run']);
    expect(calls[1]).toEqual(['inspect', '--execution-requirements', '-e', 'RATE=50', SCRIPT]);
    expect(calls[2]).toEqual([
      'run',
      '--out',
      `json=${join(out, 'base', 'warmup', 'run-0.json')}`,
      `--summary-export=${join(out, 'base', 'warmup', 'run-0.summary.json')}`,
      '-q',
      '--no-color',
      '--tag',
      'perf_gate_run=0',
      '-e',
      'RATE=50',
      '-e',
      'API_URL=http://127.0.0.1:8',
      '--no-usage-report',
      SCRIPT,
    ]);
    expect(calls[3]).toEqual([
      'run',
      '--out',
      `json=${join(out, 'pr', 'run-2.json')}`,
      `--summary-export=${join(out, 'pr', 'run-2.summary.json')}`,
      '-q',
      '--no-color',
      '--tag',
      'perf_gate_run=2',
      '-e',
      'RATE=50',
      '-e',
      'API_URL=http://127.0.0.1:9',
      '--no-usage-report',
      SCRIPT,
    ]);
  });

  it('masks secrets in every file the run wrote into the output folder, and in the run itself', async () => {
    // real k6 output with the key in URLs (secret-in-url), and a tool log beside it holding the key too
    // (the stand-in's argv log: `-e API_KEY=…`, as JMeter's log holds its -J properties)
    const secret = 'sk_live_4242SecretApiKeyValue';
    const log = join(out, 'tool.log');
    const measurer = await createMeasurer('k6', {
      ...settings('secret-in-url', { env: { API_KEY: secret } }, { K6_REPLAY_ARGV_LOG: log }),
      secrets: [secret],
    });
    const result = await measurer.run(request(1, 1));
    expect([...result.series.values()].map((s) => s.key.name)).toContain('/users?api_key=***');
    const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(files.map((f) => f.name)).toEqual(expect.arrayContaining(['tool.log', 'run-1.json']));
    for (const f of files) {
      const raw = readFileSync(join(f.parentPath, f.name));
      const text = (f.name.endsWith('.gz') ? gunzipSync(raw) : raw).toString('latin1');
      expect(text.includes(secret), f.name).toBe(false);
    }
    expect(readFileSync(log, 'utf8')).toContain('API_KEY=***');
  });

  it('exit 99: the run is still measured and the crossed thresholds are reported', async () => {
    const logger = memoryLogger();
    const measurer = await createMeasurer('k6', settings('arrival-errors', {}, {}, logger));
    const result = await measurer.run(request(1, 1));
    expect(result.thresholds.find((t) => t.metric === 'http_req_duration')).toMatchObject({ crossed: true });
    expect(result.thresholds.find((t) => t.metric === 'http_req_failed')).toMatchObject({ crossed: false });
    expect(result.warnings.join('\n')).toContain('k6 thresholds crossed on http_req_duration (exit code 99)');
    expect(logger.lines.at(-1)).toMatch(
      /^PR build: k6 run 1\/1: exit 99 \(thresholds crossed\), \d+ requests/,
    );
    expect(logger.lines).toContain(
      `time="2026-11-23T23:04:50Z" level=error msg="thresholds on metrics 'http_req_duration' have been crossed"`,
    );
  });

  it('closed model for a VU-based script, and when flags replace the scenarios', async () => {
    const closed = await createMeasurer('k6', settings('closed-groups'));
    expect(closed.loadModel).toBe('closed');
    expect(closed.targetRate).toBeUndefined();
    const overridden = await createMeasurer('k6', settings('arrival-base', { flags: ['--vus', '5'] }));
    expect(overridden.loadModel).toBe('closed');
    expect(overridden.targetRate).toBeUndefined();
  });

  it.each([
    [107, 'script exception', 'ReferenceError: boom is not defined'],
    [108, 'test.abort()', 'test aborted: the target is not ready'],
  ])('exit %i: an error naming the meaning and quoting k6', async (code, meaning, quoted) => {
    const measurer = await createMeasurer('k6', settings(`arrival-base,exit:${code}`));
    await measurer.run(request(1, 2));
    const err = await measurer.run(request(2, 2)).catch((e) => e);
    expect(err).toBeInstanceOf(ToolError);
    expect(err.exitCode).toBe(code);
    expect(err.message).toContain(`PR build: k6 run 2/2 failed with exit code ${code} (`);
    expect(err.message).toContain(meaning);
    expect(err.message).toContain(quoted);
  });

  it('exit 104 (invalid config) is caught by k6 inspect, before any run', async () => {
    const err = await createMeasurer('k6', settings('exit:104')).catch((e) => e);
    expect(err).toBeInstanceOf(ToolError);
    expect(err.message).toContain(`k6 inspect ${SCRIPT} failed with exit code 104 (invalid configuration`);
    expect(err.message).toContain('scenarios.api.rate must be greater than 0');
  });

  it('an unknown flag (exit 255) says so', async () => {
    const measurer = await createMeasurer('k6', settings('arrival-base', { flags: ['--bogus'] }));
    const err = await measurer.run(request(1, 1)).catch((e) => e);
    expect(err.message).toMatch(/exit code 255 \(other error.*\)[\s\S]*unknown flag: --bogus/);
  });

  // The stand-in installs its SIGTERM handler before anything else, and 2 s is far beyond a node start-up even
  // on a loaded machine; nothing here compares the elapsed time with how fast the machine is.
  it('stops a run that exceeds the run timeout, with a clear error quoting k6, long before the run would end', async () => {
    const started = Date.now();
    const measurer = await createMeasurer(
      'k6',
      settings('arrival-base', { timeoutSeconds: 2 }, { K6_REPLAY_DELAY_MS: '600000' }),
    );
    const err = await measurer.run(request(1, 1)).catch((e) => e);
    expect(err).toBeInstanceOf(ToolError);
    expect(err.exitCode).toBe(105);
    expect(err.message).toContain('PR build: k6 run 1/1 did not finish within 2 s and was stopped');
    expect(err.message).toContain('aborted because k6 received a signal');
    // stopped, not waited for: the stand-in would have run for 10 minutes
    expect(Date.now() - started).toBeLessThan(25_000);
  });

  it('names a missing k6 executable and an unreadable script', async () => {
    await expect(
      createMeasurer('k6', settings('arrival-base', { path: join(out, 'no-k6') })),
    ).rejects.toThrow(/no-k6/);
    await expect(
      createMeasurer('k6', { ...settings('arrival-base'), script: join(out, 'missing.js') }),
    ).rejects.toThrow(/cannot read '.*missing\.js': ENOENT/);
  });
});
