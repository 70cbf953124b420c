/** The release archive k6 publishes for one platform, e.g. `k6-v0.49.0-linux-amd64.tar.gz`. */
export interface K6ReleaseAsset {
  /** semver without the leading v, e.g. '0.49.0' */
  version: string;
  /** k6's platform suffix, e.g. 'linux-amd64' */
  platform: string;
  /** k6's architecture name ('amd64' | 'arm64'), also the tool-cache arch */
  arch: string;
  archive: string;
  format: 'tar.gz' | 'zip';
  /** the top-level directory inside the archive */
  directory: string;
  /** the executable's name inside that directory */
  binary: string;
  checksums: string;
}

const K6_PLATFORMS: Record<string, { os: string; format: 'tar.gz' | 'zip'; binary: string }> = {
  'linux/x64': { os: 'linux-amd64', format: 'tar.gz', binary: 'k6' },
  'linux/arm64': { os: 'linux-arm64', format: 'tar.gz', binary: 'k6' },
  'darwin/x64': { os: 'macos-amd64', format: 'zip', binary: 'k6' },
  'darwin/arm64': { os: 'macos-arm64', format: 'zip', binary: 'k6' },
  'win32/x64': { os: 'windows-amd64', format: 'zip', binary: 'k6.exe' },
};

const SEMVER = /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/;

/** 'v0.49.0' or '0.49.0' → '0.49.0'; anything else is refused with the accepted forms. */
export function normalizeK6Version(raw: string): string {
  const m = SEMVER.exec(raw.trim());
  if (!m) throw new Error(`k6 version '${raw}' is not a version like v0.49.0 (or 'latest')`);
  return m[1]!;
}

export function k6ReleaseAsset(
  version: string,
  platform: string = process.platform,
  arch: string = process.arch,
): K6ReleaseAsset {
  const target = K6_PLATFORMS[`${platform}/${arch}`];
  if (target === undefined) {
    throw new Error(
      `k6 publishes no release archive for platform '${platform}' with architecture '${arch}' ` +
        '(it has linux x64/arm64, darwin x64/arm64, win32 x64); install k6 yourself and pass its path (k6-path / --k6)',
    );
  }
  const v = normalizeK6Version(version);
  const directory = `k6-v${v}-${target.os}`;
  return {
    version: v,
    platform: target.os,
    arch: target.os.split('-')[1]!,
    archive: `${directory}.${target.format}`,
    format: target.format,
    directory,
    binary: target.binary,
    checksums: `k6-v${v}-checksums.txt`,
  };
}
