import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { installK6 } from '../../src/engine/k6/install.ts';
import { k6ReleaseAsset, normalizeK6Version } from '../../src/engine/k6/platform.ts';
import { publishK6, type ReleaseServer, sha256, startReleaseServer } from '../servers/k6-release.ts';

const VERSION = '0.49.0';

describe('installK6', () => {
  let work: string;
  let release: ReleaseServer;
  const saved = { cache: process.env.RUNNER_TOOL_CACHE, temp: process.env.RUNNER_TEMP };

  beforeAll(async () => {
    release = await startReleaseServer();
  });
  afterAll(async () => {
    await new Promise((r) => release.server.close(r));
  });
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'k6-install-'));
    process.env.RUNNER_TOOL_CACHE = join(work, 'tool-cache');
    process.env.RUNNER_TEMP = join(work, 'temp');
    release.files.clear();
    release.requests.length = 0;
  });
  afterEach(() => {
    process.env.RUNNER_TOOL_CACHE = saved.cache;
    process.env.RUNNER_TEMP = saved.temp;
    rmSync(work, { recursive: true, force: true });
  });

  const publish = (version: string, tamper = false) => publishK6(release, work, version, { tamper });

  const linux = { platform: 'linux', arch: 'x64' };

  it('downloads, verifies, extracts and caches the release archive; the binary runs', async () => {
    publish(VERSION);
    const k6 = await installK6({ version: `v${VERSION}`, downloadBaseUrl: release.url, ...linux });
    expect(k6.source).toBe('download');
    expect(k6.version).toBe(VERSION);
    expect(k6.path.startsWith(join(work, 'tool-cache', 'k6', VERSION))).toBe(true);
    expect(execFileSync(k6.path, ['version'], { encoding: 'utf8' })).toBe(`k6 v${VERSION} (stand-in)\n`);
    expect(release.requests).toEqual([
      `/v${VERSION}/k6-v${VERSION}-linux-amd64.tar.gz`,
      `/v${VERSION}/k6-v${VERSION}-checksums.txt`,
    ]);
    // the archive, the checksums and the extracted copy are gone from RUNNER_TEMP: the tool cache has its own
    expect(readdirSync(join(work, 'temp'))).toEqual([]);
  });

  it('takes a second call from the tool cache without any request', async () => {
    publish(VERSION);
    const first = await installK6({ version: VERSION, downloadBaseUrl: release.url, ...linux });
    const requestsAfterFirst = release.requests.length;
    const second = await installK6({ version: VERSION, downloadBaseUrl: release.url, ...linux });
    expect(second).toEqual({ path: first.path, version: VERSION, source: 'tool-cache' });
    expect(release.requests.length).toBe(requestsAfterFirst);
  });

  it('refuses an archive whose SHA-256 differs from the checksum file, naming both hashes and the file', async () => {
    const { archive, name, listed } = publish(VERSION, true);
    const err = await installK6({ version: VERSION, downloadBaseUrl: release.url, ...linux }).catch((e) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err.message).toContain(`checksum mismatch for ${name}`);
    expect(err.message).toContain(`expected sha256 ${listed}`);
    expect(err.message).toContain(`got ${sha256(archive)}`);
    // nothing was cached: the next attempt downloads again
    await installK6({ version: VERSION, downloadBaseUrl: release.url, ...linux }).catch(() => undefined);
    expect(release.requests.filter((r) => r.endsWith('.tar.gz'))).toHaveLength(2);
    // and the refused downloads were not left behind
    expect(readdirSync(join(work, 'temp'))).toEqual([]);
  });

  it('names the URL and the version when the release does not exist (404)', async () => {
    const err = await installK6({ version: '9.9.9', downloadBaseUrl: release.url, ...linux }).catch((e) => e);
    expect(err.message).toContain('k6 v9.9.9 is not available');
    expect(err.message).toContain(`${release.url}/v9.9.9/k6-v9.9.9-linux-amd64.tar.gz answered 404`);
  });

  it('names platform and architecture when k6 publishes no archive for them', async () => {
    await expect(installK6({ version: VERSION, platform: 'freebsd', arch: 'x64' })).rejects.toThrow(
      /no release archive for platform 'freebsd' with architecture 'x64'/,
    );
    await expect(installK6({ version: VERSION, platform: 'win32', arch: 'arm64' })).rejects.toThrow(
      /platform 'win32' with architecture 'arm64'/,
    );
  });

  it("resolves 'latest' through the releases API, sending the token", async () => {
    publish('0.50.0');
    const seen: (string | undefined)[] = [];
    const api = createServer((req, res) => {
      seen.push(req.headers.authorization);
      if (req.url === '/repos/grafana/k6/releases/latest') {
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"tag_name":"v0.50.0"}');
      } else res.writeHead(404).end();
    });
    await new Promise<void>((r) => api.listen(0, '127.0.0.1', r));
    try {
      const apiBaseUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
      const k6 = await installK6({
        version: 'latest',
        apiBaseUrl,
        token: 't0k',
        downloadBaseUrl: release.url,
        ...linux,
      });
      expect(k6.version).toBe('0.50.0');
      expect(seen).toEqual(['Bearer t0k']);
    } finally {
      await new Promise((r) => api.close(r));
    }
  });

  it('uses an explicit path as is, and says when it is not an executable file', async () => {
    const script = join(work, 'my-k6');
    writeFileSync(script, '#!/bin/sh\n', { mode: 0o755 });
    expect(await installK6({ k6Path: script })).toEqual({ path: script, source: 'explicit' });
    await expect(installK6({ k6Path: join(work, 'nope') })).rejects.toThrow(/k6 path '.*nope' is not a file/);
    writeFileSync(join(work, 'plain'), 'x', { mode: 0o644 });
    await expect(installK6({ k6Path: join(work, 'plain') })).rejects.toThrow(/is not executable/);
    expect(release.requests).toEqual([]);
  });
});

describe('k6 release asset names', () => {
  it('follows the published naming for every platform', () => {
    expect(k6ReleaseAsset('v0.49.0', 'linux', 'arm64').archive).toBe('k6-v0.49.0-linux-arm64.tar.gz');
    expect(k6ReleaseAsset('0.49.0', 'darwin', 'arm64').archive).toBe('k6-v0.49.0-macos-arm64.zip');
    expect(k6ReleaseAsset('0.49.0', 'darwin', 'x64').archive).toBe('k6-v0.49.0-macos-amd64.zip');
    const win = k6ReleaseAsset('0.49.0', 'win32', 'x64');
    expect([win.archive, win.directory, win.binary, win.checksums]).toEqual([
      'k6-v0.49.0-windows-amd64.zip',
      'k6-v0.49.0-windows-amd64',
      'k6.exe',
      'k6-v0.49.0-checksums.txt',
    ]);
  });

  it('refuses a malformed version', () => {
    expect(normalizeK6Version('v2.0.0-rc1')).toBe('2.0.0-rc1');
    expect(() => normalizeK6Version('0.49')).toThrow("k6 version '0.49' is not a version like v0.49.0");
  });
});
