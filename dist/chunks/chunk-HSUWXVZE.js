import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  ARTIFACT_SCHEMA,
  UnreadableArtifactError,
  decodeArtifact
} from "./chunk-7D5RIV7B.js";

// src/baseline/keys.ts
import { createHash } from "node:crypto";
var KEY_PREFIX = "perf-gate";
var MAX_SEGMENT = 100;
function normaliseBranch(branch) {
  return branch.replace(/^refs\/heads\//, "");
}
function keySegment(value, what) {
  const normalised = what === "branch" ? normaliseBranch(value) : value;
  const segment = normalised.replace(/[^A-Za-z0-9._]+/g, "_").replace(/^_+|_+$/g, "");
  if (segment === "")
    throw new Error(`${what} '${value}' has no letters or digits to build a cache key from`);
  if (segment.length <= MAX_SEGMENT) return segment;
  const hash = createHash("sha256").update(normalised).digest("hex").slice(0, 12);
  return `${segment.slice(0, MAX_SEGMENT - 13)}_${hash}`;
}
function keySha(sha) {
  const lower = sha.trim().toLowerCase();
  if (!/^[0-9a-f]{7,64}$/.test(lower)) throw new Error(`commit '${sha}' is not a hexadecimal commit sha`);
  return lower;
}
function baselineKeyPrefix(parts) {
  return `${KEY_PREFIX}-${ARTIFACT_SCHEMA}-${keySegment(parts.scenarioId, "scenario id")}-${keySegment(parts.branch, "branch")}-`;
}
function baselineKey(parts) {
  return `${baselineKeyPrefix(parts)}${keySha(parts.sha)}`;
}
function parseBaselineKey(key) {
  const match = /^perf-gate-(\d+)-([A-Za-z0-9._]+)-([A-Za-z0-9._]+)-([0-9a-f]{7,64})$/.exec(key);
  if (match === null) return void 0;
  const [, schema, scenario, branch, sha] = match;
  return { schema: Number(schema), scenario, branch, sha };
}

// src/baseline/store.ts
var ACTIONS_CACHE_DESCRIPTION = "the GitHub Actions cache";
function artifactKey(artifact) {
  return baselineKey({ scenarioId: artifact.scenarioId, branch: artifact.branch, sha: artifact.commit });
}
function assertKeyMatches(artifact, key) {
  const expected = artifactKey(artifact);
  if (key !== expected) {
    throw new Error(`baseline key '${key}' does not belong to this artifact (its key is '${expected}')`);
  }
}
function restoreKeysFor(query) {
  return { primary: baselineKey(query), prefix: baselineKeyPrefix(query) };
}
function interpretRestored(query, key, bytes, source, nowMs) {
  let artifact;
  try {
    artifact = decodeArtifact(bytes, source);
  } catch (error) {
    if (error instanceof UnreadableArtifactError) return { status: "unreadable", key, reason: error.message };
    throw error;
  }
  const storedSha = parseBaselineKey(key)?.sha;
  const exact = storedSha?.startsWith(keySha(query.sha)) ?? false;
  if (storedSha !== void 0 && storedSha !== artifact.commit.trim().toLowerCase()) {
    return {
      status: "unreadable",
      key,
      reason: `baseline artifact ${source}: stored under commit ${storedSha} but it says it measured ${artifact.commit}`
    };
  }
  const otherBranch = !exact && normaliseBranch(artifact.branch) !== normaliseBranch(query.branch);
  if (artifact.scenarioId !== query.scenarioId || otherBranch) {
    return {
      status: "missing",
      cause: "no-baseline-for-branch",
      reason: `the newest baseline under '${key}' belongs to scenario '${artifact.scenarioId}' on branch '${artifact.branch}', not scenario '${query.scenarioId}' on '${query.branch}': the names differ only in punctuation, which cache keys cannot keep apart. Give the scenario its own id (input scenario-id) to separate them.`
    };
  }
  return { status: "found", artifact, key, exact, commit: artifact.commit, ageMs: nowMs - artifact.timeMs };
}
function missingReason(query, cause, where, otherBranches = []) {
  const { primary, prefix } = restoreKeysFor(query);
  const create = `Run perf-gate on branch '${query.branch}' in baseline mode (a push to '${query.branch}' or a scheduled run does this by default) to create one; until then comparisons are inconclusive.`;
  switch (cause) {
    case "first-run":
      return `no baseline of scenario '${query.scenarioId}' has been saved in ${where} yet. ${create}`;
    case "no-baseline-for-branch":
      return `${where} holds baselines of scenario '${query.scenarioId}' for ${otherBranches.map((b) => `'${b}'`).join(", ")} but none for branch '${query.branch}'. ${create}`;
    case "not-found":
      return `no baseline of scenario '${query.scenarioId}' for branch '${query.branch}' in ${where} (looked for '${primary}', then the newest key starting with '${prefix}'). Either none has been saved yet, or it was evicted (the Actions cache drops entries unused for 7 days, and the oldest ones when the repository's cache is full). ${create}`;
  }
}

export {
  ACTIONS_CACHE_DESCRIPTION,
  artifactKey,
  assertKeyMatches,
  restoreKeysFor,
  interpretRestored,
  missingReason
};
