import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { decodeArtifact, UnreadableArtifactError } from '../baseline/artifact.ts';
import type { BaselineInfo } from '../report/context.ts';
import { RunFileError, unreadable } from '../results/errors.ts';
import { withLoadModelInput } from '../results/load-model.ts';
import { readRunFile } from '../results/read-run-file.ts';
import type { ReadOptions, RunResult } from '../results/types.ts';
import type { HistoryEntry } from '../stats/types.ts';

/** One side of a comparison as given on the command line. */
export interface LoadedSide {
  runs: RunResult[];
  /** from a saved baseline: its history of earlier baselines */
  history?: HistoryEntry[];
  /** from a saved baseline: which commit it measured, and when */
  baseline?: Omit<BaselineInfo, 'source'>;
}

const RUN_FILE = /^run-(\d+)(\.result)?\.json(\.gz)?$/;

/** A directory holds runs as the CLI and the Action write them: run-<i>.json(.gz) or run-<i>.result.json. */
async function runFilesIn(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    throw new RunFileError(dir, undefined, `cannot list the directory (${error.code ?? error.message})`);
  });
  const files = names
    .map((name) => ({ name, match: RUN_FILE.exec(name) }))
    .filter((f) => f.match !== null)
    .sort((a, b) => Number(a.match![1]) - Number(b.match![1]))
    .map((f) => join(dir, f.name));
  if (files.length === 0)
    throw new RunFileError(
      dir,
      undefined,
      'no run-<i>.json, run-<i>.json.gz or run-<i>.result.json files in this directory',
    );
  return files;
}

/**
 * `spec` is a file, a directory of run files, or a comma-separated list of either. A file is a k6
 * `--out json` file (plain or .gz), a k6 `--summary-export`, a run perf-gate saved, or a saved baseline
 * (which brings its runs and its history).
 */
export async function loadSide(
  spec: string,
  cwd: string,
  read: Pick<ReadOptions, 'warmupSeconds' | 'targetUrl'> & { loadModel?: 'open' | 'closed' | undefined },
): Promise<LoadedSide> {
  const side: LoadedSide = { runs: [] };
  // the user's load model is applied after reading, so a file that shows another one is warned about
  const { loadModel, ...readOptions } = read;
  for (const part of spec
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')) {
    const path = resolve(cwd, part);
    const info = await stat(path).catch(() => {
      throw new RunFileError(path, undefined, 'no such file or directory');
    });
    const files = info.isDirectory() ? await runFilesIn(path) : [path];
    for (const file of files) {
      try {
        side.runs.push(withLoadModelInput(await readRunFile(file, readOptions), loadModel));
      } catch (error) {
        if (!(error instanceof RunFileError)) throw error;
        // Not a run file; a saved baseline is one JSON document that the run reader refuses.
        const artifact = await readArtifact(file);
        if (artifact === undefined) throw error;
        side.runs.push(...artifact.runs.map((run) => withLoadModelInput(run, loadModel)));
        side.history = artifact.history;
        side.baseline = { commit: artifact.commit, ref: artifact.branch, timeMs: artifact.timeMs };
      }
    }
  }
  if (side.runs.length === 0) throw new RunFileError(spec, undefined, 'no runs given');
  return side;
}

async function readArtifact(file: string) {
  const bytes = await readFile(file).catch((error: unknown) => {
    throw unreadable(file, error);
  });
  try {
    return decodeArtifact(bytes, file);
  } catch (error) {
    if (error instanceof UnreadableArtifactError) return undefined;
    throw error;
  }
}
