import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeArtifact } from '../../src/baseline/artifact.ts';
import { givenBaseline } from '../../src/baseline/given-file.ts';
import { UsageError } from '../../src/inputs/flags.ts';
import { artifactFor, SHA_B } from './artifacts.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'perf-gate-given-file-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('givenBaseline (perf-gate run --baseline)', () => {
  it('without --baseline: none in the cached design, no cached comparison in the others', async () => {
    expect(await givenBaseline(undefined, 'cached', root, 0)).toEqual({
      status: 'missing',
      cause: 'first-run',
      reason: 'no --baseline was given',
    });
    expect(await givenBaseline(undefined, 'same-job', root, 0)).toBeUndefined();
  });

  it('reads the file relative to the working directory, as an exact baseline of its commit, aged from now', async () => {
    const artifact = artifactFor({ commit: SHA_B, timeMs: 1_000_000 });
    await writeFile(join(root, 'base.json.gz'), encodeArtifact(artifact, { gzip: true }));
    const result = await givenBaseline('base.json.gz', 'cached', root, 1_060_000);
    expect(result).toMatchObject({
      status: 'found',
      key: join(root, 'base.json.gz'),
      exact: true,
      commit: SHA_B,
      ageMs: 60_000,
    });
    expect(result?.status === 'found' && result.artifact.runs).toHaveLength(2);
  });

  it('a missing or unreadable file is a usage error naming --baseline and the path', async () => {
    const missing = givenBaseline('nope.json', 'cached', root, 0);
    await expect(missing).rejects.toThrow(UsageError);
    await expect(missing).rejects.toThrow(`--baseline: cannot read ${join(root, 'nope.json')} (ENOENT)`);
    await writeFile(join(root, 'bad.json'), '{"schema": 1');
    const bad = givenBaseline('bad.json', 'cached', root, 0);
    await expect(bad).rejects.toThrow(UsageError);
    await expect(bad).rejects.toThrow(`--baseline: baseline artifact ${join(root, 'bad.json')}: not JSON`);
  });
});
