import * as os from 'node:os';

/**
 * The machine a run was measured on. Cached baselines come from an earlier job, usually on another runner,
 * so the report says what differed (CPU model and count matter most for latency).
 */
export interface EnvironmentFingerprint {
  /** node's `os.platform()`: linux, darwin, win32 */
  platform: string;
  /** node's `os.arch()`: x64, arm64 */
  arch: string;
  /** kernel release (recorded, not compared: hosted runners update it every few weeks) */
  osRelease: string;
  cpuModel: string;
  cpuCount: number;
  totalMemoryBytes: number;
  /** from the Actions runner when present: RUNNER_OS (Linux, Windows, macOS), RUNNER_ARCH (X64, ARM64) */
  runnerOs?: string;
  runnerArch?: string;
  /** hosted runner image, e.g. ubuntu24 (ImageOS) and 20250105.1.0 (ImageVersion, recorded, not compared) */
  imageOs?: string;
  imageVersion?: string;
}

/** What `collectEnvironment` reads; tests pass their own. */
export interface EnvironmentSources {
  env: Record<string, string | undefined>;
  platform: () => string;
  arch: () => string;
  release: () => string;
  cpus: () => { model: string }[];
  totalmem: () => number;
}

const NODE_SOURCES: EnvironmentSources = {
  env: process.env,
  platform: os.platform,
  arch: os.arch,
  release: os.release,
  cpus: os.cpus,
  totalmem: os.totalmem,
};

export function collectEnvironment(sources: EnvironmentSources = NODE_SOURCES): EnvironmentFingerprint {
  const cpus = sources.cpus();
  const fingerprint: EnvironmentFingerprint = {
    platform: sources.platform(),
    arch: sources.arch(),
    osRelease: sources.release(),
    // Some virtualised hosts report no CPU list at all; say so rather than inventing a model.
    cpuModel: cpus[0]?.model.trim() || 'unknown',
    cpuCount: cpus.length,
    totalMemoryBytes: sources.totalmem(),
  };
  const optional = {
    runnerOs: sources.env.RUNNER_OS,
    runnerArch: sources.env.RUNNER_ARCH,
    imageOs: sources.env.ImageOS,
    imageVersion: sources.env.ImageVersion,
  };
  for (const [field, value] of Object.entries(optional)) {
    if (value !== undefined && value !== '') fingerprint[field as keyof typeof optional] = value;
  }
  return fingerprint;
}
