import { CHECK_RUN_SUMMARY_MAX_BYTES } from '../posting/limits.ts';
import { foldNote } from './comment.ts';
import { assertRenderable, type ReportContext } from './context.ts';
import { fitToLimit } from './fit-to-limit.ts';
import { headline } from './headline.ts';
import { renderMarkdown } from './markdown.ts';

/** A check run's text; its conclusion is the verdict policy's (src/judge/policy.ts). */
export interface CheckOutput {
  /** the headline, at most HEADLINE_MAX characters */
  title: string;
  /** the report as markdown, folded to fit GitHub's CHECK_RUN_SUMMARY_MAX_BYTES */
  summary: string;
}

export function renderCheck(ctx: ReportContext): CheckOutput {
  assertRenderable(ctx);
  return {
    title: headline(ctx),
    summary: fitToLimit(
      (o) => renderMarkdown(ctx, o),
      CHECK_RUN_SUMMARY_MAX_BYTES,
      foldNote(ctx),
      ctx.comparison?.series.length ?? 0,
    ),
  };
}
