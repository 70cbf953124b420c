import { createHash } from 'node:crypto';
import { ARTIFACT_SCHEMA } from './artifact-schema.ts';

/**
 * Store keys: `perf-gate-<schema>-<scenario>-<branch>-<sha>`.
 *
 * `-` only ever separates the parts: the scenario id and branch are sanitised to letters, digits, `.` and
 * `_`. Otherwise the restore prefix of branch `main` (`…-main-`) would also match the keys of a branch
 * called `main-x`, and scenario `api` on branch `v2-x` would collide with scenario `api-v2` on branch `x`.
 * The price: branches that differ only in punctuation (`feat/a-b`, `feat-a_b`) share a key segment, so a
 * restored artifact's own branch name is checked against the one asked for (see `store.ts`).
 */

export interface BaselineKeyParts {
  scenarioId: string;
  branch: string;
  sha: string;
}

const KEY_PREFIX = 'perf-gate';
/** Keeps keys well under the cache service's 512-character limit. */
const MAX_SEGMENT = 100;

/** `refs/heads/main` and `main` name the same branch. */
export function normaliseBranch(branch: string): string {
  return branch.replace(/^refs\/heads\//, '');
}

/** A scenario id or branch as it appears in a key. Throws when nothing usable is left. */
function keySegment(value: string, what: 'scenario id' | 'branch'): string {
  const normalised = what === 'branch' ? normaliseBranch(value) : value;
  const segment = normalised.replace(/[^A-Za-z0-9._]+/g, '_').replace(/^_+|_+$/g, '');
  if (segment === '')
    throw new Error(`${what} '${value}' has no letters or digits to build a cache key from`);
  if (segment.length <= MAX_SEGMENT) return segment;
  // Long names keep a readable head and a hash of the whole, so two long names never share a segment.
  const hash = createHash('sha256').update(normalised).digest('hex').slice(0, 12);
  return `${segment.slice(0, MAX_SEGMENT - 13)}_${hash}`;
}

/** A commit id: lower-case hex, 7 (abbreviated) to 64 (sha256 repositories) characters. */
export function keySha(sha: string): string {
  const lower = sha.trim().toLowerCase();
  if (!/^[0-9a-f]{7,64}$/.test(lower)) throw new Error(`commit '${sha}' is not a hexadecimal commit sha`);
  return lower;
}

/** The restore-keys prefix of every baseline of a scenario on a branch. */
export function baselineKeyPrefix(parts: Omit<BaselineKeyParts, 'sha'>): string {
  return `${KEY_PREFIX}-${ARTIFACT_SCHEMA}-${keySegment(parts.scenarioId, 'scenario id')}-${keySegment(parts.branch, 'branch')}-`;
}

export function baselineKey(parts: BaselineKeyParts): string {
  return `${baselineKeyPrefix(parts)}${keySha(parts.sha)}`;
}

/** The prefix shared by every baseline of a scenario, on any branch. */
export function scenarioKeyPrefix(scenarioId: string): string {
  return `${KEY_PREFIX}-${ARTIFACT_SCHEMA}-${keySegment(scenarioId, 'scenario id')}-`;
}

/** Splits a key this module built; undefined for anything else (another schema, a foreign file). */
export function parseBaselineKey(
  key: string,
): { schema: number; scenario: string; branch: string; sha: string } | undefined {
  const match = /^perf-gate-(\d+)-([A-Za-z0-9._]+)-([A-Za-z0-9._]+)-([0-9a-f]{7,64})$/.exec(key);
  if (match === null) return undefined;
  const [, schema, scenario, branch, sha] = match as unknown as [string, string, string, string, string];
  return { schema: Number(schema), scenario, branch, sha };
}
