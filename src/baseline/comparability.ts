import type { LoadModel } from '../results/types.ts';
import type { EnvironmentFingerprint } from './environment.ts';
import type { MeasurementIdentity } from './identity.ts';

/**
 * incomparable: the two sides measured different workloads (script, load model, target rate): never compare.
 * environment: same workload, different machine or tooling: reported, and the caller turns it into an
 *   inconclusive verdict when `strict-environment` is on.
 * note: worth showing, never affects the verdict (e.g. another perf-gate version, a side that lacks a field).
 */
export type DifferenceEffect = 'incomparable' | 'environment' | 'note';

export interface Difference {
  /** what differs, e.g. 'cpu', 'script' */
  field: string;
  /** plain words, baseline first: "CPU: AMD EPYC 7763 (4 cores) vs Intel Xeon 8370C (2 cores)" */
  text: string;
  effect: DifferenceEffect;
}

export interface Comparability {
  /** incomparable first, then environment, then notes */
  differences: Difference[];
  incomparable: boolean;
  environmentDiffers: boolean;
}

/** Memory totals of identical runners differ by a few MB; only a real size difference is reported. */
const MEMORY_TOLERANCE = 0.05;

/** How differences are listed: incomparable first, then environment, then notes. */
const EFFECT_ORDER: Record<DifferenceEffect, number> = { incomparable: 0, environment: 1, note: 2 };

const LOAD_MODEL_WORDS: Record<LoadModel, string> = {
  open: 'open (arrival rate)',
  closed: 'closed (virtual users)',
  unknown: 'unknown',
};

export function compareIdentities(
  baseline: MeasurementIdentity,
  current: MeasurementIdentity,
): Comparability {
  const differences: Difference[] = [];
  const add = (field: string, text: string, effect: DifferenceEffect) =>
    differences.push({ field, text, effect });

  if (baseline.scriptHash !== current.scriptHash) {
    add(
      'script',
      `script: changed since the baseline (sha256 ${short(baseline.scriptHash)} vs ${short(current.scriptHash)})`,
      'incomparable',
    );
  }
  if (baseline.loadModel !== current.loadModel) {
    add(
      'loadModel',
      `load model: ${LOAD_MODEL_WORDS[baseline.loadModel]} vs ${LOAD_MODEL_WORDS[current.loadModel]}`,
      'incomparable',
    );
  }
  if (baseline.targetRate !== current.targetRate) {
    // A rate one side did not record is a reader limitation, not evidence of another workload.
    const bothKnown = baseline.targetRate !== undefined && current.targetRate !== undefined;
    add(
      'targetRate',
      `target rate: ${rate(baseline.targetRate)} vs ${rate(current.targetRate)}`,
      bothKnown ? 'incomparable' : 'note',
    );
  }
  if (baseline.engine !== current.engine) {
    add('engine', `engine: ${baseline.engine} vs ${current.engine}`, 'environment');
  } else if (baseline.engineVersion !== current.engineVersion) {
    const bothKnown = baseline.engineVersion !== undefined && current.engineVersion !== undefined;
    add(
      'engineVersion',
      `${baseline.engine} version: ${baseline.engineVersion ?? 'unknown'} vs ${current.engineVersion ?? 'unknown'}`,
      bothKnown ? 'environment' : 'note',
    );
  }
  environmentDifferences(baseline.environment, current.environment, add);
  if (baseline.perfGateVersion !== current.perfGateVersion) {
    add('perfGateVersion', `perf-gate: ${baseline.perfGateVersion} vs ${current.perfGateVersion}`, 'note');
  }

  differences.sort((a, b) => EFFECT_ORDER[a.effect] - EFFECT_ORDER[b.effect]);
  return {
    differences,
    incomparable: differences.some((d) => d.effect === 'incomparable'),
    environmentDiffers: differences.some((d) => d.effect === 'environment'),
  };
}

/** What makes the two sides incomparable, in plain words joined by '; ' (empty when they are comparable). */
export function incomparableText(comparability: Comparability): string {
  return comparability.differences
    .filter((d) => d.effect === 'incomparable')
    .map((d) => d.text)
    .join('; ');
}

function environmentDifferences(
  a: EnvironmentFingerprint,
  b: EnvironmentFingerprint,
  add: (field: string, text: string, effect: DifferenceEffect) => void,
): void {
  if (a.platform !== b.platform || a.arch !== b.arch) {
    add('os', `OS: ${a.platform} ${a.arch} vs ${b.platform} ${b.arch}`, 'environment');
  }
  if (a.cpuModel !== b.cpuModel || a.cpuCount !== b.cpuCount) {
    add('cpu', `CPU: ${cpu(a)} vs ${cpu(b)}`, 'environment');
  }
  const larger = Math.max(a.totalMemoryBytes, b.totalMemoryBytes);
  // two zero totals give 0 / 0 = NaN, which is not over the tolerance: no difference
  if (Math.abs(a.totalMemoryBytes - b.totalMemoryBytes) / larger > MEMORY_TOLERANCE) {
    add('memory', `memory: ${gib(a.totalMemoryBytes)} vs ${gib(b.totalMemoryBytes)}`, 'environment');
  }
  if (a.imageOs !== undefined && b.imageOs !== undefined && a.imageOs !== b.imageOs) {
    add('image', `runner image: ${a.imageOs} vs ${b.imageOs}`, 'environment');
  }
}

function cpu(env: EnvironmentFingerprint): string {
  return `${env.cpuModel} (${env.cpuCount} ${env.cpuCount === 1 ? 'core' : 'cores'})`;
}

function gib(bytes: number): string {
  return `${(bytes / 2 ** 30).toFixed(1)} GiB`;
}

function rate(value: number | undefined): string {
  return value === undefined ? 'unknown' : `${value} it/s`;
}

function short(hash: string): string {
  return hash.length > 12 ? `${hash.slice(0, 12)}…` : hash;
}
