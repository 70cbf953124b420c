import { type ActionConfig, secretsOf } from '../inputs/config.ts';
import { type RunnerContext, runUrl } from '../inputs/runner-context.ts';
import type { ReportHeader } from '../judge/context.ts';
import type { GateDeps } from './deps.ts';

/** The Action's report header: the scenario, the commit judged, and the workflow run it links to. */
export function reportHeader(
  config: ActionConfig,
  runner: RunnerContext,
  deps: Pick<GateDeps, 'now' | 'version'>,
  candidateCommit: string,
): ReportHeader {
  const header: ReportHeader = {
    scenario: { id: config.scenarioId, name: config.scenarioId },
    candidate: { commit: candidateCommit, ref: runner.refName },
    nowMs: deps.now(),
    version: deps.version,
    secrets: secretsOf(config),
  };
  const url = runUrl(runner);
  if (url !== undefined) header.runUrl = url;
  return header;
}
