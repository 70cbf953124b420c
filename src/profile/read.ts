import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readFolded } from './folded.ts';
import { type Profile, ProfileFormatError } from './model.ts';
import { readPprof } from './pprof.ts';
import { readSpeedscope } from './speedscope.ts';
import { readV8CpuProfile } from './v8.ts';

export interface ReadProfileOptions {
  /** sampling interval of folded stacks, which carry counts not times (e.g. 0.01 for py-spy's 100 Hz) */
  foldedSampleSeconds?: number;
}

/**
 * Reads a profile file in any supported format, told apart by content (after gunzip when gzipped): protobuf bytes are pprof, JSON
 * with a speedscope `$schema`/`shared` is speedscope, JSON with `nodes` is a V8 .cpuprofile, text lines are
 * folded stacks. Errors name the file.
 */
export async function readProfile(path: string, options: ReadProfileOptions = {}): Promise<Profile> {
  const source = basename(path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new ProfileFormatError(
      path,
      `cannot read the profile (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
  if (bytes.length === 0) throw new ProfileFormatError(path, 'the profile is empty');
  return parseProfileBytes(bytes, source, options);
}

function parseProfileBytes(bytes: Uint8Array, source: string, options: ReadProfileOptions = {}): Profile {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      return parseProfileBytes(gunzipSync(bytes), source, options);
    } catch (e) {
      if (e instanceof ProfileFormatError) throw e;
      throw new ProfileFormatError(source, `not a valid gzip file (${(e as Error).message})`);
    }
  }
  const text = Buffer.from(bytes).toString('utf8');
  const start = text.trimStart()[0];
  if (start === '{') {
    let data: Record<string, unknown>;
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw new ProfileFormatError(source, `invalid JSON (${(e as Error).message})`);
    }
    if ('shared' in data || 'profiles' in data) return readSpeedscope(data, source);
    return readV8CpuProfile(data, source);
  }
  // folded stacks are printable UTF-8; control bytes or invalid UTF-8 mean raw protobuf
  // biome-ignore lint/suspicious/noControlCharactersInRegex: binary detection
  if (/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(text.slice(0, 512))) return readPprof(bytes, source);
  if (options.foldedSampleSeconds === undefined)
    throw new ProfileFormatError(
      source,
      'folded stacks count samples: give the sampling interval to turn them into time',
    );
  return readFolded(text, source, options.foldedSampleSeconds);
}
