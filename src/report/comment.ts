import { assertRenderable, type ReportContext } from './context.ts';
import { fitToLimit } from './fit.ts';
import { renderMarkdown } from './markdown.ts';

/** GitHub rejects issue and PR comment bodies above 65 536 characters. */
export const COMMENT_LIMIT = 65_536;

/** The hidden first line by which the sticky comment of a scenario is found again and updated. */
export function commentMarker(scenarioId: string): string {
  if (scenarioId.includes('-->') || /[\r\n]/.test(scenarioId)) {
    throw new Error(`scenario id '${scenarioId}' cannot go into an HTML comment (no '-->' or line breaks)`);
  }
  return `<!-- perf-gate:${scenarioId} -->`;
}

/** Where the whole report is when a cut of it had to leave things out. */
export function foldNote(ctx: ReportContext): string {
  return ctx.runUrl
    ? `Full report in the job summary: [workflow run](${ctx.runUrl})`
    : 'Full report in the job summary of this workflow run.';
}

/** The sticky PR comment: marker line, then the report folded to fit GitHub's comment limit. */
export function renderComment(ctx: ReportContext): string {
  assertRenderable(ctx);
  const marker = commentMarker(ctx.scenario.id);
  return fitToLimit(
    (options) => `${marker}\n${renderMarkdown(ctx, options)}`,
    COMMENT_LIMIT,
    foldNote(ctx),
    ctx.comparison?.series.length ?? 0,
  );
}
