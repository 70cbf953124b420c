import { describe, expect, it } from 'vitest';
import { encodeArtifact } from '../../src/baseline/artifact.ts';
import { baselineKey } from '../../src/baseline/keys.ts';
import { interpretRestored, missingReason } from '../../src/baseline/store.ts';
import { artifactFor, SHA_A, SHA_B } from './artifacts.ts';

const query = { scenarioId: 'load-api', branch: 'main', sha: SHA_A };
const NOW = 1_750_000_100_000;

describe('interpretRestored', () => {
  it('an artifact under a key it cannot parse is the newest baseline, not the exact one', () => {
    const artifact = artifactFor({ commit: SHA_B, timeMs: 1_750_000_000_000 });
    expect(interpretRestored(query, 'legacy-key', encodeArtifact(artifact), 'x', NOW)).toMatchObject({
      status: 'found',
      key: 'legacy-key',
      exact: false,
      commit: SHA_B,
      ageMs: 100_000,
    });
  });

  it('matches the stored sha against the commit whatever its case and spacing', () => {
    const artifact = { ...artifactFor({ commit: SHA_A }), commit: ` ${SHA_A.toUpperCase()} ` };
    expect(interpretRestored(query, baselineKey(query), encodeArtifact(artifact), 'x', NOW)).toMatchObject({
      status: 'found',
      exact: true,
    });
  });

  it('an artifact of another scenario whose name shares the key segment is not used, and says why', () => {
    const artifact = artifactFor({ commit: SHA_A, scenarioId: 'load_api' });
    expect(interpretRestored(query, baselineKey(query), encodeArtifact(artifact), 'x', NOW)).toEqual({
      status: 'missing',
      cause: 'no-baseline-for-branch',
      reason:
        `the newest baseline under '${baselineKey(query)}' belongs to scenario 'load_api' on branch 'main', ` +
        "not scenario 'load-api' on 'main': the names differ only in punctuation, which cache keys cannot keep " +
        'apart. Give the scenario its own id (input scenario-id) to separate them.',
    });
  });

  it('bytes that are no artifact are unreadable, naming where they came from', () => {
    expect(interpretRestored(query, 'k', Buffer.from('nope'), 'in cache entry k', NOW)).toMatchObject({
      status: 'unreadable',
      key: 'k',
      reason: expect.stringMatching(/^baseline artifact in cache entry k: not JSON/),
    });
  });
});

describe('missingReason', () => {
  const create =
    "Run perf-gate on branch 'main' in baseline mode (a push to 'main' or a scheduled run does this by " +
    'default) to create one; until then comparisons are inconclusive.';

  it('says what is missing and what to do, per cause', () => {
    expect(missingReason(query, 'first-run', 'directory b')).toBe(
      `no baseline of scenario 'load-api' has been saved in directory b yet. ${create}`,
    );
    expect(missingReason(query, 'no-baseline-for-branch', 'directory b', ['dev', 'release'])).toBe(
      `directory b holds baselines of scenario 'load-api' for 'dev', 'release' but none for branch 'main'. ${create}`,
    );
    expect(missingReason(query, 'not-found', 'the GitHub Actions cache')).toBe(
      `no baseline of scenario 'load-api' for branch 'main' in the GitHub Actions cache (looked for ` +
        `'${baselineKey(query)}', then the newest key starting with 'perf-gate-1-load_api-main-'). Either none ` +
        'has been saved yet, or it was evicted (the Actions cache drops entries unused for 7 days, and the ' +
        `oldest ones when the repository's cache is full). ${create}`,
    );
  });
});
