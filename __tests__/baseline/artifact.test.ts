import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  type BaselineArtifact,
  buildArtifact,
  decodeArtifact,
  encodeArtifact,
  historyEntryOf,
  UnreadableArtifactError,
} from '../../src/baseline/artifact.ts';
import { describeIssues } from '../../src/baseline/artifact-schema.ts';
import type { RunResult } from '../../src/results/types.ts';
import type { HistoryEntry } from '../../src/stats/types.ts';
import { artifactFor, buildInput, SCRIPT_HASH, SHA_A, SHA_B } from './artifacts.ts';
import { LINUX_4_CORE, makeRun } from './fixtures.ts';

/** A run as plain data (maps as entries, histograms as their JSON), for deep comparison. */
function plainRun(run: RunResult): unknown {
  const series = (map: RunResult['series']) =>
    [...map.values()].map((s) => ({
      ...s,
      latency: s.latency.toJSON(),
      seconds: [...s.seconds].map(([second, b]) => [second, { ...b, latency: b.latency.toJSON() }]),
    }));
  return { ...run, series: series(run.series), lifecycle: series(run.lifecycle) };
}

function plainArtifact(artifact: BaselineArtifact): unknown {
  return { ...artifact, runs: artifact.runs.map(plainRun) };
}

const bytesOf = (json: unknown) => Buffer.from(JSON.stringify(json));

function encodedJson(artifact: BaselineArtifact): Record<string, unknown> {
  return JSON.parse(encodeArtifact(artifact).toString('utf8')) as Record<string, unknown>;
}

describe('baseline artifact', () => {
  it('records what was measured and how, with its headline figures', () => {
    const artifact = artifactFor();
    expect(artifact).toMatchObject({
      schema: 1,
      commit: SHA_A,
      ref: 'refs/heads/main',
      branch: 'main',
      scenarioId: 'load-api',
      scriptHash: SCRIPT_HASH,
      engine: 'k6',
      engineVersion: 'v0.49.0',
      loadModel: 'open',
      targetRate: 100,
      environment: LINUX_4_CORE,
      perfGateVersion: '0.1.0',
      history: [],
    });
    expect(artifact.runs).toHaveLength(2);
    expect(Object.keys(artifact.headline).sort()).toEqual(['default › GET /orders', 'default › GET /users']);
  });

  it.each([
    ['plain', false],
    ['gzipped', true],
  ])('survives an encode/decode round trip %s, histograms included', (_, gzip) => {
    const previous = artifactFor({ commit: SHA_A, timeMs: 1_000 });
    const artifact = artifactFor({ commit: SHA_B, timeMs: 2_000, previous });
    const bytes = encodeArtifact(artifact, { gzip });
    expect(bytes[0] === 0x1f && bytes[1] === 0x8b).toBe(gzip);
    const decoded = decodeArtifact(bytes, 'round-trip');
    expect(plainArtifact(decoded)).toEqual(plainArtifact(artifact));
    const users = decoded.runs[0]?.series.get('default › GET /users');
    const original = artifact.runs[0]?.series.get('default › GET /users');
    expect(users?.latency.quantile(0.99)).toBe(original?.latency.quantile(0.99));
    expect(users?.seconds.size).toBe(10);
  });

  it('carries history: the previous history plus the previous baseline, newest last, trimmed to N', () => {
    const old: HistoryEntry[] = Array.from({ length: 30 }, (_, i) => ({
      commit: `old${i}`,
      timeMs: i,
      runs: 2,
      headline: { s: { p50: i } },
    }));
    const previous = { ...artifactFor({ commit: SHA_A, timeMs: 100 }), history: old };
    const { artifact, notes } = buildArtifact(
      buildInput({ commit: SHA_B, timeMs: 200, runs: [makeRun({ seed: 3, targetRate: 100 })], previous }),
    );
    expect(artifact.history).toHaveLength(30);
    expect(artifact.history[0]?.commit).toBe('old1');
    expect(artifact.history.at(-1)).toEqual(historyEntryOf(previous));
    expect(artifact.history.at(-1)).toMatchObject({ commit: SHA_A, timeMs: 100, runs: 2 });
    expect(notes).toEqual(['history trimmed to the newest 30 baselines (1 dropped)']);
  });

  it('restarts the history when the previous baseline measured another workload', () => {
    const previous = { ...artifactFor({ commit: SHA_A }), scriptHash: 'f'.repeat(64) };
    const { artifact, notes } = buildArtifact(buildInput({ commit: SHA_B, previous, historySize: 5 }));
    expect(artifact.history).toEqual([]);
    expect(notes).toEqual([
      `history restarted: the previous baseline (${SHA_A}) is not comparable (script: changed since the baseline (sha256 ffffffffffff… vs 9f86d081884c…))`,
    ]);
  });

  it('keeps no history with a history size of 0, and refuses a size that is not a whole number ≥ 0', () => {
    const previous = artifactFor({ commit: SHA_A });
    const { artifact, notes } = buildArtifact(buildInput({ commit: SHA_B, previous, historySize: 0 }));
    expect(artifact.history).toEqual([]);
    expect(notes).toEqual(['history trimmed to the newest 0 baselines (1 dropped)']);
    expect(buildArtifact(buildInput({ commit: SHA_B, previous, historySize: 1 })).artifact.history).toEqual([
      historyEntryOf(previous),
    ]);
    for (const size of [-1, 1.5]) {
      expect(() => buildArtifact(buildInput({ previous, historySize: size }))).toThrow(
        `history size must be a whole number ≥ 0, got ${size}`,
      );
    }
  });

  it('refuses runs that are not one measurement', () => {
    expect(() =>
      buildArtifact(buildInput({ runs: [makeRun({ loadModel: 'open' }), makeRun({ loadModel: 'closed' })] })),
    ).toThrow('the runs of one measurement disagree on load model: open vs closed');
  });
});

