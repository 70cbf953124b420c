/** The parts of a report context derived from the runs and the comparison: breaches, noise, service sides. */

import type { RunResult } from '../results/types.ts';
import { bottleneckLine, summarizeResources } from '../stats/bottleneck.ts';
import type { Comparison } from '../stats/types.ts';
import type { SeriesNoise, ServiceSideInfo, ThresholdBreach } from './context.ts';

/** k6 thresholds crossed in any run of one side, with the expressions the script declared. */
export function thresholdBreaches(runs: RunResult[]): ThresholdBreach[] {
  const crossed = new Map<string, string[]>();
  for (const t of runs.flatMap((r) => r.thresholds))
    if (t.crossed === true) crossed.set(t.metric, t.expressions);
  return [...crossed]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([metric, expressions]) => ({ metric, expressions }));
}

/** Baseline noise per metric, as the comparison measured it, against the stability limit. */
export function seriesNoise(comparison: Comparison, maxBaselineCv: number): SeriesNoise[] {
  return comparison.series.flatMap((s) =>
    s.metrics
      .filter((m) => Number.isFinite(m.baselineCv))
      .map((m) => ({
        seriesId: s.id,
        metric: m.metric,
        cv: m.baselineCv,
        stable: m.baselineCv <= maxBaselineCv,
      })),
  );
}

/** Each side's service resources and bottleneck sentence, for the sides whose every run measured them. */
export function serviceSides(
  sides: { side: ServiceSideInfo['side']; runs: RunResult[] }[],
  cpuCount: number,
): ServiceSideInfo[] {
  return sides.flatMap(({ side, runs }) => {
    const s = summarizeResources(runs);
    if (s === undefined) return [];
    return [
      {
        side,
        cpuPerRequestMs: s.cpuPerRequestMs,
        cores: s.cores,
        cpuCount,
        peakRssMb: s.peakMb,
        rssGrowthMbPerSecond: s.growthMbPerSecond,
        generatorCores: s.generatorCores,
        bottleneck: bottleneckLine(s, cpuCount),
      },
    ];
  });
}
