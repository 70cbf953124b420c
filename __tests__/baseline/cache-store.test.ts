/**
 * The cache store through the real @actions/cache (v6, cache service v2) against a loopback cache service:
 * real tar + zstd archives, real twirp calls, real Azure SDK uploads.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cache from '@actions/cache';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { captureActionsLog } from '../../src/baseline/actions-log.ts';
import { CacheBaselineStore, defaultCacheDirectory } from '../../src/baseline/cache-store.ts';
import { baselineKey } from '../../src/baseline/keys.ts';
import { artifactKey } from '../../src/baseline/store.ts';
import { LoopbackCacheService } from '../servers/cache-service.ts';
import { artifactFor, SHA_A, SHA_B, SHA_C } from './artifacts.ts';

const CACHE_ENV = ['ACTIONS_RESULTS_URL', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_CACHE_SERVICE_V2', 'RUNNER_TEMP'];
const savedEnv = Object.fromEntries(CACHE_ENV.map((name) => [name, process.env[name]]));

let root: string;
let directory: string;
let service: LoopbackCacheService;
const now = 1_750_000_000_000;

function useService(s: LoopbackCacheService): void {
  Object.assign(process.env, s.env());
}

const newStore = () => new CacheBaselineStore({ directory, now: () => now, echo: false });
const query = (sha: string) => ({ scenarioId: 'load-api', branch: 'main', sha });

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'perf-gate-cache-store-'));
  process.env.RUNNER_TEMP = join(root, 'runner-temp');
  // A GHES server URL would switch @actions/cache to the v1 protocol.
  delete process.env.GITHUB_SERVER_URL;
  directory = join(root, 'runner-temp', 'perf-gate-baseline');
});

beforeEach(async () => {
  service = await LoopbackCacheService.start();
  useService(service);
});

afterEach(async () => {
  await service.stop();
});

afterAll(async () => {
  for (const [name, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await rm(root, { recursive: true, force: true });
});

describe('CacheBaselineStore through @actions/cache', () => {
  it('keeps its working directory under RUNNER_TEMP', () => {
    expect(defaultCacheDirectory()).toBe(directory);
    expect(defaultCacheDirectory({ RUNNER_TEMP: '/runner/tmp' })).toBe(
      join('/runner/tmp', 'perf-gate-baseline'),
    );
    expect(defaultCacheDirectory({ RUNNER_TEMP: '' })).toBe(join(tmpdir(), 'perf-gate-baseline'));
    expect(defaultCacheDirectory({})).toBe(join(tmpdir(), 'perf-gate-baseline'));
  });

  it('saves and restores the exact commit', async () => {
    const store = newStore();
    const artifact = artifactFor({ commit: SHA_A, timeMs: now - 86_400_000 });
    const key = artifactKey(artifact);
    expect(await store.save(artifact, key)).toEqual({ status: 'saved', key });
    // what travelled: one reservation, one Put Blob, one finalisation
    expect(service.requests.map((r) => `${r.method} ${r.path.split('/').pop()}`)).toEqual([
      'POST CreateCacheEntry',
      'PUT 1',
      'POST FinalizeCacheEntryUpload',
    ]);
    expect(service.finalizedEntries().map((e) => e.key)).toEqual([key]);

    await rm(directory, { recursive: true, force: true });
    const result = await store.restore(query(SHA_A));
    expect(result).toMatchObject({ status: 'found', key, exact: true, commit: SHA_A, ageMs: 86_400_000 });
    const restored = result.status === 'found' ? result.artifact : undefined;
    expect(restored?.runs[0]?.series.get('default › GET /users')?.latency.quantile(0.99)).toBe(
      artifact.runs[0]?.series.get('default › GET /users')?.latency.quantile(0.99),
    );
  });

  it('falls back to the newest baseline of the branch by prefix', async () => {
    const store = newStore();
    const b = artifactFor({ commit: SHA_B });
    const a = artifactFor({ commit: SHA_A });
    await store.save(b, artifactKey(b));
    await store.save(a, artifactKey(a)); // saved last: the newest
    expect(await store.restore(query(SHA_C))).toMatchObject({
      status: 'found',
      exact: false,
      commit: SHA_A,
      key: artifactKey(a),
    });
    expect(await store.restore(query(SHA_B))).toMatchObject({ status: 'found', exact: true, commit: SHA_B });
    expect(await store.restore(query(SHA_B.slice(0, 7)))).toMatchObject({
      status: 'found',
      exact: true,
      commit: SHA_B,
    });
  });

  it('reports a miss as missing, with the keys it tried and what to do', async () => {
    const other = artifactFor({ commit: SHA_A, branch: 'develop' });
    await newStore().save(other, artifactKey(other));
    const result = await newStore().restore(query(SHA_A));
    expect(result).toEqual({ status: 'missing', cause: 'not-found', reason: expect.any(String) });
    const reason = result.status === 'missing' ? result.reason : '';
    expect(reason).toContain(
      `looked for '${baselineKey(query(SHA_A))}', then the newest key starting with 'perf-gate-1-load_api-main-'`,
    );
    expect(reason).toContain('or it was evicted');
    expect(reason).toContain("Run perf-gate on branch 'main' in baseline mode");
  });

  it('reports a second save of the same key as already saved, not as an error', async () => {
    const store = newStore();
    const artifact = artifactFor({ commit: SHA_A });
    const key = artifactKey(artifact);
    await store.save(artifact, key);
    expect(await store.save(artifactFor({ commit: SHA_A, timeMs: 5 }), key)).toEqual({
      status: 'already-saved',
      key,
      reason: expect.stringContaining('already holds'),
    });
    expect(service.finalizedEntries()).toHaveLength(1);
    expect(service.requests.filter((r) => r.path.endsWith('/CreateCacheEntry'))).toHaveLength(2);
  });

  it('is unavailable, quickly, when the cache service is down', async () => {
    await service.stop();
    const store = newStore();
    const started = performance.now();
    const result = await store.restore(query(SHA_A));
    const restoreMs = performance.now() - started;
    expect(result).toEqual({
      status: 'unavailable',
      reason: expect.stringMatching(
        /^the Actions cache service failed: Failed to GetCacheEntryDownloadURL: .*ECONNREFUSED/,
      ),
    });
    expect(restoreMs).toBeLessThan(2_000);
    const artifact = artifactFor({ commit: SHA_A });
    const saved = await store.save(artifact, artifactKey(artifact));
    expect(saved).toEqual({
      status: 'failed',
      key: artifactKey(artifact),
      reason: expect.stringMatching(/Failed to CreateCacheEntry: .*ECONNREFUSED/),
    });
    service = await LoopbackCacheService.start(); // for afterEach
  });

  it('is unavailable when the service refuses the token', async () => {
    service.faults.twirp = { status: 401, code: 'unauthenticated', msg: 'token expired' };
    expect(await newStore().restore(query(SHA_A))).toEqual({
      status: 'unavailable',
      reason: expect.stringContaining('(401) Unauthorized: token expired'),
    });
  });

  it('is unavailable when the archive download fails', async () => {
    const store = newStore();
    const artifact = artifactFor({ commit: SHA_A });
    await store.save(artifact, artifactKey(artifact));
    service.faults.download = { status: 500 };
    expect(await store.restore(query(SHA_A))).toEqual({
      status: 'unavailable',
      reason: expect.stringContaining('Cache service responded with 500'),
    });
  });

  it('reports an archive that cannot be extracted as unreadable', async () => {
    const store = newStore();
    const artifact = artifactFor({ commit: SHA_A });
    await store.save(artifact, artifactKey(artifact));
    service.faults.download = 'corrupt';
    expect(await store.restore(query(SHA_A))).toEqual({
      status: 'unreadable',
      key: artifactKey(artifact),
      reason: expect.stringMatching(/^cache entry '.+' could not be extracted: .*tar" failed with error/),
    });
  });

  it('reports an entry whose artifact is not valid, or missing, as unreadable', async () => {
    const garbageKey = baselineKey(query(SHA_A));
    await mkdir(directory, { recursive: true });
    await writeFile(join(directory, 'baseline.json'), 'this is not an artifact');
    await captureActionsLog(() => cache.saveCache([directory], garbageKey), { echo: false });
    expect(await newStore().restore(query(SHA_A))).toEqual({
      status: 'unreadable',
      key: garbageKey,
      reason: expect.stringMatching(/^baseline artifact in cache entry '.+': not JSON/),
    });

    const emptyKey = baselineKey(query(SHA_B));
    await rm(directory, { recursive: true, force: true });
    await mkdir(directory, { recursive: true });
    await writeFile(join(directory, 'something-else.txt'), 'x');
    await captureActionsLog(() => cache.saveCache([directory], emptyKey), { echo: false });
    expect(await newStore().restore(query(SHA_B))).toEqual({
      status: 'unreadable',
      key: emptyKey,
      reason: expect.stringContaining(`cache entry '${emptyKey}' was restored but holds no baseline.json`),
    });
  });

  it('fails a save whose upload is refused, with the reason', async () => {
    service.faults.upload = { status: 403 };
    const artifact = artifactFor({ commit: SHA_A });
    const result = await newStore().save(artifact, artifactKey(artifact));
    expect(result).toEqual({
      status: 'failed',
      key: artifactKey(artifact),
      reason: expect.stringContaining('the Actions cache did not save the baseline'),
    });
    expect(service.finalizedEntries()).toHaveLength(0);
  });

  it("follows the runner's cache mode: no writes under 'read', nothing at all under 'none'", async () => {
    const artifact = artifactFor({ commit: SHA_A });
    try {
      process.env.ACTIONS_CACHE_MODE = 'read';
      expect(await newStore().save(artifact, artifactKey(artifact))).toEqual({
        status: 'failed',
        key: artifactKey(artifact),
        reason: expect.stringContaining(
          "Cache save skipped: the effective cache-mode 'read' does not permit writes.",
        ),
      });
      process.env.ACTIONS_CACHE_MODE = 'none';
      expect(await newStore().restore(query(SHA_A))).toEqual({
        status: 'unavailable',
        reason: expect.stringContaining(
          "Cache restore skipped: the effective cache-mode 'none' does not permit reads.",
        ),
      });
      expect(service.requests).toEqual([]);
    } finally {
      delete process.env.ACTIONS_CACHE_MODE;
    }
  });

  it('is unavailable when the step has no cache service configured', async () => {
    delete process.env.ACTIONS_RESULTS_URL;
    try {
      const reason =
        'the GitHub Actions cache is not available to this step: ACTIONS_RESULTS_URL (cache service v2, with ' +
        'ACTIONS_CACHE_SERVICE_V2) or ACTIONS_CACHE_URL (v1) is not set. The runner provides them to JavaScript ' +
        'actions; outside GitHub Actions keep baselines in a directory instead.';
      const result = await newStore().restore(query(SHA_A));
      expect(result).toEqual({ status: 'unavailable', reason });
      const artifact = artifactFor({ commit: SHA_A });
      const key = artifactKey(artifact);
      expect(await newStore().save(artifact, key)).toEqual({ status: 'failed', key, reason });
      expect(service.requests).toEqual([]);
    } finally {
      useService(service);
    }
  });
});
