import { type ActionConfig, secretsOf } from '../inputs/config.ts';
import type { Measurer } from '../measure/measurer.ts';
import type { Measurement } from '../measure/plan.ts';
import type { LoadGeneratorInfo, ReportContext } from '../report/context.ts';
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
    scenario: { id: config.scenarioId, name: config.scenarioId },
    candidate: { commit: candidateCommit, ref: runner.refName },
    nowMs: deps.now(),
    version: deps.version,
    secrets: secretsOf(config),
  };
  const url = runUrl(runner);
  if (url !== undefined) base.runUrl = url;
  return base;
}

/** The runner's CPU use while measuring, for the report; absent for results measured elsewhere. */
export function loadGeneratorOf(
  measurer: Pick<Measurer, 'engine'>,
  measurement: Measurement,
): LoadGeneratorInfo | undefined {
  const cpu = measurement.cpu;
  if (cpu === undefined) return undefined;
  const info: LoadGeneratorInfo = {
    engine: measurer.engine,
    cpuCount: cpu.cpuCount,
    machineBusy: cpu.machineBusy,
  };
  if (measurer.engine === 'embedded') info.generatorOfOneCore = cpu.thisProcessOfOneCore;
  return info;
}
