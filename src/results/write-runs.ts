import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serializeRun } from './serialize.ts';
import type { RunResult } from './types.ts';

/** Each run to `dir/run-N.result.json`, as `perf-gate compare` reads saved runs back. */
export async function writeRuns(dir: string, runs: RunResult[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [i, run] of runs.entries()) {
    await writeFile(join(dir, `run-${i + 1}.result.json`), `${JSON.stringify(serializeRun(run))}\n`);
  }
}
