import { type ActionConfig, secretsOf } from '../inputs/config.ts';
import type { Measurer } from '../measure/measurer.ts';
import type { MeasureStep } from '../measure/with-services.ts';
import type { LoadGeneratorInfo, ReportContext } from '../report/context.ts';
import type { Judgement } from './judge.ts';

/** What a report says about what was measured and by whom, as each face names it. */
export type ReportHeader = Pick<
  ReportContext,
  'scenario' | 'candidate' | 'nowMs' | 'version' | 'secrets' | 'runUrl'
>;

/**
 * A report's header, the one way both faces build it: the scenario and the build judged, when and by which
 * perf-gate, the values it masks (the secrets and the token), and the workflow run behind it, if any.
 */
export function reportHeader(
  config: Pick<ActionConfig, 'secrets' | 'token'>,
  judged: Pick<ReportHeader, 'scenario' | 'candidate'>,
  made: { nowMs: number; version: string; runUrl?: string | undefined },
): ReportHeader {
  const { nowMs, version, runUrl } = made;
  const header: ReportHeader = { ...judged, nowMs, version, secrets: secretsOf(config) };
  if (runUrl !== undefined) header.runUrl = runUrl;
  return header;
}

/** The runner's CPU use while measuring, for the report; absent for results measured elsewhere. */
function loadGeneratorOf(
  measurer: Pick<Measurer, 'engine'>,
  measurement: MeasureStep['measurement'],
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

/**
 * A report context, assembled the one way both faces use: the header, the judgement (with whatever the mode
 * adds to it: the nightly trend, the cached comparison), and what the measurement itself tells (the load
 * generator's CPU, the profiling pair's findings) when the runs were measured here.
 */
export function reportContext(
  header: ReportHeader,
  judgement: Judgement & Partial<ReportContext>,
  step?: Pick<MeasureStep, 'measurer' | 'measurement'>,
): ReportContext {
  const ctx: ReportContext = { ...header, ...judgement };
  if (step === undefined) return ctx;
  const loadGenerator = loadGeneratorOf(step.measurer, step.measurement);
  if (loadGenerator) ctx.loadGenerator = loadGenerator;
  if (step.measurement.profile) ctx.profile = step.measurement.profile;
  return ctx;
}
