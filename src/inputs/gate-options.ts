import type { SeriesKey } from '../results/types.ts';
import { seriesId } from '../results/types.ts';
import { resolveGateOptions } from '../stats/defaults.ts';
import type { GateOptions, MetricName, SloSpec } from '../stats/types.ts';
import type { SeriesRule } from './gate-rules.ts';
import { selectorMatches } from './series-selector.ts';

/** The user's gate settings as written (action inputs or CLI flags), before the series are known. */
export interface GateSettings {
  tolerances: SeriesRule<number>[];
  slos: SloSpec[];
  familyConfidence?: number;
  maxBaselineCv?: number;
  /** a side with a larger share of failed requests is not a valid measurement (fraction) */
  maxErrorRate: number;
  seed: number;
}

/** The gate settings out of a config (Action inputs or CLI flags), with the seed the caller settled on. */
export function gateSettingsOf(config: Omit<GateSettings, 'seed'>, seed: number): GateSettings {
  return {
    tolerances: config.tolerances,
    slos: config.slos,
    familyConfidence: config.familyConfidence,
    maxBaselineCv: config.maxBaselineCv,
    maxErrorRate: config.maxErrorRate,
    seed,
  };
}

/**
 * Resolves the user's series selectors against the series actually measured: series-less tolerances
 * override the defaults, per-series ones become overrides keyed by series id (later lines win), and SLO
 * selectors become series ids. A selector that names no series is reported, not ignored silently.
 */
export function gateOptionsFor(
  settings: Omit<GateSettings, 'maxErrorRate'>,
  series: SeriesKey[],
): { options: GateOptions; warnings: string[] } {
  const warnings: string[] = [];
  const tolerances: Partial<Record<MetricName, number>> = {};
  const seriesTolerances: Record<string, Partial<Record<MetricName, number>>> = {};
  const matching = (selector: string) => series.filter((key) => selectorMatches(selector, key));
  for (const rule of settings.tolerances) {
    if (rule.series === '*') {
      tolerances[rule.metric] = rule.value;
      continue;
    }
    const keys = matching(rule.series);
    if (keys.length === 0) warnings.push(`tolerance for '${rule.series}' matches no measured series`);
    for (const key of keys) {
      const id = seriesId(key);
      seriesTolerances[id] = { ...seriesTolerances[id], [rule.metric]: rule.value };
    }
  }
  const slos: SloSpec[] = settings.slos.flatMap((slo) => {
    if (slo.series === '*') return [slo];
    const keys = matching(slo.series);
    if (keys.length === 0) warnings.push(`SLO for '${slo.series}' matches no measured series`);
    return keys.map((key) => ({ ...slo, series: seriesId(key) }));
  });
  const options = resolveGateOptions({
    tolerances,
    seriesTolerances,
    slos,
    familyConfidence: settings.familyConfidence,
    maxBaselineCv: settings.maxBaselineCv,
    seed: settings.seed,
  });
  return { options, warnings };
}

/** A seed derived from a commit sha, so a verdict on the same commit reproduces without a seed input. */
export function seedFromSha(sha: string): number {
  const hex = sha.replace(/[^0-9a-f]/gi, '').slice(0, 8);
  return hex === '' ? 1 : Number.parseInt(hex, 16);
}
