import type { EngineLogger } from '../engine/logger.ts';
import { type BuildArtifactInput, buildArtifact } from './artifact.ts';
import { artifactKey, type BaselineStore } from './store.ts';

/**
 * Saves a measurement as the branch's new baseline, its history carried on from the one it replaces; returns
 * whether it was saved. A store that cannot save is reported, not fatal: the measurement and its report are
 * still good.
 */
export async function saveBaseline(
  store: Pick<BaselineStore, 'save'>,
  input: BuildArtifactInput,
  logger: Pick<EngineLogger, 'info' | 'warning'>,
): Promise<boolean> {
  const built = buildArtifact(input);
  const result = await store.save(built.artifact, artifactKey(built.artifact));
  if (result.status === 'failed') {
    logger.warning(`baseline not saved: ${result.reason}`);
  } else {
    const why = result.status === 'already-saved' ? ` (${result.reason})` : '';
    logger.info(`baseline ${result.status}: ${result.key}${why}`);
  }
  for (const note of built.notes) logger.info(note);
  return result.status === 'saved';
}
