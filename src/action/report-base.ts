import type { ActionConfig } from '../inputs/config.ts';
import type { ReportContext } from '../report/context.ts';
import type { GateDeps } from './deps.ts';
import { type RunnerContext, runUrl } from './runner-context.ts';

/** The parts of a report context every mode shares. */
export function reportBase(
  config: ActionConfig,
  runner: RunnerContext,
  deps: GateDeps,
  candidateCommit: string,
): Pick<ReportContext, 'scenario' | 'candidate' | 'nowMs' | 'version' | 'runUrl' | 'secrets'> {
  const base: ReturnType<typeof reportBase> = {
    scenario: { id: config.scenarioId, name: config.script === '' ? config.scenarioId : config.script },
    candidate: { commit: candidateCommit, ref: runner.refName },
    nowMs: deps.now(),
    version: deps.version,
    secrets: [...config.secrets, ...(config.token === '' ? [] : [config.token])],
  };
  const url = runUrl(runner);
  if (url !== undefined) base.runUrl = url;
  return base;
}
