import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { constants, createGunzip, createGzip } from 'node:zlib';
import { MASK, secretForms } from './mask.ts';

/**
 * A stream that replaces every secret (and its URL-encoded form) by ***. Bytes are matched as latin1, which
 * maps each byte to one character, so any encoding passes through untouched. The last (longest secret − 1)
 * characters of each chunk wait for the next one, so a secret split across chunks is still found.
 */
function maskingStream(secrets: readonly string[]): Transform {
  const forms = secretForms(secrets).map((f) => Buffer.from(f, 'utf8').toString('latin1'));
  const keep = Math.max(...forms.map((f) => f.length)) - 1;
  const mask = (text: string) => forms.reduce((t, f) => t.split(f).join(MASK), text);
  let carry = '';
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const text = mask(carry + chunk.toString('latin1'));
      carry = text.slice(Math.max(0, text.length - keep));
      done(null, Buffer.from(text.slice(0, text.length - carry.length), 'latin1'));
    },
    flush(done) {
      done(null, Buffer.from(mask(carry), 'latin1'));
    },
  });
}

/**
 * Rewrites a file perf-gate had a tool write (k6 NDJSON, a JTL, Locust CSVs; gzipped when named .gz) with
 * every secret masked, through a temporary file beside it, so a tool's raw output kept in report-dir never
 * holds a token or a masked env value. A gzip stream cut short (the tool was stopped while writing) is
 * rewritten as far as it goes, as the readers read it.
 */
export async function scrubFile(path: string, secrets: readonly string[]): Promise<void> {
  if (secretForms(secrets).length === 0) return;
  const gz = path.endsWith('.gz');
  const temporary = `${path}.scrubbing`;
  try {
    await pipeline([
      createReadStream(path),
      ...(gz ? [createGunzip({ finishFlush: constants.Z_SYNC_FLUSH })] : []),
      maskingStream(secrets),
      ...(gz ? [createGzip()] : []),
      createWriteStream(temporary),
    ]);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new Error(`could not mask secrets in ${path}: ${(error as Error).message}`);
  }
}
