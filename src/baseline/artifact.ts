import { gunzipSync, gzipSync } from 'node:zlib';
import { deserializeRun, serializeRun } from '../results/serialize.ts';
import type { RunResult } from '../results/types.ts';
import { headlineFigures } from '../stats/history-figures.ts';
import { withServiceHeadline } from '../stats/resources.ts';
import type { HistoryEntry } from '../stats/types.ts';
import { ARTIFACT_SCHEMA, artifactEnvelopeSchema, describeIssues } from './artifact-schema.ts';
import { compareIdentities, incomparableText } from './comparability.ts';
import type { EnvironmentFingerprint } from './environment.ts';
import { type MeasurementIdentity, measurementIdentity } from './identity.ts';

/** How many past baselines' headline figures an artifact carries. */
const DEFAULT_HISTORY_SIZE = 30;
/** Name of the artifact file inside a store entry. */
export const ARTIFACT_FILE = 'baseline.json';

/** One saved baseline: what was measured, on what, and the measurements themselves. */
export interface BaselineArtifact extends MeasurementIdentity {
  schema: typeof ARTIFACT_SCHEMA;
  commit: string;
  /** the full ref, e.g. refs/heads/main */
  ref: string;
  /** the branch name the baseline belongs to, e.g. main */
  branch: string;
  /** when the baseline was measured (epoch ms) */
  timeMs: number;
  scenarioId: string;
  runs: RunResult[];
  /** this baseline's own headline figures (becomes a history entry when the next baseline is saved) */
  headline: HistoryEntry['headline'];
  /** headline figures of earlier baselines, oldest first, newest last */
  history: HistoryEntry[];
}

export interface BuildArtifactInput {
  commit: string;
  ref: string;
  branch: string;
  timeMs: number;
  scenarioId: string;
  scriptHash: string;
  perfGateVersion: string;
  environment: EnvironmentFingerprint;
  runs: RunResult[];
  /** the baseline this one replaces, whose history (plus its own entry) is carried on */
  previous?: BaselineArtifact;
  historySize?: number;
}

export interface BuiltArtifact {
  artifact: BaselineArtifact;
  /** what happened to the history, in plain words (e.g. why it restarted) */
  notes: string[];
}

export function buildArtifact(input: BuildArtifactInput): BuiltArtifact {
  const identity = measurementIdentity(input);
  const { history, notes } = carryHistory(
    input.previous,
    identity,
    input.historySize ?? DEFAULT_HISTORY_SIZE,
  );
  const artifact: BaselineArtifact = {
    schema: ARTIFACT_SCHEMA,
    commit: input.commit,
    ref: input.ref,
    branch: input.branch,
    timeMs: input.timeMs,
    scenarioId: input.scenarioId,
    ...identity,
    runs: input.runs,
    headline: withServiceHeadline(headlineFigures(input.runs), input.runs),
    history,
  };
  return { artifact, notes };
}

/** The history entry a baseline contributes to its successor. */
export function historyEntryOf(artifact: BaselineArtifact): HistoryEntry {
  return {
    commit: artifact.commit,
    timeMs: artifact.timeMs,
    runs: artifact.runs.length,
    headline: artifact.headline,
  };
}

/**
 * previous history + previous baseline's own entry, trimmed to the newest `size`. Figures measured with a
 * different script or load model describe another workload, so an incomparable predecessor restarts the
 * history instead of polluting the between-job variance estimated from it.
 */
function carryHistory(
  previous: BaselineArtifact | undefined,
  identity: MeasurementIdentity,
  size: number,
): { history: HistoryEntry[]; notes: string[] } {
  if (!Number.isInteger(size) || size < 0)
    throw new Error(`history size must be a whole number ≥ 0, got ${size}`);
  if (previous === undefined)
    return { history: [], notes: ['no previous baseline: the history starts here'] };
  const comparability = compareIdentities(previous, identity);
  if (comparability.incomparable) {
    return {
      history: [],
      notes: [
        `history restarted: the previous baseline (${previous.commit}) is not comparable (${incomparableText(comparability)})`,
      ],
    };
  }
  const all = [...previous.history, historyEntryOf(previous)];
  const history = size === 0 ? [] : all.slice(-size);
  const dropped = all.length - history.length;
  return {
    history,
    notes: dropped > 0 ? [`history trimmed to the newest ${size} baselines (${dropped} dropped)`] : [],
  };
}

export function encodeArtifact(artifact: BaselineArtifact, options: { gzip?: boolean } = {}): Buffer {
  const { runs, ...rest } = artifact;
  const json = Buffer.from(JSON.stringify({ ...rest, runs: runs.map(serializeRun) }));
  return options.gzip === true ? gzipSync(json) : json;
}

/** An artifact that cannot be used; `reason` says why in plain words. */
export class UnreadableArtifactError extends Error {
  constructor(
    readonly source: string,
    readonly reason: string,
  ) {
    super(`baseline artifact ${source}: ${reason}`);
    this.name = 'UnreadableArtifactError';
  }
}

const GZIP_MAGIC = [0x1f, 0x8b];

/** Parses and validates an artifact (plain or gzipped JSON). Throws UnreadableArtifactError naming `source`. */
export function decodeArtifact(bytes: Uint8Array, source: string): BaselineArtifact {
  const fail = (reason: string): never => {
    throw new UnreadableArtifactError(source, reason);
  };
  let text: string;
  if (bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1]) {
    try {
      text = gunzipSync(bytes).toString('utf8');
    } catch (error) {
      return fail(`not valid gzip data (${(error as Error).message})`);
    }
  } else {
    text = Buffer.from(bytes).toString('utf8');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail(`not JSON (${(error as Error).message})`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return fail(
      `not a perf-gate baseline: expected a JSON object, got ${Array.isArray(json) ? 'an array' : typeof json}`,
    );
  }
  if (!('schema' in json)) return fail('not a perf-gate baseline: it has no `schema` field');
  const schema = (json as { schema: unknown }).schema;
  if (schema !== ARTIFACT_SCHEMA) {
    // Stryker disable next-line EqualityOperator: equivalent, schema is not ARTIFACT_SCHEMA here, so `>` and `>=` agree
    const newer = typeof schema === 'number' && schema > ARTIFACT_SCHEMA;
    return fail(
      `unknown schema version ${JSON.stringify(schema)} (this perf-gate reads version ${ARTIFACT_SCHEMA}` +
        `${newer ? '; it was written by a newer perf-gate: upgrade perf-gate to read it' : ''})`,
    );
  }
  const parsed = artifactEnvelopeSchema().safeParse(json);
  if (!parsed.success) return fail(describeIssues(parsed.error.issues));
  const envelope = parsed.data;
  const runs = envelope.runs.map((run, i) => {
    try {
      return deserializeRun(run);
    } catch (error) {
      return fail(`runs[${i}]: ${(error as Error).message}`);
    }
  });
  return { ...envelope, schema: ARTIFACT_SCHEMA, runs };
}
