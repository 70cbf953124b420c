import { describe, expect, it } from 'vitest';
import { baselineKey, baselineKeyPrefix, keySha, parseBaselineKey } from '../../src/baseline/keys.ts';

const SHA = '0123456789abcdef0123456789abcdef01234567';

describe('baseline keys', () => {
  it('builds perf-gate-<schema>-<scenario>-<branch>-<sha> with sanitised parts', () => {
    expect(baselineKey({ scenarioId: 'load-api', branch: 'feature/new-ui', sha: SHA.toUpperCase() })).toBe(
      `perf-gate-1-load_api-feature_new_ui-${SHA}`,
    );
    expect(baselineKeyPrefix({ scenarioId: 'load-api', branch: 'refs/heads/main' })).toBe(
      'perf-gate-1-load_api-main-',
    );
  });

  it('keeps the branch prefix from matching a longer branch name or another scenario', () => {
    const mainPrefix = baselineKeyPrefix({ scenarioId: 'api', branch: 'main' });
    expect(baselineKey({ scenarioId: 'api', branch: 'main-x', sha: SHA }).startsWith(mainPrefix)).toBe(false);
    expect(baselineKey({ scenarioId: 'api', branch: 'main', sha: SHA }).startsWith(mainPrefix)).toBe(true);
    expect(baselineKey({ scenarioId: 'api', branch: 'v2-x', sha: SHA })).not.toBe(
      baselineKey({ scenarioId: 'api-v2', branch: 'x', sha: SHA }),
    );
  });

  it('never puts a comma (refused by the cache service) or a path separator into a key', () => {
    const key = baselineKey({ scenarioId: 'a,b', branch: 'release/1,2\\x', sha: SHA });
    expect(key).toBe(`perf-gate-1-a_b-release_1_2_x-${SHA}`);
  });

  it('shortens long names to a readable head plus a hash, so two long names stay apart', () => {
    const long = 'x'.repeat(150);
    const branchSegment = (branch: string) =>
      parseBaselineKey(baselineKey({ scenarioId: 'api', branch, sha: SHA }))?.branch ?? '';
    const a = branchSegment(`${long}-a`);
    const b = branchSegment(`${long}-b`);
    expect(a.length).toBeLessThanOrEqual(100);
    expect(a).not.toBe(b);
    expect(a.startsWith('x'.repeat(80))).toBe(true);
    expect(baselineKey({ scenarioId: long, branch: long, sha: SHA }).length).toBeLessThan(512);
  });

  it('refuses names with nothing usable and commits that are not hex shas', () => {
    expect(() => baselineKey({ scenarioId: 'api', branch: '///', sha: SHA })).toThrow(
      "branch '///' has no letters or digits to build a cache key from",
    );
    expect(() => keySha('main')).toThrow("commit 'main' is not a hexadecimal commit sha");
    expect(() => keySha('abc12')).toThrow('not a hexadecimal commit sha');
    expect(keySha(' ABCDEF1 ')).toBe('abcdef1');
  });

  it('parses the keys it builds and nothing else', () => {
    expect(parseBaselineKey(baselineKey({ scenarioId: 'load-api', branch: 'main', sha: SHA }))).toEqual({
      schema: 1,
      scenario: 'load_api',
      branch: 'main',
      sha: SHA,
    });
    expect(parseBaselineKey('node-cache-Linux-abc')).toBeUndefined();
    expect(parseBaselineKey(`perf-gate-1-a-b-c-${SHA}`)).toBeUndefined();
  });
});
