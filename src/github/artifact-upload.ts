import { DefaultArtifactClient } from '@actions/artifact';

/** How long the profiling artifact is kept: long enough to look at during review. */
const RETENTION_DAYS = 14;

/**
 * Uploads files as an artifact of this workflow run (@actions/artifact, the upload-artifact v4 backend);
 * resolves with the artifact's id, which makes its download link. Loaded only when there is one to upload.
 */
export async function uploadRunArtifact(
  name: string,
  files: string[],
  rootDirectory: string,
): Promise<{ id?: number }> {
  const { id } = await new DefaultArtifactClient().uploadArtifact(name, files, rootDirectory, {
    retentionDays: RETENTION_DAYS,
  });
  return { id };
}
