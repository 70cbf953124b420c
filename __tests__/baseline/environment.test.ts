import { describe, expect, it } from 'vitest';
import { collectEnvironment, type EnvironmentSources } from '../../src/baseline/environment.ts';

const sources = (overrides: Partial<EnvironmentSources> = {}): EnvironmentSources => ({
  env: {},
  platform: () => 'linux',
  arch: () => 'x64',
  release: () => '6.8.0-1017-azure',
  cpus: () => Array.from({ length: 4 }, () => ({ model: 'AMD EPYC 7763 64-Core Processor   ' })),
  totalmem: () => 16_772_100_096,
  ...overrides,
});

describe('collectEnvironment', () => {
  it('records the machine, and the runner variables when the Actions runner set them', () => {
    const env = { RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64', ImageOS: 'ubuntu24', ImageVersion: '20250105.1.0' };
    expect(collectEnvironment(sources({ env }))).toEqual({
      platform: 'linux',
      arch: 'x64',
      osRelease: '6.8.0-1017-azure',
      cpuModel: 'AMD EPYC 7763 64-Core Processor',
      cpuCount: 4,
      totalMemoryBytes: 16_772_100_096,
      runnerOs: 'Linux',
      runnerArch: 'X64',
      imageOs: 'ubuntu24',
      imageVersion: '20250105.1.0',
    });
  });

  it('leaves runner fields out off Actions, and says "unknown" for a host that lists no CPUs', () => {
    const fingerprint = collectEnvironment(sources({ env: { RUNNER_OS: '' }, cpus: () => [] }));
    expect(fingerprint.cpuModel).toBe('unknown');
    expect(fingerprint.cpuCount).toBe(0);
    expect(Object.keys(fingerprint)).toEqual([
      'platform',
      'arch',
      'osRelease',
      'cpuModel',
      'cpuCount',
      'totalMemoryBytes',
    ]);
  });

  it('reads this machine by default', () => {
    const fingerprint = collectEnvironment();
    expect(fingerprint.platform).toBe(process.platform);
    expect(fingerprint.cpuCount).toBeGreaterThan(0);
  });
});
