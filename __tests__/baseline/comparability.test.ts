import { describe, expect, it } from 'vitest';
import { compareIdentities, incomparableText } from '../../src/baseline/comparability.ts';
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

describe('compareIdentities, difference by difference', () => {
  const env = (overrides: Partial<typeof LINUX_4_CORE>) => ({
    ...BASE,
    environment: { ...LINUX_4_CORE, ...overrides },
  });
  const differences = (current: MeasurementIdentity, baseline: MeasurementIdentity = BASE) =>
    compareIdentities(baseline, current).differences;

  it('names each difference by its field', () => {
    expect(
      differences({
        ...env({ arch: 'arm64', cpuCount: 1, totalMemoryBytes: 8 * 2 ** 30, imageOs: 'ubuntu22' }),
        engine: 'embedded',
        perfGateVersion: '0.2.0',
      }),
    ).toEqual([
      { field: 'engine', text: 'engine: k6 vs embedded', effect: 'environment' },
      { field: 'os', text: 'OS: linux x64 vs linux arm64', effect: 'environment' },
      {
        field: 'cpu',
        text: 'CPU: AMD EPYC 7763 64-Core Processor (4 cores) vs AMD EPYC 7763 64-Core Processor (1 core)',
        effect: 'environment',
      },
      { field: 'memory', text: 'memory: 16.0 GiB vs 8.0 GiB', effect: 'environment' },
      { field: 'image', text: 'runner image: ubuntu24 vs ubuntu22', effect: 'environment' },
      { field: 'perfGateVersion', text: 'perf-gate: 0.1.0 vs 0.2.0', effect: 'note' },
    ]);
  });

  it('another platform alone, or another CPU model alone, is another machine', () => {
    expect(differences(env({ platform: 'darwin' })).map((d) => d.text)).toEqual([
      'OS: linux x64 vs darwin x64',
    ]);
    expect(differences(env({ cpuModel: 'Ampere Altra' })).map((d) => d.field)).toEqual(['cpu']);
  });

  it('an engine version known on one side only is a note; unknown on both, nothing', () => {
    const { engineVersion: _, ...unversioned } = BASE;
    expect(differences(unversioned)).toEqual([
      { field: 'engineVersion', text: 'k6 version: v0.49.0 vs unknown', effect: 'note' },
    ]);
    expect(differences(BASE, unversioned)).toEqual([
      { field: 'engineVersion', text: 'k6 version: unknown vs v0.49.0', effect: 'note' },
    ]);
    expect(differences(unversioned, unversioned)).toEqual([]);
  });

  it('a target rate unrecorded by the baseline only is a note too', () => {
    const { targetRate: _, ...withoutRate } = BASE;
    expect(differences(BASE, withoutRate)).toEqual([
      { field: 'targetRate', text: 'target rate: unknown vs 100 it/s', effect: 'note' },
    ]);
  });

  it('an unknown load model is another workload, said in words', () => {
    expect(differences({ ...BASE, loadModel: 'unknown' })).toEqual([
      { field: 'loadModel', text: 'load model: open (arrival rate) vs unknown', effect: 'incomparable' },
    ]);
  });

  it('a runner image is compared only when both sides know it', () => {
    const { imageOs: _, ...noImage } = LINUX_4_CORE;
    expect(differences({ ...BASE, environment: noImage })).toEqual([]);
    expect(differences(BASE, { ...BASE, environment: noImage })).toEqual([]);
  });

  it('memory differs only beyond 5% of the larger total', () => {
    const memory = (a: number, b: number) =>
      differences(env({ totalMemoryBytes: b }), env({ totalMemoryBytes: a }));
    expect(memory(1000, 950)).toEqual([]);
    expect(memory(1000, 952)).toEqual([]);
    expect(memory(952, 1000)).toEqual([]);
    expect(memory(1000, 949).map((d) => d.field)).toEqual(['memory']);
    expect(memory(0, 0)).toEqual([]);
  });

  it('shows short script hashes whole and long ones cut to 12 characters', () => {
    expect(
      differences({ ...BASE, scriptHash: 'b'.repeat(12) }, { ...BASE, scriptHash: 'a'.repeat(13) })[0]?.text,
    ).toBe(`script: changed since the baseline (sha256 ${'a'.repeat(12)}… vs ${'b'.repeat(12)})`);
  });

  it('lists incomparable differences first, then environment ones, then notes', () => {
    const { targetRate: _, ...withoutRate } = BASE;
    const result = compareIdentities(BASE, {
      ...withoutRate,
      scriptHash: 'b'.repeat(64),
      engine: 'embedded',
      perfGateVersion: '0.2.0',
    });
    expect(result.differences.map((d) => [d.field, d.effect])).toEqual([
      ['script', 'incomparable'],
      ['engine', 'environment'],
      ['targetRate', 'note'],
      ['perfGateVersion', 'note'],
    ]);
    const reversed = compareIdentities(BASE, { ...withoutRate, engine: 'embedded' });
    expect(reversed.differences.map((d) => d.field)).toEqual(['engine', 'targetRate']);
  });

  it('says the sides differ in environment only for an environment difference, not a note', () => {
    expect(compareIdentities(BASE, { ...BASE, perfGateVersion: '0.2.0' })).toMatchObject({
      incomparable: false,
      environmentDiffers: false,
    });
  });
});

describe('incomparableText', () => {
  it('joins the incomparable differences only, in plain words', () => {
    const result = compareIdentities(BASE, {
      ...BASE,
      scriptHash: 'b'.repeat(64),
      loadModel: 'closed',
      engine: 'embedded',
    });
    expect(incomparableText(result)).toBe(
      'script: changed since the baseline (sha256 aaaaaaaaaaaa… vs bbbbbbbbbbbb…); load model: open (arrival rate) vs closed (virtual users)',
    );
    expect(incomparableText(compareIdentities(BASE, { ...BASE, engine: 'embedded' }))).toBe('');
  });
});
