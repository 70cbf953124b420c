import type { ThresholdResult } from '../../results/types.ts';

/**
 * Threshold outcomes from k6's `--summary-export` file: `metrics[NAME].thresholds[EXPR]` is `true` when the
 * threshold FAILED. Returns one entry per metric with thresholds.
 */
export function thresholdsFromSummary(summary: unknown): ThresholdResult[] {
  const metrics = (summary as { metrics?: Record<string, { thresholds?: Record<string, unknown> }> })
    ?.metrics;
  if (metrics === undefined || metrics === null || typeof metrics !== 'object') return [];
  const out: ThresholdResult[] = [];
  for (const [metric, data] of Object.entries(metrics)) {
    const t = data?.thresholds;
    if (t === undefined || t === null || typeof t !== 'object') continue;
    const expressions = Object.keys(t);
    if (expressions.length === 0) continue;
    out.push({ metric, expressions, crossed: expressions.some((e) => t[e] === true) });
  }
  return out;
}

/**
 * Adds the outcomes to the thresholds the NDJSON stream declared (it lists them without outcome); metrics only
 * the summary knows are appended.
 */
export function mergeThresholdOutcomes(
  declared: ThresholdResult[],
  outcomes: ThresholdResult[],
): ThresholdResult[] {
  const byMetric = new Map(outcomes.map((o) => [o.metric, o]));
  const merged = declared.map((d) => {
    const o = byMetric.get(d.metric);
    byMetric.delete(d.metric);
    return o === undefined ? d : { ...d, crossed: o.crossed };
  });
  return [...merged, ...byMetric.values()];
}
