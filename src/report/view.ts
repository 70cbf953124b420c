import type { SeriesKey } from '../results/types.ts';
import { seriesNamer } from '../results/types.ts';
import type { Comparison, SeriesComparison } from '../stats/types.ts';
import { assertRenderable, type ReportContext } from './context.ts';
import { sortSeries } from './labels.ts';
import { type Sanitizer, sanitizer } from './sanitize.ts';

/** Longest series name in markdown: table cells, captions, sentences. */
export const NAME_MAX = 120;

/** What every renderer derives from the context once: sanitizer, sorted series, reader-facing names. */
export interface ReportView {
  ctx: ReportContext;
  sanitize: Sanitizer;
  comparison?: Comparison;
  /** regressions first (see `sortSeries`) */
  sorted: SeriesComparison[];
  /** reader-facing name of a series key (unescaped) */
  name(key: SeriesKey): string;
  /** reader-facing name of a series id, falling back to the id for series not in the comparison */
  nameOfId(id: string): string;
}

export function viewOf(ctx: ReportContext): ReportView {
  assertRenderable(ctx);
  const c = ctx.comparison;
  const keys = [...(c?.series.map((x) => x.key) ?? []), ...(ctx.candidateSnapshot?.map((x) => x.key) ?? [])];
  const name = seriesNamer(keys);
  const byId = new Map<string, SeriesKey>();
  for (const x of c?.series ?? []) byId.set(x.id, x.key);
  for (const x of ctx.candidateSnapshot ?? []) byId.set(x.id, x.key);
  return {
    ctx,
    sanitize: sanitizer(ctx.secrets),
    comparison: c,
    sorted: c ? sortSeries(c.series) : [],
    name,
    nameOfId: (id) => {
      const key = byId.get(id);
      return key ? name(key) : id;
    },
  };
}
