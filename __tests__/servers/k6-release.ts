/**
 * A k6 release mirror on 127.0.0.1: serves `files` by path (404 for anything else) and counts requests;
 * `publish` lays out a release as k6 publishes it, `k6-v{V}-linux-amd64.tar.gz` holding
 * `k6-v{V}-linux-amd64/k6` (a small shell script given here) and `k6-v{V}-checksums.txt`.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface ReleaseServer {
  url: string;
  files: Map<string, Buffer>;
  requests: string[];
  server: Server;
}

export async function startReleaseServer(): Promise<ReleaseServer> {
  const files = new Map<string, Buffer>();
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const body = files.get(req.url ?? '');
    if (body === undefined) {
      res.writeHead(404).end('Not Found');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, files, requests, server };
}

export const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** The linux-amd64 archive of `version`, its `k6` being `script` (a shell script), built in `work`. */
function buildArchive(work: string, version: string, script: string): Buffer {
  const dir = join(work, `build-${version}`);
  const inner = join(dir, `k6-v${version}-linux-amd64`);
  mkdirSync(inner, { recursive: true });
  writeFileSync(join(inner, 'k6'), script, { mode: 0o755 });
  const tarball = join(work, `k6-v${version}-linux-amd64.tar.gz`);
  execFileSync('tar', ['czf', tarball, '-C', dir, `k6-v${version}-linux-amd64`]);
  return readFileSync(tarball);
}

/** Publishes `version` on the mirror; `tamper` lists a checksum that does not match the archive. */
export function publishK6(
  release: ReleaseServer,
  work: string,
  version: string,
  options: { tamper?: boolean; script?: string } = {},
) {
  const script = options.script ?? `#!/bin/sh\necho "k6 v${version} (stand-in)"\n`;
  const archive = buildArchive(work, version, script);
  const name = `k6-v${version}-linux-amd64.tar.gz`;
  const listed = options.tamper ? sha256(Buffer.from('something else')) : sha256(archive);
  release.files.set(`/v${version}/${name}`, archive);
  release.files.set(
    `/v${version}/k6-v${version}-checksums.txt`,
    Buffer.from(`${sha256(Buffer.from('x'))}  k6-v${version}-linux-arm64.tar.gz\n${listed}  ${name}\n`),
  );
  return { archive, name, listed };
}
