import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRunFile } from '../../src/results/read-run-file.ts';
import { serializeRun } from '../../src/results/serialize.ts';
import { writeRuns } from '../../src/results/write-runs.ts';
import { fixtureSummaryPath, tempDir } from './helpers.ts';

describe('writeRuns', () => {
  const { dir } = tempDir();

  it('writes run-1, run-2 … into a folder it creates, each a saved run that reads back as it was', async () => {
    const runs = await Promise.all(
      ['arrival-errors', 'closed-groups'].map((n) => readRunFile(fixtureSummaryPath(n))),
    );
    const out = join(dir, 'out', 'pr');
    await writeRuns(out, runs);
    // again into the folder now there: it is kept, the files replaced
    await writeRuns(out, runs);
    expect((await readdir(out)).sort()).toEqual(['run-1.result.json', 'run-2.result.json']);
    for (const [i, run] of runs.entries()) {
      const path = join(out, `run-${i + 1}.result.json`);
      expect(await readFile(path, 'utf8')).toBe(`${JSON.stringify(serializeRun(run))}\n`);
      expect(serializeRun(await readRunFile(path))).toEqual(serializeRun(run));
    }
  });
});
