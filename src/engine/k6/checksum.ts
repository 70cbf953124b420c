import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** Parses `sha256sum` output (`<hex>  <name>` or `<hex> *<name>` per line) into name → lower-case hex. */
function parseChecksums(text: string): Map<string, string> {
  const sums = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line.trim());
    if (m) sums.set(m[2]!.trim(), m[1]!.toLowerCase());
  }
  return sums;
}

async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Checks that `file` (downloaded as `name`) has the hash listed for `name` in the checksum file
 * `checksumsName`. A missing entry or a different hash is a hard error: an unverified binary is never run.
 */
export async function verifySha256(file: string, name: string, checksumsText: string, checksumsName: string) {
  const expected = parseChecksums(checksumsText).get(name);
  if (expected === undefined) {
    throw new Error(`${checksumsName} lists no checksum for ${name}; refusing to install an unverified k6`);
  }
  const actual = await sha256File(file);
  if (actual !== expected) {
    throw new Error(
      `checksum mismatch for ${name}: expected sha256 ${expected} (from ${checksumsName}), got ${actual}; ` +
        'the download is corrupt or not the published archive, so it was not installed',
    );
  }
}
