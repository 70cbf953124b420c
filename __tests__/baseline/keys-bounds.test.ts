import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  baselineKeyPrefix,
  keySha,
  normaliseBranch,
  parseBaselineKey,
  scenarioKeyPrefix,
} from '../../src/baseline/keys.ts';

// The exact limits of key segments and shas, where an off-by-one would change or break a cache key.
/** The key segment a scenario id or a branch becomes, read from the prefix of a key that has it. */
const scenarioSegment = (id: string) =>
  baselineKeyPrefix({ scenarioId: id, branch: 'main' }).slice('perf-gate-1-'.length, -'-main-'.length);
const branchSegment = (branch: string) =>
  baselineKeyPrefix({ scenarioId: 's', branch }).slice('perf-gate-1-s-'.length, -1);
describe('baseline key limits', () => {
  it('keeps a segment of 100 characters whole and shortens one of 101 to 87 characters, _ and a 12-digit hash', () => {
    expect(scenarioSegment('y'.repeat(100))).toBe('y'.repeat(100));
    const long = `refs/heads/${'y'.repeat(101)}`;
    const hash = createHash('sha256').update('y'.repeat(101)).digest('hex').slice(0, 12);
    expect(branchSegment(long)).toBe(`${'y'.repeat(87)}_${hash}`);
  });

  it('drops refs/heads/ only at the start of a branch, and only from branches', () => {
    expect(normaliseBranch('refs/heads/main')).toBe('main');
    expect(normaliseBranch('x/refs/heads/main')).toBe('x/refs/heads/main');
    expect(scenarioSegment('refs/heads/main')).toBe('refs_heads_main');
    expect(branchSegment('__a--b__')).toBe('a_b');
  });

  it('takes shas of 7 to 64 hex digits', () => {
    expect(keySha('a'.repeat(64))).toBe('a'.repeat(64));
    expect(() => keySha('a'.repeat(65))).toThrow(
      `commit '${'a'.repeat(65)}' is not a hexadecimal commit sha`,
    );
    expect(() => keySha(`x${'a'.repeat(7)}`)).toThrow('is not a hexadecimal commit sha');
    expect(() => keySha(`${'a'.repeat(7)}x`)).toThrow('is not a hexadecimal commit sha');
  });

  it('the scenario prefix covers every branch of that scenario only', () => {
    expect(scenarioKeyPrefix('load/api')).toBe('perf-gate-1-load_api-');
    const unusable = "scenario id '///' has no letters or digits to build a cache key from";
    expect(() => scenarioKeyPrefix('///')).toThrow(unusable);
    expect(() => baselineKeyPrefix({ scenarioId: '///', branch: 'main' })).toThrow(unusable);
  });

  it('parses only whole keys', () => {
    const sha = 'abcdef1';
    expect(parseBaselineKey(`perf-gate-12-s.a-b_c-${sha}`)).toEqual({
      schema: 12,
      scenario: 's.a',
      branch: 'b_c',
      sha,
    });
    expect(parseBaselineKey(`x-perf-gate-1-s-b-${sha}`)).toBeUndefined();
    expect(parseBaselineKey(`perf-gate-1-s-b-${sha}-x`)).toBeUndefined();
    expect(parseBaselineKey(`perf-gate-1-s-b-${sha}`.replace(sha, 'abcdef'))).toBeUndefined();
  });
});
