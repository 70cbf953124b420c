import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readK6Json } from '../results/k6-json.ts';
import { mergeRuns } from '../results/merge.ts';
import type { ReadOptions, RunResult } from '../results/types.ts';

const RUN_FILE = /^run-(\d+)\.json(\.gz)?$/;

/**
 * Results measured elsewhere: one directory per k6 instance of a distributed test (an execution segment),
 * each holding run-<i>.json(.gz). Files with the same run number are one run, split across instances, and
 * are merged; every instance must have every run, or the merged run would silently miss part of the load.
 */
export async function readRecordedRuns(
  dirs: string[],
  options: Pick<ReadOptions, 'warmupSeconds' | 'targetUrl'>,
): Promise<RunResult[]> {
  const byRun = new Map<number, string[]>();
  const perDir: { dir: string; runs: Set<number> }[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch (error) {
      throw new Error(
        `results directory '${dir}': ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      );
    }
    const runs = new Set<number>();
    for (const name of names) {
      const match = RUN_FILE.exec(name);
      if (match === null) continue;
      const run = Number(match[1]);
      if (runs.has(run))
        throw new Error(`results directory '${dir}' holds run ${run} twice (.json and .json.gz)`);
      runs.add(run);
      byRun.set(run, [...(byRun.get(run) ?? []), join(dir, name)]);
    }
    if (runs.size === 0)
      throw new Error(`results directory '${dir}' holds no run-<i>.json or run-<i>.json.gz files`);
    perDir.push({ dir, runs });
  }
  for (const run of byRun.keys()) {
    const lacking = perDir.filter((d) => !d.runs.has(run)).map((d) => d.dir);
    if (lacking.length > 0)
      throw new Error(`run ${run} is missing from ${lacking.map((d) => `'${d}'`).join(', ')}`);
  }
  const merged: RunResult[] = [];
  for (const run of [...byRun.keys()].sort((a, b) => a - b)) {
    const parts = await Promise.all(byRun.get(run)!.map((file) => readK6Json(file, options)));
    merged.push(parts.length === 1 ? parts[0]! : mergeRuns(parts));
  }
  return merged;
}
