import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EngineLogger } from '../engine/logger.ts';
import { renderServiceFailure } from '../report/service-failure.ts';
import { type ServiceError, SIDE_LABEL } from '../service/session.ts';

/**
 * A service that failed to build, start or stay up: its side and output in report.md and the job summary, its
 * last lines in the log; no verdict. Returns the message the step fails with.
 */
export async function deliverServiceFailure(
  error: ServiceError,
  secrets: string[],
  reportDir: string,
  deps: { logger: EngineLogger; writeSummary(markdown: string): Promise<void> },
): Promise<string> {
  const markdown = renderServiceFailure(
    { side: SIDE_LABEL[error.side], problem: error.problem, output: error.output },
    secrets,
  );
  await mkdir(reportDir, { recursive: true });
  await writeFile(join(reportDir, 'report.md'), markdown);
  await deps.writeSummary(markdown);
  deps.logger.info(`last lines of the ${SIDE_LABEL[error.side]}'s output:\n${error.output}`);
  return `perf-gate: ${error.message}`;
}
