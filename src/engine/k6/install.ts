import { constants } from 'node:fs';
import { access, chmod, readFile, rm, stat } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tc from '@actions/tool-cache';
import type { EngineLogger } from '../logger.ts';
import { verifySha256 } from './checksum.ts';
import { type K6ReleaseAsset, k6ReleaseAsset, normalizeK6Version } from './platform.ts';
import { resolveLatestK6Version } from './releases.ts';

/**
 * The k6 version used when none is asked for. v2.3.0 is the newest release the material at hand confirms:
 * its release notes (grafana/k6 `release notes/v2.3.0.md`), the version bump merged on release day (#6417),
 * and public scripts downloading `k6-v2.3.0-linux-amd64.tar.gz` / `-windows-amd64.zip`. The recorded fixtures
 * are v0.49.0; the NDJSON line shape is the same from v0.41 to v2.x (see the fixtures' README).
 */
const DEFAULT_K6_VERSION = '2.3.0';
const DEFAULT_K6_DOWNLOAD_URL = 'https://github.com/grafana/k6/releases/download';
const TOOL_NAME = 'k6';

export interface InstallK6Options {
  /** 'latest', 'v0.49.0' or '0.49.0'; default DEFAULT_K6_VERSION */
  version?: string;
  /** an existing k6 executable (the `k6-path` input / `--k6` flag): used as is, nothing downloaded */
  k6Path?: string;
  /** release download base (mirrors, GHES, tests); `{base}/v{V}/{archive}` */
  downloadBaseUrl?: string;
  /** GitHub API base for resolving `latest` */
  apiBaseUrl?: string;
  token?: string;
  platform?: string;
  arch?: string;
  logger?: EngineLogger;
}

export interface InstalledK6 {
  /** path of the k6 executable */
  path: string;
  /** the version installed; undefined for an explicit path (ask `k6 version`) */
  version?: string;
  source: 'explicit' | 'tool-cache' | 'download';
}

/** Finds or installs k6: explicit path, else the runner's tool cache, else the official release archive. */
export async function installK6(options: InstallK6Options = {}): Promise<InstalledK6> {
  if (options.k6Path !== undefined && options.k6Path !== '') {
    return { path: await checkExecutable(options.k6Path), source: 'explicit' };
  }
  const requested = options.version ?? DEFAULT_K6_VERSION;
  const version =
    requested.trim().toLowerCase() === 'latest'
      ? await resolveLatestK6Version({ apiBaseUrl: options.apiBaseUrl, token: options.token })
      : normalizeK6Version(requested);
  const asset = k6ReleaseAsset(version, options.platform, options.arch);

  useDefaultToolDirectories();
  const cached = tc.find(TOOL_NAME, asset.version, asset.arch);
  if (cached !== '') {
    options.logger?.info(`k6 v${asset.version} found in the tool cache`);
    return { path: join(cached, asset.binary), version: asset.version, source: 'tool-cache' };
  }
  const path = await downloadK6(asset, options.downloadBaseUrl ?? DEFAULT_K6_DOWNLOAD_URL, options.logger);
  return { path, version: asset.version, source: 'download' };
}

/**
 * @actions/tool-cache keeps tools under RUNNER_TOOL_CACHE and downloads into RUNNER_TEMP, which only a runner
 * sets ("Expected RUNNER_TEMP to be defined" elsewhere). Off a runner (the CLI, a plain container) k6 is
 * cached in the user's cache folder, so the next run finds it, and downloaded into the system's temp folder.
 */
function useDefaultToolDirectories(env: NodeJS.ProcessEnv = process.env): void {
  env.RUNNER_TOOL_CACHE ||= join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'perf-gate', 'tools');
  env.RUNNER_TEMP ||= join(tmpdir(), 'perf-gate-downloads');
}

async function downloadK6(asset: K6ReleaseAsset, base: string, logger?: EngineLogger): Promise<string> {
  const releaseUrl = `${base.replace(/\/+$/, '')}/v${asset.version}`;
  logger?.info(`downloading k6 v${asset.version} (${asset.archive}) from ${releaseUrl}`);
  // what tool-cache downloads and extracts into RUNNER_TEMP: off a runner nothing else ever removes it (the
  // archive and the extracted binary, tens of MB a download), and the tool cache keeps a copy of its own
  const downloaded: string[] = [];
  try {
    const archive = await download(`${releaseUrl}/${asset.archive}`, asset.version);
    downloaded.push(archive);
    const checksums = await download(`${releaseUrl}/${asset.checksums}`, asset.version);
    downloaded.push(checksums);
    await verifySha256(archive, asset.archive, await readFile(checksums, 'utf8'), asset.checksums);

    const extracted = asset.format === 'zip' ? await tc.extractZip(archive) : await tc.extractTar(archive);
    downloaded.push(extracted);
    const binary = join(extracted, asset.directory, asset.binary);
    if (!(await isFile(binary))) {
      throw new Error(`${asset.archive} does not contain ${asset.directory}/${asset.binary}`);
    }
    if (asset.binary === 'k6') await chmod(binary, 0o755);
    const cachedDir = await tc.cacheDir(
      join(extracted, asset.directory),
      TOOL_NAME,
      asset.version,
      asset.arch,
    );
    logger?.info(`k6 v${asset.version} verified (sha256) and cached`);
    return join(cachedDir, asset.binary);
  } finally {
    await removeDownloads(downloaded, logger);
  }
}

/** Removes what was downloaded; a file that cannot be removed is named in a warning, not an install failure. */
async function removeDownloads(paths: string[], logger?: EngineLogger): Promise<void> {
  for (const path of paths) {
    await rm(path, { recursive: true, force: true }).catch((err: Error) =>
      logger?.warning(`could not remove the downloaded ${path}: ${err.message}`),
    );
  }
}

async function download(url: string, version: string): Promise<string> {
  try {
    return await tc.downloadTool(url);
  } catch (err) {
    if (err instanceof tc.HTTPError && err.httpStatusCode === 404) {
      throw new Error(
        `k6 v${version} is not available: ${url} answered 404 (is v${version} a published release?)`,
      );
    }
    throw new Error(`downloading ${url} failed: ${(err as Error).message}`);
  }
}

async function checkExecutable(path: string): Promise<string> {
  if (!(await isFile(path))) throw new Error(`k6 path '${path}' is not a file`);
  if (process.platform !== 'win32') {
    try {
      await access(path, constants.X_OK);
    } catch {
      throw new Error(`k6 path '${path}' is not executable`);
    }
  }
  return path;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
