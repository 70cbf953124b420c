import { describe, expect, it } from 'vitest';
import { compareIdentities } from '../../src/baseline/comparability.ts';
import type { MeasurementIdentity } from '../../src/baseline/identity.ts';
import { LINUX_4_CORE } from './fixtures.ts';

const BASE: MeasurementIdentity = {
  scriptHash: 'a'.repeat(64),
  engine: 'k6',
  engineVersion: 'v0.49.0',
  loadModel: 'open',
  targetRate: 100,
  environment: LINUX_4_CORE,
  perfGateVersion: '0.1.0',
};

const XEON_2_CORE = {
  ...LINUX_4_CORE,
  cpuModel: 'Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz',
  cpuCount: 2,
  totalMemoryBytes: 7 * 2 ** 30,
};

describe('compareIdentities', () => {
  it('finds nothing to say about the same workload on the same kind of runner', () => {
    // Another runner of the same type: different kernel build and image version, a few MB less memory.
    const current = {
      ...BASE,
      environment: {
        ...LINUX_4_CORE,
        osRelease: '6.8.0-1020-azure',
        imageVersion: '20250112.1.0',
        totalMemoryBytes: LINUX_4_CORE.totalMemoryBytes - 50 * 2 ** 20,
      },
    };
    expect(compareIdentities(BASE, current)).toEqual({
      differences: [],
      incomparable: false,
      environmentDiffers: false,
    });
  });

  it('reports another machine in plain words, as an environment difference', () => {
    const result = compareIdentities(BASE, { ...BASE, environment: XEON_2_CORE });
    expect(result.incomparable).toBe(false);
    expect(result.environmentDiffers).toBe(true);
    expect(result.differences.map((d) => d.text)).toEqual([
      'CPU: AMD EPYC 7763 64-Core Processor (4 cores) vs Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz (2 cores)',
      'memory: 16.0 GiB vs 7.0 GiB',
    ]);
  });

  it('calls a changed script or load model incomparable, listed before environment differences', () => {
    const result = compareIdentities(BASE, {
      ...BASE,
      scriptHash: 'b'.repeat(64),
      loadModel: 'closed',
      engineVersion: 'v0.50.0',
    });
    expect(result.incomparable).toBe(true);
    expect(result.differences).toEqual([
      {
        field: 'script',
        text: 'script: changed since the baseline (sha256 aaaaaaaaaaaa… vs bbbbbbbbbbbb…)',
        effect: 'incomparable',
      },
      {
        field: 'loadModel',
        text: 'load model: open (arrival rate) vs closed (virtual users)',
        effect: 'incomparable',
      },
      { field: 'engineVersion', text: 'k6 version: v0.49.0 vs v0.50.0', effect: 'environment' },
    ]);
  });

  it('treats another target rate as another workload, but an unrecorded rate only as a note', () => {
    const other = compareIdentities(BASE, { ...BASE, targetRate: 200 });
    expect(other.incomparable).toBe(true);
    expect(other.differences[0]?.text).toBe('target rate: 100 it/s vs 200 it/s');
    const { targetRate: _, ...withoutRate } = BASE;
    const unknown = compareIdentities(BASE, withoutRate);
    expect(unknown.incomparable).toBe(false);
    expect(unknown.differences).toEqual([
      { field: 'targetRate', text: 'target rate: 100 it/s vs unknown', effect: 'note' },
    ]);
  });

  it('reports OS, runner image, engine and perf-gate version differences with their effects', () => {
    const result = compareIdentities(BASE, {
      ...BASE,
      engine: 'embedded',
      perfGateVersion: '0.2.0',
      environment: { ...LINUX_4_CORE, platform: 'darwin', arch: 'arm64', imageOs: 'macos14' },
    });
    expect(result.differences.map((d) => [d.effect, d.text])).toEqual([
      ['environment', 'engine: k6 vs embedded'],
      ['environment', 'OS: linux x64 vs darwin arm64'],
      ['environment', 'runner image: ubuntu24 vs macos14'],
      ['note', 'perf-gate: 0.1.0 vs 0.2.0'],
    ]);
  });
});
