import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ActionConfig } from '../inputs/config.ts';
import { UsageError } from '../inputs/flags.ts';
import { type BaselineArtifact, decodeArtifact } from './artifact.ts';
import type { RestoreResult } from './store.ts';

/**
 * The cached baseline of `perf-gate run`: the saved baseline given with --baseline; without it, in the cached
 * design, none (so a `--base-ref` confirms in the same job); otherwise undefined (no cached comparison).
 */
export async function givenBaseline(
  file: string | undefined,
  design: ActionConfig['design'],
  cwd: string,
  nowMs: number,
): Promise<RestoreResult | undefined> {
  if (file === undefined) {
    return design === 'cached'
      ? { status: 'missing', cause: 'first-run', reason: 'no --baseline was given' }
      : undefined;
  }
  const path = resolve(cwd, file);
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`--baseline: cannot read ${path} (${error.code ?? error.message})`);
  });
  let artifact: BaselineArtifact;
  try {
    artifact = decodeArtifact(bytes, path);
  } catch (error) {
    throw new UsageError(`--baseline: ${(error as Error).message}`);
  }
  return {
    status: 'found',
    artifact,
    key: path,
    exact: true,
    commit: artifact.commit,
    ageMs: nowMs - artifact.timeMs,
  };
}
