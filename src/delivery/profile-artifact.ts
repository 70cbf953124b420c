import { join } from 'node:path';
import type { EngineLogger } from '../engine/logger.ts';
import type { ProfileSummary } from '../profile/summary.ts';

/** Uploads files as an artifact of this workflow run; returns the artifact's id when the service gives one. */
export type ArtifactUploader = (
  name: string,
  files: string[],
  rootDirectory: string,
) => Promise<{ id?: number }>;

/** The artifact a job's profiles go to: one per scenario, job and attempt, so re-runs never collide. */
export function profileArtifactName(
  scenarioId: string,
  job: string | undefined,
  attempt: string | undefined,
) {
  return `perf-gate-profile-${scenarioId}-${job ?? 'job'}-${attempt ?? '1'}`;
}

/**
 * The profiling pair's files uploaded as an artifact of the workflow run, its link in the summary; an upload
 * that fails is a warning (the files stay in the report directory).
 */
export async function publishProfile(
  profile: ProfileSummary,
  dir: string,
  artifactName: string,
  deps: { uploadArtifact?: ArtifactUploader; logger: EngineLogger },
  runUrl: string | undefined,
): Promise<ProfileSummary> {
  if (deps.uploadArtifact === undefined || profile.files.length === 0) return profile;
  try {
    const { id } = await deps.uploadArtifact(
      artifactName,
      profile.files.map((f) => join(dir, f)),
      dir,
    );
    if (id === undefined || runUrl === undefined) return profile;
    return { ...profile, artifactUrl: `${runUrl}/artifacts/${id}` };
  } catch (error) {
    const warning = `the profiles could not be uploaded as an artifact: ${(error as Error).message}`;
    deps.logger.warning(`profiling: ${warning}`);
    return { ...profile, warnings: [...profile.warnings, warning] };
  }
}
