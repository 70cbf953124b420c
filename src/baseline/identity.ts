import { createHash } from 'node:crypto';
import type { EngineName, LoadModel, RunResult } from '../results/types.ts';
import type { EnvironmentFingerprint } from './environment.ts';

/**
 * What a measurement was made with. A baseline records it, the current run has it too, and
 * `compareIdentities` says whether the two can be compared.
 */
export interface MeasurementIdentity {
  /** sha256 (hex) of the script or scenario file's content */
  scriptHash: string;
  engine: EngineName;
  /** k6 version or embedded engine version, when known */
  engineVersion?: string;
  loadModel: LoadModel;
  /** open model: target arrival rate (iterations/s), when known */
  targetRate?: number;
  environment: EnvironmentFingerprint;
  perfGateVersion: string;
}

export function hashScript(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/**
 * The identity of a set of repeats. Repeats of one measurement share engine, version and load model; runs
 * that disagree were not one measurement, and that is a caller bug worth stopping on.
 */
export function measurementIdentity(input: {
  runs: RunResult[];
  scriptHash: string;
  environment: EnvironmentFingerprint;
  perfGateVersion: string;
}): MeasurementIdentity {
  const { runs } = input;
  const first = runs[0];
  if (first === undefined) throw new Error('a measurement needs at least one run, got none');
  const agreed = <T>(what: string, value: (run: RunResult) => T): T => {
    const values = [...new Set(runs.map(value))];
    if (values.length > 1) {
      throw new Error(`the runs of one measurement disagree on ${what}: ${values.map(String).join(' vs ')}`);
    }
    return values[0] as T;
  };
  const identity: MeasurementIdentity = {
    scriptHash: input.scriptHash,
    engine: agreed('engine', (r) => r.engine),
    loadModel: agreed('load model', (r) => r.loadModel),
    environment: input.environment,
    perfGateVersion: input.perfGateVersion,
  };
  const engineVersion = agreed('engine version', (r) => r.engineVersion);
  if (engineVersion !== undefined) identity.engineVersion = engineVersion;
  const targetRate = agreed('target rate', (r) => r.targetRate);
  if (targetRate !== undefined) identity.targetRate = targetRate;
  return identity;
}