describe('decodeArtifact reads', () => {
  it.each(['closed', 'unknown'] as const)('a baseline of the %s load model', (loadModel) => {
    const runs = [makeRun({ seed: 1, loadModel }), makeRun({ seed: 2, loadModel })];
    const artifact = artifactFor({ runs });
    expect(decodeArtifact(encodeArtifact(artifact), 'x').loadModel).toBe(loadModel);
  });
});

describe('describeIssues', () => {
  it('words a problem of the whole document without a field', () => {
    expect(describeIssues([{ code: 'custom', path: [], message: 'not a baseline', input: 1 }])).toBe(
      'not a baseline',
    );
    // only a value of the wrong type that is undefined is a missing field
    expect(
      describeIssues([
        { code: 'custom', path: ['runs', 0], message: 'no, received undefined', input: undefined },
      ]),
    ).toBe('field `runs.0`: no, received undefined');
  });
});

describe('decodeArtifact refuses', () => {
  const decodeError = (bytes: Uint8Array): UnreadableArtifactError => {
    try {
      decodeArtifact(bytes, 'cache entry perf-gate-1-x');
    } catch (error) {
      expect(error).toBeInstanceOf(UnreadableArtifactError);
      return error as UnreadableArtifactError;
    }
    throw new Error('decodeArtifact accepted bad input');
  };

  it('bytes that are not JSON, naming the source', () => {
    const error = decodeError(Buffer.from('<html>rate limited</html>'));
    expect(error.name).toBe('UnreadableArtifactError');
    expect(error.message).toMatch(/^baseline artifact cache entry perf-gate-1-x: not JSON \(.+\)$/);
    expect(error.source).toBe('cache entry perf-gate-1-x');
  });

  it('gzip magic followed by garbage', () => {
    expect(decodeError(Buffer.from([0x1f, 0x8b, 1, 2, 3, 4])).reason).toMatch(/^not valid gzip data \(.+\)$/);
  });

  it('bytes that begin like gzip in one byte only, as plain text', () => {
    expect(decodeError(Buffer.from([0x1f, 0x7b, 0x7d])).reason).toMatch(/^not JSON/);
    expect(decodeError(Buffer.from([0x20, 0x8b, 0x7b])).reason).toMatch(/^not JSON/);
  });

  it('gzipped bytes that are not JSON', () => {
    expect(decodeError(gzipSync('nope')).reason).toMatch(/^not JSON/);
  });

  it('JSON that is not an artifact', () => {
    expect(decodeError(bytesOf([1, 2])).reason).toBe(
      'not a perf-gate baseline: expected a JSON object, got an array',
    );
    for (const [json, got] of [
      ['null', 'object'],
      ['"text"', 'string'],
      ['42', 'number'],
    ]) {
      expect(decodeError(Buffer.from(json as string)).reason).toBe(
        `not a perf-gate baseline: expected a JSON object, got ${got}`,
      );
    }
    expect(decodeError(bytesOf({ commit: SHA_A })).reason).toBe(
      'not a perf-gate baseline: it has no `schema` field',
    );
  });

  it('an unknown schema version, saying which', () => {
    const json = { ...encodedJson(artifactFor()), schema: 2 };
    expect(decodeError(bytesOf(json)).reason).toBe(
      'unknown schema version 2 (this perf-gate reads version 1; it was written by a newer perf-gate: upgrade perf-gate to read it)',
    );
    expect(decodeError(bytesOf({ schema: 'one' })).reason).toBe(
      'unknown schema version "one" (this perf-gate reads version 1)',
    );
    // an older version, or a newer one written as a string, is not said to come from a newer perf-gate
    expect(decodeError(bytesOf({ schema: 0 })).reason).toBe(
      'unknown schema version 0 (this perf-gate reads version 1)',
    );
    expect(decodeError(bytesOf({ schema: '2' })).reason).toBe(
      'unknown schema version "2" (this perf-gate reads version 1)',
    );
  });

  it('missing and mistyped fields, all of them at once', () => {
    const json = encodedJson(artifactFor());
    delete json.commit;
    (json.environment as Record<string, unknown>).cpuCount = undefined;
    json.loadModel = 'ramping';
    const reason = decodeError(bytesOf(json)).reason;
    expect(reason).toContain('missing field `commit`');
    expect(reason).toContain('missing field `environment.cpuCount`');
    expect(reason).toMatch(/field `loadModel`: .*"open"\|"closed"\|"unknown"/);
  });

  it('a field of the wrong type as mistyped, not missing, each problem apart', () => {
    const json = { ...encodedJson(artifactFor()), commit: 5, timeMs: 'now' };
    expect(decodeError(bytesOf(json)).reason).toBe(
      'field `commit`: Invalid input: expected string, received number; ' +
        'field `timeMs`: Invalid input: expected number, received string',
    );
  });

  it('a run the run decoder rejects, naming which', () => {
    const json = encodedJson(artifactFor());
    (json.runs as unknown[])[1] = { nonsense: true };
    expect(decodeError(bytesOf(json)).reason).toMatch(/^runs\[1\]: not a perf-gate run: expected "format"/);
  });
});
