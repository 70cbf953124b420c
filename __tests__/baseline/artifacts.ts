import {
  type BaselineArtifact,
  type BuildArtifactInput,
  buildArtifact,
} from '../../src/baseline/artifact.ts';
import { LINUX_4_CORE, makeRun } from './fixtures.ts';

export const SHA_A = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1';
export const SHA_B = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb2';
export const SHA_C = 'ccccccccccccccccccccccccccccccccccccccc3';
export const SCRIPT_HASH = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';

/** Input for a two-run baseline of scenario `load-api` on `main`, with the given fields replaced. */
export function buildInput(overrides: Partial<BuildArtifactInput> = {}): BuildArtifactInput {
  const branch = overrides.branch ?? 'main';
  return {
    commit: SHA_A,
    ref: `refs/heads/${branch}`,
    branch,
    timeMs: 1_750_000_000_000,
    scenarioId: 'load-api',
    scriptHash: SCRIPT_HASH,
    perfGateVersion: '0.1.0',
    environment: LINUX_4_CORE,
    runs: [makeRun({ seed: 1, targetRate: 100 }), makeRun({ seed: 2, targetRate: 100 })],
    ...overrides,
  };
}

export function artifactFor(overrides: Partial<BuildArtifactInput> = {}): BaselineArtifact {
  return buildArtifact(buildInput(overrides)).artifact;
}
