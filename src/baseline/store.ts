import { type BaselineArtifact, decodeArtifact, UnreadableArtifactError } from './artifact.ts';
import { baselineKey, baselineKeyPrefix, keySha, normaliseBranch, parseBaselineKey } from './keys.ts';

export interface RestoreQuery {
  scenarioId: string;
  branch: string;
  /** the commit whose baseline is preferred (a PR's base commit) */
  sha: string;
}

/**
 * first-run: the store has never held a baseline of this scenario.
 * no-baseline-for-branch: it has baselines of the scenario, but not for this branch.
 * not-found: the store cannot tell those apart from an evicted entry (the Actions cache).
 */
export type MissingCause = 'first-run' | 'no-baseline-for-branch' | 'not-found';

/** None of these throws: the Action turns every case but `found` into a neutral check. */
export type RestoreResult =
  | {
      status: 'found';
      artifact: BaselineArtifact;
      key: string;
      /** true when the baseline is of the asked-for commit; false for the newest baseline of the branch */
      exact: boolean;
      commit: string;
      /** now − the artifact's measurement time */
      ageMs: number;
    }
  | { status: 'missing'; cause: MissingCause; reason: string }
  | { status: 'unavailable'; reason: string }
  | { status: 'unreadable'; key: string; reason: string };

/** Keys are immutable: saving a key twice reports `already-saved`, which is not an error. */
export type SaveResult =
  | { status: 'saved'; key: string }
  | { status: 'already-saved'; key: string; reason: string }
  | { status: 'failed'; key: string; reason: string };

/** How reports name the GitHub Actions cache store (kept here so it is known before the cache loads). */
export const ACTIONS_CACHE_DESCRIPTION = 'the GitHub Actions cache';

export interface BaselineStore {
  /** where baselines live, for reports: "the GitHub Actions cache", "directory ./baselines" */
  readonly description: string;
  restore(query: RestoreQuery): Promise<RestoreResult>;
  save(artifact: BaselineArtifact, key: string): Promise<SaveResult>;
}

/** The key an artifact is saved under. */
export function artifactKey(artifact: BaselineArtifact): string {
  return baselineKey({ scenarioId: artifact.scenarioId, branch: artifact.branch, sha: artifact.commit });
}

/** Stores call this before saving: an artifact under another artifact's key could never be restored. */
export function assertKeyMatches(artifact: BaselineArtifact, key: string): void {
  const expected = artifactKey(artifact);
  if (key !== expected) {
    throw new Error(`baseline key '${key}' does not belong to this artifact (its key is '${expected}')`);
  }
}

export function restoreKeysFor(query: RestoreQuery): { primary: string; prefix: string } {
  return { primary: baselineKey(query), prefix: baselineKeyPrefix(query) };
}

/**
 * Turns the bytes a store found under `key` into a result. A branch-newest match whose artifact belongs to
 * another scenario or branch (names that differ only in punctuation share a key segment) is not used.
 */
export function interpretRestored(
  query: RestoreQuery,
  key: string,
  bytes: Uint8Array,
  source: string,
  nowMs: number,
): RestoreResult {
  let artifact: BaselineArtifact;
  try {
    artifact = decodeArtifact(bytes, source);
  } catch (error) {
    // Stryker disable next-line ConditionalExpression: equivalent, decodeArtifact reports every problem as an UnreadableArtifactError
    if (error instanceof UnreadableArtifactError) return { status: 'unreadable', key, reason: error.message };
    throw error;
  }
  const storedSha = parseBaselineKey(key)?.sha;
  const exact = storedSha?.startsWith(keySha(query.sha)) ?? false;
  if (storedSha !== undefined && storedSha !== artifact.commit.trim().toLowerCase()) {
    return {
      status: 'unreadable',
      key,
      reason: `baseline artifact ${source}: stored under commit ${storedSha} but it says it measured ${artifact.commit}`,
    };
  }
  // The key matched, so the names share their key segments; the artifact knows the real names.
  const otherBranch = !exact && normaliseBranch(artifact.branch) !== normaliseBranch(query.branch);
  if (artifact.scenarioId !== query.scenarioId || otherBranch) {
    return {
      status: 'missing',
      cause: 'no-baseline-for-branch',
      reason:
        `the newest baseline under '${key}' belongs to scenario '${artifact.scenarioId}' on branch '${artifact.branch}', ` +
        `not scenario '${query.scenarioId}' on '${query.branch}': the names differ only in punctuation, which cache ` +
        'keys cannot keep apart. Give the scenario its own id (input scenario-id) to separate them.',
    };
  }
  return { status: 'found', artifact, key, exact, commit: artifact.commit, ageMs: nowMs - artifact.timeMs };
}

/** Words for a miss, saying what to do next. */
export function missingReason(
  query: RestoreQuery,
  cause: MissingCause,
  where: string,
  // Stryker disable next-line ArrayDeclaration: equivalent, only cause no-baseline-for-branch reads it, and its caller always passes it
  otherBranches: string[] = [],
): string {
  const { primary, prefix } = restoreKeysFor(query);
  const create =
    `Run perf-gate on branch '${query.branch}' in baseline mode (a push to '${query.branch}' or a scheduled run ` +
    'does this by default) to create one; until then comparisons are inconclusive.';
  switch (cause) {
    case 'first-run':
      return `no baseline of scenario '${query.scenarioId}' has been saved in ${where} yet. ${create}`;
    case 'no-baseline-for-branch':
      return (
        `${where} holds baselines of scenario '${query.scenarioId}' for ${otherBranches.map((b) => `'${b}'`).join(', ')} ` +
        `but none for branch '${query.branch}'. ${create}`
      );
    case 'not-found':
      return (
        `no baseline of scenario '${query.scenarioId}' for branch '${query.branch}' in ${where} ` +
        `(looked for '${primary}', then the newest key starting with '${prefix}'). Either none has been saved yet, ` +
        'or it was evicted (the Actions cache drops entries unused for 7 days, and the oldest ones when the ' +
        `repository's cache is full). ${create}`
      );
  }
}
