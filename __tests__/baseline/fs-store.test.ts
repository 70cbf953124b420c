import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FsBaselineStore } from '../../src/baseline/fs-store.ts';
import { baselineKey } from '../../src/baseline/keys.ts';
import { artifactKey } from '../../src/baseline/store.ts';
import { artifactFor, SHA_A, SHA_B, SHA_C } from './artifacts.ts';

let root: string;
let clock: number;
const store = (options: { gzip?: boolean } = {}) =>
  new FsBaselineStore({ directory: join(root, 'baselines'), now: () => clock, ...options });

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'perf-gate-fs-store-'));
  clock = 1_750_000_000_000;
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const query = (sha: string, branch = 'main') => ({ scenarioId: 'load-api', branch, sha });

describe('FsBaselineStore', () => {
  it('restores the exact commit, saying which key and commit and how old', async () => {
    const s = store();
    const artifact = artifactFor({ commit: SHA_A, timeMs: clock - 3_600_000 });
    expect(await s.save(artifact, artifactKey(artifact))).toEqual({
      status: 'saved',
      key: artifactKey(artifact),
    });
    const result = await s.restore(query(SHA_A));
    expect(result).toMatchObject({
      status: 'found',
      key: `perf-gate-1-load_api-main-${SHA_A}`,
      exact: true,
      commit: SHA_A,
      ageMs: 3_600_000,
    });
    expect(result.status === 'found' && result.artifact.runs).toHaveLength(2);
    expect(await readdir(join(root, 'baselines'))).toEqual([`perf-gate-1-load_api-main-${SHA_A}.json.gz`]);
  });

  it('falls back to the newest baseline of the branch, newest by save time', async () => {
    const s = store();
    // B is saved first although its commit is newer: "newest" is the most recent save, as in the Actions cache.
    const b = artifactFor({ commit: SHA_B, timeMs: 2_000 });
    const a = artifactFor({ commit: SHA_A, timeMs: 1_000 });
    clock = 1_750_000_000_000;
    await s.save(b, artifactKey(b));
    clock += 60_000;
    await s.save(a, artifactKey(a));
    const result = await s.restore(query(SHA_C));
    expect(result).toMatchObject({ status: 'found', exact: false, commit: SHA_A, key: artifactKey(a) });
    // the exact commit still wins over a newer save, also when asked for by its short sha
    expect(await s.restore(query(SHA_B))).toMatchObject({ status: 'found', exact: true, commit: SHA_B });
    expect(await s.restore(query(SHA_B.slice(0, 7)))).toMatchObject({
      status: 'found',
      exact: true,
      commit: SHA_B,
    });
  });

  it('says it is a first run when the store holds nothing, and what to do', async () => {
    const result = await store().restore(query(SHA_A));
    expect(result).toEqual({
      status: 'missing',
      cause: 'first-run',
      reason: expect.stringContaining("no baseline of scenario 'load-api' has been saved in directory"),
    });
    expect(result.status === 'missing' && result.reason).toContain(
      "Run perf-gate on branch 'main' in baseline mode",
    );
  });

  it('names the other branches when this branch has no baseline', async () => {
    const s = store();
    const other = artifactFor({ commit: SHA_A, branch: 'release/1.x' });
    await s.save(other, artifactKey(other));
    const foreignScenario = artifactFor({ commit: SHA_A, branch: 'dev', scenarioId: 'checkout' });
    await s.save(foreignScenario, artifactKey(foreignScenario));
    expect(await s.restore(query(SHA_B))).toEqual({
      status: 'missing',
      cause: 'no-baseline-for-branch',
      reason: expect.stringContaining(
        "holds baselines of scenario 'load-api' for 'release_1.x' but none for branch 'main'",
      ),
    });
  });

  it('reports a second save of the same key as already saved, and keeps the first', async () => {
    const s = store();
    const first = artifactFor({ commit: SHA_A, timeMs: 1 });
    const second = artifactFor({ commit: SHA_A, timeMs: 2 });
    await s.save(first, artifactKey(first));
    const again = await s.save(second, artifactKey(second));
    expect(again).toEqual({
      status: 'already-saved',
      key: artifactKey(first),
      reason: expect.stringContaining('already holds this key (keys are immutable)'),
    });
    expect(await s.restore(query(SHA_A))).toMatchObject({ status: 'found', artifact: { timeMs: 1 } });
    expect((await readdir(join(root, 'baselines'))).length).toBe(1);
  });

  it('reads plain JSON files too, and reports an unreadable one with its path and reason', async () => {
    const plain = store({ gzip: false });
    const artifact = artifactFor({ commit: SHA_A });
    await plain.save(artifact, artifactKey(artifact));
    expect(await readdir(join(root, 'baselines'))).toEqual([`${artifactKey(artifact)}.json`]);
    expect(await store().restore(query(SHA_A))).toMatchObject({ status: 'found', exact: true });

    const brokenKey = baselineKey({ scenarioId: 'load-api', branch: 'main', sha: SHA_B });
    await writeFile(join(root, 'baselines', `${brokenKey}.json`), '{"schema":1,"commit":');
    const result = await store().restore(query(SHA_B));
    expect(result).toEqual({
      status: 'unreadable',
      key: brokenKey,
      reason: expect.stringMatching(/not JSON/),
    });
    expect(result.status === 'unreadable' && result.reason).toContain(
      join(root, 'baselines', `${brokenKey}.json`),
    );
  });

  it('does not hand over the baseline of a branch whose name differs only in punctuation', async () => {
    const s = store();
    const sibling = artifactFor({ commit: SHA_A, branch: 'feat/a' });
    await s.save(sibling, artifactKey(sibling));
    const result = await s.restore(query(SHA_B, 'feat-a'));
    expect(result).toEqual({
      status: 'missing',
      cause: 'no-baseline-for-branch',
      reason: expect.stringContaining(
        "belongs to scenario 'load-api' on branch 'feat/a', not scenario 'load-api' on 'feat-a'",
      ),
    });
  });

  it('reports an artifact stored under another commit as unreadable', async () => {
    const s = store({ gzip: false });
    const artifact = artifactFor({ commit: SHA_A });
    await s.save(artifact, artifactKey(artifact));
    const wrongKey = baselineKey({ scenarioId: 'load-api', branch: 'main', sha: SHA_B });
    const { rename } = await import('node:fs/promises');
    await rename(
      join(root, 'baselines', `${artifactKey(artifact)}.json`),
      join(root, 'baselines', `${wrongKey}.json`),
    );
    expect(await s.restore(query(SHA_B))).toEqual({
      status: 'unreadable',
      key: wrongKey,
      reason: expect.stringContaining(`stored under commit ${SHA_B} but it says it measured ${SHA_A}`),
    });
  });

  it('is unavailable when the directory cannot be read, and fails a save it cannot write', async () => {
    await writeFile(join(root, 'baselines'), 'a file where the directory should be');
    expect(await store().restore(query(SHA_A))).toEqual({
      status: 'unavailable',
      reason: expect.stringMatching(/^cannot list directory .*ENOTDIR/),
    });
    const artifact = artifactFor({ commit: SHA_A });
    expect(await store().save(artifact, artifactKey(artifact))).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/^cannot write .*(EEXIST|ENOTDIR)/),
    });
  });

  it('ignores files that are not baselines, and keys of another scenario when naming other branches', async () => {
    const dir = join(root, 'baselines');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'README.txt'), 'notes');
    // a baseline-like name whose sha is no sha: not a key, so not restored as garbage
    await writeFile(join(dir, 'perf-gate-1-load_api-main-notasha.json'), 'garbage');
    const other = artifactFor({ commit: SHA_B, scenarioId: 'checkout', branch: 'dev' });
    await store().save(other, artifactKey(other));
    expect(await store().restore(query(SHA_A))).toMatchObject({ status: 'missing', cause: 'first-run' });
    const dev = artifactFor({ commit: SHA_C, branch: 'dev' });
    await store().save(dev, artifactKey(dev));
    expect(await store().restore(query(SHA_A))).toMatchObject({
      status: 'missing',
      cause: 'no-baseline-for-branch',
      reason: expect.stringContaining(
        "holds baselines of scenario 'load-api' for 'dev' but none for branch 'main'",
      ),
    });
  });

  it('restores the newest save of its own branch, the larger key on a tie', async () => {
    const unsaved = 'e'.repeat(40);
    const a = artifactFor({ commit: SHA_A });
    const b = artifactFor({ commit: SHA_B });
    await store().save(a, artifactKey(a));
    await store().save(b, artifactKey(b));
    expect(await store().restore(query(unsaved))).toMatchObject({ status: 'found', commit: SHA_B });
    clock += 60_000;
    const zero = artifactFor({ commit: `${'0'.repeat(39)}5` });
    await store().save(zero, artifactKey(zero));
    expect(await store().restore(query(unsaved))).toMatchObject({ status: 'found', commit: zero.commit });
    clock += 60_000;
    const dev = artifactFor({ commit: SHA_C, branch: 'dev' });
    await store().save(dev, artifactKey(dev));
    expect(await store().restore(query(unsaved))).toMatchObject({ status: 'found', commit: zero.commit });
  });

  it('writes gzip by default, and finds a key already saved in the other format', async () => {
    const artifact = artifactFor({ commit: SHA_A });
    const key = artifactKey(artifact);
    expect(await store({ gzip: false }).save(artifact, key)).toEqual({ status: 'saved', key });
    expect(await store().save(artifact, key)).toEqual({
      status: 'already-saved',
      key,
      reason: `${join(root, 'baselines', `${key}.json`)} already holds this key (keys are immutable)`,
    });
    const other = artifactFor({ commit: SHA_B });
    await store().save(other, artifactKey(other));
    const bytes = await readFile(join(root, 'baselines', `${artifactKey(other)}.json.gz`));
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
  });

  it('is unavailable when the matching entry cannot be read', async () => {
    const path = join(root, 'baselines', `${baselineKey(query(SHA_A))}.json`);
    await mkdir(path, { recursive: true });
    expect(await store().restore(query(SHA_A))).toEqual({
      status: 'unavailable',
      reason: expect.stringMatching(new RegExp(`^cannot read ${path}: EISDIR`)),
    });
  });

  it('refuses to save an artifact under a key that is not its own', async () => {
    const artifact = artifactFor({ commit: SHA_A });
    await expect(store().save(artifact, baselineKey(query(SHA_B)))).rejects.toThrow(
      `baseline key 'perf-gate-1-load_api-main-${SHA_B}' does not belong to this artifact`,
    );
  });
});
