import type { NightlyInfo } from '../report/context.ts';
import { detectDrift } from '../stats/drift.ts';
import type { HistoryEntry, MetricName } from '../stats/types.ts';

/** The nightly trend and drift are judged on each series' P95: tail-sensitive, yet steady enough per run. */
const NIGHTLY_METRIC: MetricName = 'p95';

/**
 * The nightly view: per series, the headline metric over the history plus tonight, judged for drift. The
 * report shows the series that drifted most, or, when none did, the busiest series.
 */
export function nightlyTrend(history: HistoryEntry[], tonight: HistoryEntry): NightlyInfo | undefined {
  const entries = [...history, tonight];
  const candidates = Object.keys(tonight.headline).map((seriesId) => {
    const points = entries.flatMap((e) => {
      const value = e.headline[seriesId]?.[NIGHTLY_METRIC];
      return value === undefined || !Number.isFinite(value)
        ? []
        : [{ commit: e.commit, timeMs: e.timeMs, value }];
    });
    return {
      seriesId,
      points,
      drift: detectDrift(points),
      weight: tonight.headline[seriesId]?.throughput ?? 0,
    };
  });
  const drifting = candidates.filter((c) => c.drift.detected);
  const pick =
    drifting.sort((a, b) => Math.abs(b.drift.change) - Math.abs(a.drift.change))[0] ??
    candidates.sort((a, b) => b.weight - a.weight)[0];
  if (pick === undefined) return undefined;
  return { seriesId: pick.seriesId, metric: NIGHTLY_METRIC, history: pick.points, drift: pick.drift };
}
