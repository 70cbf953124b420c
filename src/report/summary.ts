import { assertRenderable, type ReportContext } from './context.ts';
import { fitToLimit } from './fit-to-limit.ts';
import { renderMarkdown } from './markdown.ts';

/** GitHub's limit for one step's job summary (GITHUB_STEP_SUMMARY): 1 MiB. */
const SUMMARY_LIMIT = 1024 * 1024;

/** The job summary: the whole report, folded only if it would pass the 1 MiB step-summary limit. */
export function renderSummary(ctx: ReportContext): string {
  assertRenderable(ctx);
  return fitToLimit(
    (options) => renderMarkdown(ctx, options),
    SUMMARY_LIMIT,
    'Some detail was left out to stay under the 1 MiB job summary limit; report.json has every figure.',
    ctx.comparison?.series.length ?? 0,
  );
}
